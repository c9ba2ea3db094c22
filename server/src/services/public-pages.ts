import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PageKind } from '../core';
import type { PluginConfig } from '../config';
import { PLUGIN_ID, uid } from '../plugin-id';

const VERSION = uid('version') as UID.ContentType;
const SITE = uid('site') as UID.ContentType;

/** Fields a public response may show; the input snapshot and the publisher stay internal. */
const META = ['id', 'number', 'effectiveAt', 'publishedOn', 'changeSummary', 'contentHash', 'publishedWithErrors'] as const;
const BODY = ['html', 'markdown', 'plainText', 'tree'] as const;

export type VersionMeta = { id: number; number: number; effectiveAt: string; publishedOn: string; changeSummary: string | null; contentHash: string; publishedWithErrors: boolean };
export type VersionBody = { html: string; markdown: string; plainText: string; tree: unknown; treeJson: string };
export interface PageAddress {
  siteDocumentId: string;
  slug: string;
  kind: PageKind;
  locale: string;
}

/** A bounded map whose entries may expire; the least recently used entry goes first when it is full. */
class Cache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  constructor(private readonly capacity: number) {}
  get(key: K, now = Date.now()) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.until <= now) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }
  set(key: K, value: V, until = Infinity) {
    this.entries.set(key, { value, until });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }
  clear() {
    this.entries.clear();
  }
}

type InForce = { current: VersionMeta | null; upcoming: Pick<VersionMeta, 'number' | 'effectiveAt'> | null };

/**
 * Reads published versions for the public routes: at most a fixed number of small queries per request, whatever
 * the size of the page, and never a composition. Bodies are cached for good (versions never change); which version
 * is in force is remembered for `publicCacheTtlMs` at most and never past a scheduled version's effective date, so
 * another process's publication is served within that bound, and this process's own at once.
 */
const publicPages = ({ strapi }: { strapi: Core.Strapi }) => {
  const bodies = new Cache<number, VersionBody>(500);
  const addresses = new Cache<string, PageAddress>(2000);
  const inForceNow = new Cache<string, InForce>(2000);
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const versions = () => strapi.db.query(VERSION);

  return {
    /** Forgets what is in force, after a publication. */
    invalidate() {
      addresses.clear();
      inForceNow.clear();
    },

    async resolve(slug: string, kind: PageKind, locale?: string): Promise<PageAddress> {
      const key = `${slug}\u0000${kind}\u0000${locale ?? ''}`;
      const cached = addresses.get(key);
      if (cached) return cached;
      const address = await this.lookup(slug, kind, locale);
      if (config().publicCacheTtlMs > 0) addresses.set(key, address, Date.now() + config().publicCacheTtlMs);
      return address;
    },

    async lookup(slug: string, kind: PageKind, locale?: string): Promise<PageAddress> {
      const site = (await strapi.db.query(SITE).findOne({ where: { slug }, select: ['documentId', 'publishedLocales'] })) as {
        documentId: string;
        publishedLocales: unknown;
      } | null;
      if (!site) throw new errors.NotFoundError(`No site "${slug}"`);
      const published = Array.isArray(site.publishedLocales) ? (site.publishedLocales as string[]) : [];
      const chosen = locale ?? published[0] ?? config().defaultLocale;
      if (published.length > 0 && !published.includes(chosen)) {
        throw new errors.NotFoundError(`The site "${slug}" does not publish its pages in "${chosen}" (it publishes: ${published.join(', ')})`);
      }
      return { siteDocumentId: site.documentId, slug, kind, locale: chosen };
    },

    where(page: PageAddress) {
      return { siteDocumentId: page.siteDocumentId, kind: page.kind, locale: page.locale };
    },

    /** The version in force now, from memory when it was looked up less than `publicCacheTtlMs` ago. */
    async inForceNow(page: PageAddress): Promise<InForce> {
      const key = `${page.siteDocumentId}\u0000${page.kind}\u0000${page.locale}`;
      const now = Date.now();
      const cached = inForceNow.get(key, now);
      if (cached) return cached;
      const found = await this.inForce(page, new Date(now));
      const ttl = config().publicCacheTtlMs;
      if (ttl > 0) inForceNow.set(key, found, Math.min(now + ttl, found.upcoming ? new Date(found.upcoming.effectiveAt).getTime() : Infinity));
      return found;
    },

    /** The version in force at a moment, and the next one already scheduled after it. */
    async inForce(page: PageAddress, at: Date): Promise<InForce> {
      const [current, upcoming] = await Promise.all([
        versions().findOne({
          where: { ...this.where(page), effectiveAt: { $lte: at } },
          orderBy: [{ effectiveAt: 'desc' }, { number: 'desc' }],
          select: [...META],
        }),
        versions().findOne({
          where: { ...this.where(page), effectiveAt: { $gt: at } },
          orderBy: [{ effectiveAt: 'asc' }, { number: 'asc' }],
          select: ['number', 'effectiveAt'],
        }),
      ]);
      return { current: current as VersionMeta | null, upcoming: upcoming as VersionMeta | null };
    },

    async byNumber(page: PageAddress, number: number): Promise<VersionMeta | null> {
      return (await versions().findOne({ where: { ...this.where(page), number }, select: [...META] })) as VersionMeta | null;
    },

    async list(page: PageAddress): Promise<VersionMeta[]> {
      return (await versions().findMany({ where: this.where(page), orderBy: { number: 'desc' }, select: [...META] })) as VersionMeta[];
    },

    async body(id: number): Promise<VersionBody> {
      const cached = bodies.get(id);
      if (cached) return cached;
      const row = (await versions().findOne({ where: { id }, select: [...BODY] })) as Omit<VersionBody, 'treeJson'>;
      const tree = typeof row.tree === 'string' ? JSON.parse(row.tree) : row.tree;
      // Serialised once: a large page's tree would otherwise be stringified on every request.
      const body = { ...row, tree, treeJson: JSON.stringify(tree) };
      bodies.set(id, body);
      return body;
    },
  };
};

export default publicPages;
