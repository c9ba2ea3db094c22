import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import type { AccessibilityMention, Cookie, PageKind } from '../core';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../core/fields/slug';
import type { PluginConfig } from '../config';
import { PLUGIN_ID, uid } from '../plugin-id';
import { ByteCache, stringBytes } from './byte-cache';
import { compress, type Coding } from './content-coding';
import type { Format } from './shape';
import type { MaybePromise } from './maybe-async';
import { shared } from './in-flight';
import { ExpiringCache } from './expiring-cache';
import type { StoredVersionFields } from '../../../shared/contracts/pages';
import { canonicalEnvelope, encodeVersion, formatText, jsonBody, representationKey, storedRepresentations, treeJsonOf, type Bodies, type JsonEnvelope } from './representation';

const VERSION = uid('version') as UID.ContentType;
const SITE = uid('site') as UID.ContentType;

/** Fields a public response may show; the input snapshot and the admin users stay internal. */
const META = ['id', 'number', 'effectiveAt', 'publishedOn', 'changeSummary', 'contentHash', 'publishedWithErrors', 'withdrawnAt', 'withdrawalReason', 'consentRevision', 'accessibility'] as const;
const BODY = ['html', 'markdown', 'plainText', 'tree'] as const;
/** Cache keys of version bodies; representations have their own (`representationKey`). */
const bodyKey = (id: number) => `b\u0000${id}`;

export type VersionMeta = StoredVersionFields & {
  id: number;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  /** Cookie policies only. */
  consentRevision: number | null;
  /** Accessibility statements only: the footer mention, as published. */
  accessibility: AccessibilityMention | string | null;
};
/** The tree is kept serialised only: its size is then known, and the JSON route sends it as it is. */
export type VersionBody = Bodies;
export interface PageAddress {
  siteDocumentId: string;
  /** The site's slug today: the one its URLs answer under. */
  slug: string;
  kind: PageKind;
  locale: string;
  /** The slug asked for, when the site has since been renamed: the REST routes answer it with a 301 to `slug`. */
  movedFrom?: string;
  /** Whether the site still publishes this locale; an archived locale is read by number and date only. */
  publishedNow: boolean;
  /** From this moment none of the site's pages is in force. */
  retiredAt: string | null;
}

/** Not in force, ever: a withdrawn version is skipped by every in-force lookup. */
const NOT_WITHDRAWN = { withdrawnAt: { $null: true } };

const SLUG_SHAPE = new RegExp(SLUG_PATTERN);

/** A version scheduled to take effect, as the in-force lookups name it. */
export type Scheduled = Pick<VersionMeta, 'number' | 'effectiveAt'>;
/** The version in force at a moment, and the next one already scheduled after it. */
export type InForce = { current: VersionMeta | null; upcoming: Scheduled | null };
type Lookup = { page: PageAddress } | { missing: string };

/**
 * Reads published versions for the public routes: at most a fixed number of small queries per request, whatever
 * the size of the page, and never a composition. Bodies, and the bytes sent for them in each coding, are kept while
 * memory allows (`publicBodyCacheBytes`; versions never change, so they never go stale); which version is in force
 * is remembered for `publicCacheTtlMs` at most and never past a scheduled version's effective date, so another
 * process's publication is served within that bound, and this process's own at once.
 */
const publicPages = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  // Bodies and the bytes sent for them, in one budget: what is not asked for any more makes room for what is.
  const bodies = new ByteCache<VersionBody | Buffer>(config().publicBodyCacheBytes);
  // A burst of requests for a representation not in memory yet reads or compresses it once.
  const building = new Map<string, Promise<Buffer>>();
  // Lookups under way, shared by the requests that missed the same entry; and the count of invalidations, so that a
  // lookup that started before one is not remembered after it.
  const addressLookups = new Map<string, Promise<Lookup>>();
  const inForceLookups = new Map<string, Promise<InForce>>();
  let generation = 0;
  const cookieLists = new ExpiringCache<number, Cookie[]>(500);
  // Unknown slugs are remembered as long as known ones: a flood of made-up URLs costs no more than real ones.
  const addresses = new ExpiringCache<string, Lookup>(2000);
  const inForceNow = new ExpiringCache<string, InForce>(2000);
  const versions = () => strapi.db.query(VERSION);

  return {
    /** Forgets what is in force, after a publication. */
    invalidate() {
      generation += 1;
      addresses.clear();
      inForceNow.clear();
      addressLookups.clear();
      inForceLookups.clear();
    },

    /** The page a slug names; from memory, without a promise, when it was looked up less than `publicCacheTtlMs` ago. */
    resolve(slug: string, kind: PageKind, locale?: string): MaybePromise<PageAddress> {
      const key = `${slug}\u0000${kind}\u0000${locale ?? ''}`;
      const remembered = addresses.get(key);
      const pageOf = (found: Lookup) => {
        if ('missing' in found) throw new errors.NotFoundError(found.missing);
        return found.page;
      };
      if (remembered) return pageOf(remembered);
      const started = generation;
      return shared(addressLookups, key, () =>
        this.lookup(slug, kind, locale).then((found) => {
          if (config().publicCacheTtlMs > 0 && started === generation) addresses.set(key, found, Date.now() + config().publicCacheTtlMs);
          return found;
        })
      ).then(pageOf);
    },

    /**
     * Which site a slug names: the one that published under it (for good, even renamed or gone), else the site that
     * holds it now. A request without a locale reads the one fixed at the site's first publication.
     */
    async lookup(slug: string, kind: PageKind, locale?: string): Promise<Lookup> {
      if (slug.length > SLUG_MAX_LENGTH || !SLUG_SHAPE.test(slug)) return { missing: `No site "${slug}"` };
      const permanence = strapi.plugin(PLUGIN_ID).service('permanence');
      type SiteRecord = { defaultLocale: string; retiredAt: string | null } | null;
      const owner = (await permanence.owner(slug)) as string | null;
      // With an owner known, its entry and its record are read together: a cache miss costs two round trips, not three.
      const [site, ownerRecord] = await Promise.all([
        strapi.db.query(SITE).findOne({
          where: owner ? { documentId: owner } : { slug },
          select: ['documentId', 'slug', 'publishedLocales'],
        }) as Promise<{ documentId: string; slug: string | null; publishedLocales: unknown } | null>,
        owner ? (permanence.record(owner) as Promise<SiteRecord>) : undefined,
      ]);
      const siteDocumentId = owner ?? site?.documentId;
      if (!siteDocumentId) return { missing: `No site "${slug}"` };
      const record = owner ? (ownerRecord ?? null) : ((await permanence.record(siteDocumentId)) as SiteRecord);
      const published = site && Array.isArray(site.publishedLocales) ? (site.publishedLocales as string[]) : [];
      const chosen = locale ?? record?.defaultLocale ?? published[0] ?? config().defaultLocale;
      const current = site?.slug || slug;
      return {
        page: {
          siteDocumentId,
          slug: current,
          kind,
          locale: chosen,
          ...(current !== slug ? { movedFrom: slug } : {}),
          // Without its entry (an imported archive), a site is taken to publish what it has published.
          publishedNow: !site || published.length === 0 || published.includes(chosen),
          retiredAt: record?.retiredAt ? new Date(record.retiredAt).toISOString() : null,
        },
      };
    },

    /**
     * The address of a site's page by the site's document, for the admin's history: the same versions the public
     * routes read, whatever the Public role may do. The slug is the site's today, else the last it published under.
     */
    async addressOf(siteDocumentId: string, kind: PageKind, locale: string): Promise<PageAddress> {
      const permanence = strapi.plugin(PLUGIN_ID).service('permanence');
      const [site, record] = await Promise.all([
        strapi.db.query(SITE).findOne({ where: { documentId: siteDocumentId }, select: ['slug'] }) as Promise<{ slug: string | null } | null>,
        permanence.record(siteDocumentId) as Promise<{ retiredAt: string | null } | null>,
      ]);
      const slug = site?.slug || ((await permanence.slugsOf(siteDocumentId)) as string[]).at(-1);
      if (!slug) throw new errors.NotFoundError(`No site "${siteDocumentId}"`);
      return { siteDocumentId, slug, kind, locale, publishedNow: true, retiredAt: record?.retiredAt ? new Date(record.retiredAt).toISOString() : null };
    },

    where(page: PageAddress) {
      return { siteDocumentId: page.siteDocumentId, kind: page.kind, locale: page.locale };
    },

    /** The version in force now; from memory, without a promise, when it was looked up less than `publicCacheTtlMs` ago. */
    inForceNow(page: PageAddress): MaybePromise<InForce> {
      const key = `${page.siteDocumentId}\u0000${page.kind}\u0000${page.locale}`;
      const now = Date.now();
      const cached = inForceNow.get(key, now);
      if (cached) return cached;
      const started = generation;
      return shared(inForceLookups, key, () =>
        this.inForce(page, new Date(now)).then((found) => {
          const ttl = config().publicCacheTtlMs;
          const next = Math.min(found.upcoming ? new Date(found.upcoming.effectiveAt).getTime() : Infinity, page.retiredAt ? new Date(page.retiredAt).getTime() : Infinity);
          if (ttl > 0 && started === generation) inForceNow.set(key, found, Math.min(now + ttl, next > now ? next : Infinity));
          return found;
        })
      );
    },

    /** The version in force at a moment, and the next one already scheduled after it. */
    async inForce(page: PageAddress, at: Date): Promise<InForce> {
      if (page.retiredAt && new Date(page.retiredAt) <= at) return { current: null, upcoming: null };
      const [current, upcoming] = await Promise.all([
        versions().findOne({
          where: { ...this.where(page), ...NOT_WITHDRAWN, effectiveAt: { $lte: at } },
          orderBy: [{ effectiveAt: 'desc' }, { number: 'desc' }],
          select: [...META],
        }),
        versions().findOne({
          where: { ...this.where(page), ...NOT_WITHDRAWN, effectiveAt: { $gt: at } },
          orderBy: [{ effectiveAt: 'asc' }, { number: 'asc' }],
          select: ['number', 'effectiveAt'],
        }),
      ]);
      return { current: current as VersionMeta | null, upcoming: upcoming as Scheduled | null };
    },

    /** The version in force on the `at` date, else now (from memory, see `inForceNow`). */
    inForceOn(page: PageAddress, at?: Date): MaybePromise<InForce> {
      return at ? this.inForce(page, at) : this.inForceNow(page);
    },

    async byNumber(page: PageAddress, number: number): Promise<VersionMeta | null> {
      return (await versions().findOne({ where: { ...this.where(page), number }, select: [...META] })) as VersionMeta | null;
    },

    async list(page: PageAddress): Promise<VersionMeta[]> {
      return (await versions().findMany({ where: this.where(page), orderBy: { number: 'desc' }, select: [...META] })) as VersionMeta[];
    },

    /** A published cookie policy's cookies, from the facts it was composed from; a version never changes. */
    async cookies(id: number): Promise<Cookie[]> {
      const cached = cookieLists.get(id);
      if (cached) return cached;
      const row = (await versions().findOne({ where: { id }, select: ['input'] })) as { input: { cookies?: Cookie[] } | string | null } | null;
      const input = typeof row?.input === 'string' ? (JSON.parse(row.input) as { cookies?: Cookie[] }) : row?.input;
      const cookies = input?.cookies ?? [];
      cookieLists.set(id, cookies);
      return cookies;
    },

    async body(id: number): Promise<VersionBody> {
      const cached = bodies.get(bodyKey(id));
      if (cached) return cached as VersionBody;
      const row = (await versions().findOne({ where: { id }, select: [...BODY] })) as { html: string; markdown: string; plainText: string; tree: unknown };
      // Serialised once: a large page's tree would otherwise be stringified on every request.
      const body = { html: row.html, markdown: row.markdown, plainText: row.plainText, treeJson: treeJsonOf(row.tree) };
      bodies.set(bodyKey(id), body, stringBytes(body.html) + stringBytes(body.markdown) + stringBytes(body.plainText) + stringBytes(body.treeJson));
      return body;
    },

    /**
     * Stores a new version's bodies compressed (after publication and import). A failure costs only speed: the
     * version is served, and compressed on its first request, without them.
     */
    async storeEncodings(id: number): Promise<void> {
      try {
        const row = (await versions().findOne({ where: { id }, select: [...META, ...BODY, 'siteDocumentId', 'siteSlug', 'kind', 'locale'] })) as
          | (VersionMeta & { siteDocumentId: string; siteSlug: string; kind: PageKind; locale: string; html: string; markdown: string; plainText: string; tree: unknown })
          | null;
        if (!row) return;
        const texts = { html: row.html, markdown: row.markdown, plainText: row.plainText, treeJson: treeJsonOf(row.tree) };
        const encodings = await encodeVersion(texts, canonicalEnvelope(row.siteSlug, row));
        await versions().update({ where: { id }, data: { encodings } });
      } catch (error) {
        strapi.log.warn(`[${PLUGIN_ID}] version ${id} is served without stored compressed bodies: ${String(error)}`);
      }
    },

    /**
     * The bytes sent for a version in a format and coding (and, for JSON, with its envelope): from memory, else the
     * copy compressed at publication, else built now (identity, a version published before compressed copies were
     * stored, or a JSON envelope other than the stored one).
     */
    async representation(id: number, format: Format, coding: Coding, envelope?: JsonEnvelope): Promise<Buffer> {
      const key = representationKey(id, format, coding, envelope);
      const cached = bodies.get(key);
      if (cached) return cached as Buffer;
      return shared(building, key, () => this.buildRepresentation(id, format, coding, envelope));
    },

    async buildRepresentation(id: number, format: Format, coding: Coding, envelope?: JsonEnvelope): Promise<Buffer> {
      const key = representationKey(id, format, coding, envelope);
      if (coding !== 'identity') {
        const row = (await versions().findOne({ where: { id }, select: ['encodings'] })) as { encodings: unknown } | null;
        // Every stored copy is kept: the next format or coding asked of this version is then in memory too.
        for (const stored of storedRepresentations(row?.encodings)) {
          bodies.set(representationKey(id, stored.format, stored.coding, stored.envelope), stored.bytes, stored.bytes.byteLength);
        }
        const found = bodies.get(key);
        if (found) return found as Buffer;
      }
      const body = await this.body(id);
      const text = format === 'json' ? jsonBody(envelope!, body.treeJson) : formatText(body, format);
      const bytes = coding === 'identity' ? Buffer.from(text) : await compress(Buffer.from(text), coding);
      bodies.set(key, bytes, bytes.byteLength);
      return bytes;
    },
  };
};

export default publicPages;
