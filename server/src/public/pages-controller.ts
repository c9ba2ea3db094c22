import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '../strapi-utils';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { getService } from '../services/get-service';
import { consentCategories, type PageKind } from '../core';
import type { PublicConsentResponse, PublicMentionResponse } from '../public-types';
import { parseAt, parseFormat, parseKind, parseLocale, parseNumber } from './params';
import { describeMention, iso, versionList } from './describe';
import { FORMATS, type Format } from './shape';
import type { PageAddress, Scheduled, VersionMeta } from './pages-service';
import { negotiateCoding, type Coding } from './content-coding';
import { jsonEnvelope, type JsonEnvelope } from './representation';
import { then, type MaybePromise } from './maybe-async';
import { queryValue } from './query-string';

interface Prepared {
  headers: Array<[string, string]>;
  envelope?: JsonEnvelope;
  bytes?: Buffer;
}

/** How long an answer may be kept by browsers and caches. */
interface Freshness {
  maxAge: number;
  immutable: boolean;
}

const ONE_YEAR = 31536000;

/** The version in force that a request names, its successor already scheduled, and how long the answer may be kept. */
interface InForceAnswer {
  page: PageAddress;
  current: VersionMeta;
  upcoming: Scheduled | null | undefined;
  freshness: Freshness;
}

const query = (ctx: Context, name: string): string | undefined => {
  const value = queryValue(ctx.querystring, name);
  if (value === null) throw new errors.ValidationError(`${name} must be given once`);
  return value;
};

/**
 * The validator of an answer about one version: it names the version, what is sent of it (a format, the consent
 * data, the mention) and whatever else the answer shows (a scheduled successor, a withdrawal).
 */
const versionTag = (version: VersionMeta, what: string, upcoming?: Scheduled | null) =>
  `"v${version.number}-${version.contentHash.slice(0, 20)}-${what}${upcoming ? `-next${upcoming.number}` : ''}${version.withdrawnAt ? '-withdrawn' : ''}"`;

/** The headers of every answer about one version. */
const versionHeaders = (version: VersionMeta, etag: string): Array<[string, string]> => [
  ['ETag', etag],
  ['X-Legal-Page-Version', String(version.number)],
  ...(version.consentRevision ? [['X-Legal-Page-Consent-Revision', String(version.consentRevision)] as [string, string]] : []),
];

/**
 * Sets an answer's headers and freshness, then answers 304 when the request's `If-None-Match` still holds (true: the
 * body is not to be built).
 */
const notModified = (ctx: Context, headers: Array<[string, string]>, freshness: Freshness) => {
  for (const [name, value] of headers) ctx.set(name, value);
  ctx.set('Cache-Control', `public, max-age=${freshness.maxAge}${freshness.immutable ? ', immutable' : ''}`);
  ctx.status = 200;
  // Koa's freshness check copies every response header first: not worth it for a request that validates nothing.
  const conditional = ctx.request.header['if-none-match'] !== undefined || ctx.request.header['if-modified-since'] !== undefined;
  if (!conditional || !ctx.fresh) return false;
  ctx.status = 304;
  return true;
};

const publicPagesController = ({ strapi }: { strapi: Core.Strapi }) => {
  let publicPages: ReturnType<typeof getService<'public-pages'>> | undefined;
  // Looked up once: the registry lookup would otherwise be paid on every request.
  const service = () => (publicPages ??= getService(strapi, 'public-pages'));
  // A plugin's configuration is fixed once Strapi has loaded it: read on the first request, not on every one.
  let maxAgeSeconds: number | undefined;
  const maxAge = () => (maxAgeSeconds ??= (strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig).publicMaxAgeSeconds);

  /**
   * The page a request names; a slug the site has since left is answered with a 301 to its new one (null: answered).
   * The redirect is cached no longer than a page: the site may be renamed again.
   */
  const address = (ctx: Context, kind: PageKind = parseKind(String(ctx.params.kind))): MaybePromise<PageAddress | null> =>
    then(service().resolve(String(ctx.params.site), kind, parseLocale(query(ctx, 'locale'))), (page) => {
      if (!page.movedFrom) return page;
      const [path, search] = ctx.originalUrl.split(/\?(.*)/s, 2);
      const moved = path.replace(`/pages/${encodeURIComponent(page.movedFrom)}/`, `/pages/${encodeURIComponent(page.slug)}/`);
      ctx.set('Cache-Control', `public, max-age=${maxAge()}`);
      ctx.status = 301;
      ctx.redirect(search ? `${moved}?${search}` : moved);
      return null;
    });

  /**
   * Writes one version in the asked format and the best coding the request accepts, with validators that let a cache
   * or browser revalidate for free. The ETag is strong for the plain bytes and weak (`W/`) for a compressed answer,
   * as nginx does: a strong tag promises the same bytes, and br and gzip bytes differ, while any of them revalidates
   * any other since `If-None-Match` compares weakly.
   */
  const send = (ctx: Context, page: PageAddress, version: VersionMeta, format: Format, freshness: Freshness, upcoming?: Scheduled | null): MaybePromise<void> => {
    const coding = negotiateCoding(ctx.request.header['accept-encoding']);
    const ready = prepare(page, version, format, coding, upcoming);
    // The coding is chosen here: an app that adds strapi::compression (koa-compress) must not encode these bytes again.
    (ctx as Context & { compress?: boolean }).compress = false;
    if (notModified(ctx, ready.headers, freshness)) return;
    const write = (bytes: Buffer) => {
      ready.bytes = bytes;
      ctx.set('Content-Type', FORMATS[format]);
      if (coding !== 'identity') ctx.set('Content-Encoding', coding);
      ctx.body = bytes;
    };
    return ready.bytes ? write(ready.bytes) : then(service().representation(version.id, format, coding, ready.envelope), write);
  };

  /**
   * What an answer for one version, format and coding sends, worked out once per version object: the in-force
   * lookup hands the same object to every request for `publicCacheTtlMs`, so a busy page pays for its headers,
   * envelope and cache key about once a second instead of on every request.
   */
  const prepared = new WeakMap<object, Map<string, Prepared>>();
  const prepare = (page: PageAddress, version: VersionMeta, format: Format, coding: Coding, upcoming?: Scheduled | null): Prepared => {
    let forVersion = prepared.get(version);
    if (!forVersion) prepared.set(version, (forVersion = new Map()));
    // A version's own facts never change; what else the answer shows is named here (a scheduled version's date is
    // fixed with its number).
    const key = `${format}\u0000${coding}\u0000${page.slug}\u0000${upcoming === undefined ? '-' : (upcoming?.number ?? 0)}`;
    let ready = forVersion.get(key);
    if (!ready) {
      const tag = versionTag(version, format, upcoming);
      const headers = versionHeaders(version, coding === 'identity' ? tag : `W/${tag}`);
      headers.push(['Vary', 'Accept-Encoding'], ['X-Legal-Page-Effective-At', iso(version.effectiveAt)]);
      if (upcoming) headers.push(['X-Legal-Page-Upcoming-Effective-At', iso(upcoming.effectiveAt)]);
      if (version.withdrawnAt) headers.push(['X-Legal-Page-Withdrawn-At', iso(version.withdrawnAt)]);
      ready = { headers, envelope: format === 'json' ? jsonEnvelope(page, version, upcoming) : undefined };
      forVersion.set(key, ready);
    }
    return ready;
  };

  /**
   * The version in force now (or, when the route reads `at`, on that date) of the page a request names, with how
   * long it may be cached; null when the request was answered with a redirect. Every route about the page in force
   * goes through it: the page, its cookies and its footer mention are the same version.
   */
  const inForce = (ctx: Context, kind?: PageKind, { dated = true } = {}): MaybePromise<InForceAnswer | null> => {
    const at = dated ? parseAt(query(ctx, 'at')) : undefined;
    return then(address(ctx, kind), (page) => {
      if (!page) return null;
      const now = new Date();
      if (!at) assertPublishedNow(page, now);
      return then(service().inForceOn(page, at), ({ current, upcoming }) => answerOf(ctx, page, current, upcoming, at, now));
    });
  };

  /** What a request about the page in force is answered with, or why there is nothing to answer. */
  const answerOf = (ctx: Context, page: PageAddress, current: VersionMeta | null, upcoming: Scheduled | null, at: Date | undefined, now: Date): InForceAnswer => {
    if (!current) {
      throw new errors.NotFoundError(
        at ? `No version of this page was in force on ${query(ctx, 'at')}` : upcoming ? 'This page is published but not in force yet' : 'This page has not been published'
      );
    }
    const freshness: Freshness = at && at < now ? { maxAge: ONE_YEAR, immutable: false } : { maxAge: Math.min(maxAge(), untilChange(page, upcoming, now)), immutable: false };
    return { page, current, upcoming: at ? undefined : upcoming, freshness };
  };

  /** A page in force now must not be cached past its next change (a new version, or the site's retirement). */
  const untilChange = (page: PageAddress, upcoming: Scheduled | null, now: Date) => {
    const change = Math.min(upcoming ? new Date(upcoming.effectiveAt).getTime() : Infinity, page.retiredAt ? new Date(page.retiredAt).getTime() : Infinity);
    return Number.isFinite(change) ? Math.max(0, Math.floor((change - now.getTime()) / 1000)) : Infinity;
  };

  /** Why a page has nothing in force now, when it has not: retired, a locale no longer published. */
  const assertPublishedNow = (page: PageAddress, now: Date) => {
    if (page.retiredAt && new Date(page.retiredAt) <= now) {
      throw new errors.NotFoundError(`This site was retired on ${page.retiredAt}: its pages are no longer in force; its versions stay readable under /versions`);
    }
    if (!page.publishedNow) {
      throw new errors.NotFoundError(
        `The site "${page.slug}" no longer publishes its pages in "${page.locale}": its versions in that locale stay readable under /versions?locale=${page.locale}; name another locale with ?locale=`
      );
    }
  };

  return {
    /** The version in force now, or on the `at` date. */
    find(ctx: Context): MaybePromise<void> {
      const format = parseFormat(query(ctx, 'format'));
      return then(inForce(ctx), (found) => (found ? send(ctx, found.page, found.current, format, found.freshness, found.upcoming) : undefined));
    },

    /** The cookies of the cookie policy in force (now, or on the `at` date), grouped by category for a consent manager. */
    async findConsent(ctx: Context) {
      const found = await inForce(ctx, 'cookie-policy');
      if (!found) return;
      const { page, current } = found;
      if (notModified(ctx, versionHeaders(current, versionTag(current, 'consent')), found.freshness)) return;
      const categories = consentCategories(await service().cookies(current.id), page.locale);
      ctx.body = {
        data: { site: page.slug, locale: page.locale, version: current.number, consentRevision: current.consentRevision ?? null, categories },
        meta: {},
      } satisfies PublicConsentResponse;
    },

    /**
     * The accessibility statement's footer mention in force now, for a frontend to show on every page of the site:
     * `{ status, rate, label, url }` as published, with the version it comes from.
     */
    async findMention(ctx: Context) {
      const found = await inForce(ctx, 'accessibility-statement', { dated: false });
      if (!found) return;
      const { page, current, upcoming } = found;
      const mention = describeMention(page, current);
      if (!mention) throw new errors.NotFoundError('This site has not published its accessibility statement');
      if (notModified(ctx, versionHeaders(current, versionTag(current, 'mention', upcoming)), found.freshness)) return;
      ctx.body = { data: mention } satisfies PublicMentionResponse;
    },

    /** Every version, newest first; a withdrawn one is listed as such and was never in force. */
    async findVersions(ctx: Context) {
      const page = await address(ctx);
      if (!page) return;
      const list = await service().list(page);
      if (list.length === 0) throw new errors.NotFoundError('This page has not been published');
      ctx.set('Cache-Control', `public, max-age=${maxAge()}`);
      ctx.body = versionList(page, list);
    },

    async findVersion(ctx: Context) {
      const format = parseFormat(query(ctx, 'format'));
      const number = parseNumber(String(ctx.params.number));
      const page = await address(ctx);
      if (!page) return;
      const version = await service().byNumber(page, number);
      if (!version) throw new errors.NotFoundError(`This page has no version ${number}`);
      // Until it takes effect a version may still be withdrawn, which its JSON says: cached only until then.
      const untilEffective = Math.floor((new Date(version.effectiveAt).getTime() - Date.now()) / 1000);
      const settled = Boolean(version.withdrawnAt) || untilEffective <= 0;
      await send(ctx, page, version, format, settled ? { maxAge: ONE_YEAR, immutable: true } : { maxAge: Math.min(maxAge(), untilEffective), immutable: false });
    },
  };
};

export default publicPagesController;
