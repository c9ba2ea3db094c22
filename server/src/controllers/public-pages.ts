import type { Core } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import type { Context } from 'koa';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { FORMATS, describeVersion, iso, parseAt, parseFormat, parseKind, parseLocale, parseNumber, type Format } from '../public-params';
import type { PageAddress, VersionMeta } from '../services/public-pages';
import type { PublicPageMeta, PublicVersionsResponse } from '../public-types';

const ONE_YEAR = 31536000;

const query = (ctx: Context, name: string): string | undefined => {
  const value = ctx.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new errors.ValidationError(`${name} must be given once`);
  return value;
};

const publicPagesController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin(PLUGIN_ID).service('public-pages');
  const maxAge = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig).publicMaxAgeSeconds;

  /**
   * The page a request names; a slug the site has since left is answered with a 301 to its new one (null: answered).
   * The redirect is cached no longer than a page: the site may be renamed again.
   */
  const address = async (ctx: Context): Promise<PageAddress | null> => {
    const page: PageAddress = await service().resolve(String(ctx.params.site), parseKind(String(ctx.params.kind)), parseLocale(query(ctx, 'locale')));
    if (!page.movedFrom) return page;
    const [path, search] = ctx.originalUrl.split(/\?(.*)/s, 2);
    const moved = path.replace(`/pages/${encodeURIComponent(page.movedFrom)}/`, `/pages/${encodeURIComponent(page.slug)}/`);
    ctx.set('Cache-Control', `public, max-age=${maxAge()}`);
    ctx.status = 301;
    ctx.redirect(search ? `${moved}?${search}` : moved);
    return null;
  };

  /** Writes one version in the asked format, with validators that let a cache or browser revalidate for free. */
  const send = async (
    ctx: Context,
    page: PageAddress,
    version: VersionMeta,
    format: Format,
    cache: { maxAge: number; immutable: boolean },
    upcoming?: Pick<VersionMeta, 'number' | 'effectiveAt'> | null
  ) => {
    const upcomingTag = `${upcoming ? `-next${upcoming.number}` : ''}${version.withdrawnAt ? '-withdrawn' : ''}`;
    ctx.set('ETag', `"v${version.number}-${version.contentHash.slice(0, 20)}-${format}${upcomingTag}"`);
    ctx.set('Cache-Control', `public, max-age=${cache.maxAge}${cache.immutable ? ', immutable' : ''}`);
    ctx.set('Vary', 'Accept-Encoding');
    ctx.set('X-Legal-Page-Version', String(version.number));
    ctx.set('X-Legal-Page-Effective-At', iso(version.effectiveAt));
    if (upcoming) ctx.set('X-Legal-Page-Upcoming-Effective-At', iso(upcoming.effectiveAt));
    if (version.withdrawnAt) ctx.set('X-Legal-Page-Withdrawn-At', iso(version.withdrawnAt));
    if (version.consentRevision) ctx.set('X-Legal-Page-Consent-Revision', String(version.consentRevision));
    ctx.status = 200;
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    const body = await service().body(version.id);
    ctx.type = FORMATS[format];
    if (format === 'json') {
      const meta: PublicPageMeta = {
        ...(upcoming === undefined ? {} : { upcoming: upcoming ? { version: upcoming.number, effectiveAt: iso(upcoming.effectiveAt) } : null }),
        ...(page.kind === 'cookie-policy' ? { consentRevision: version.consentRevision ?? null } : {}),
      };
      const head = JSON.stringify(describeVersion(page, version)).slice(0, -1);
      ctx.body = `{"data":${head},"document":${body.treeJson}},"meta":${JSON.stringify(meta)}}`;
    } else {
      ctx.body = format === 'html' ? body.html : format === 'markdown' ? body.markdown : body.plainText;
    }
  };

  return {
    /** The version in force now, or on the `at` date. */
    async find(ctx: Context) {
      const format = parseFormat(query(ctx, 'format'));
      const at = parseAt(query(ctx, 'at'));
      const page = await address(ctx);
      if (!page) return;
      const now = new Date();
      if (!at && page.retiredAt && new Date(page.retiredAt) <= now) {
        throw new errors.NotFoundError(`This site was retired on ${page.retiredAt}: its pages are no longer in force; its versions stay readable under /versions`);
      }
      if (!at && !page.publishedNow) {
        throw new errors.NotFoundError(
          `The site "${page.slug}" no longer publishes its pages in "${page.locale}": its versions in that locale stay readable under /versions?locale=${page.locale}; name another locale with ?locale=`
        );
      }
      const { current, upcoming } = at ? await service().inForce(page, at) : await service().inForceNow(page);
      if (!current) {
        throw new errors.NotFoundError(
          at ? `No version of this page was in force on ${ctx.query.at}` : upcoming ? 'This page is published but not in force yet' : 'This page has not been published'
        );
      }
      // A page about to change (a new version, or the site's retirement) must not be cached past the change.
      const change = Math.min(upcoming ? new Date(upcoming.effectiveAt).getTime() : Infinity, page.retiredAt ? new Date(page.retiredAt).getTime() : Infinity);
      const untilNext = Number.isFinite(change) ? Math.max(0, Math.floor((change - now.getTime()) / 1000)) : Infinity;
      const cache = at && at < now ? { maxAge: ONE_YEAR, immutable: false } : { maxAge: Math.min(maxAge(), untilNext), immutable: false };
      await send(ctx, page, current, format, cache, at ? undefined : upcoming);
    },

    /** Every version, newest first; a withdrawn one is listed as such and was never in force. */
    async findVersions(ctx: Context) {
      const page = await address(ctx);
      if (!page) return;
      const list: VersionMeta[] = await service().list(page);
      if (list.length === 0) throw new errors.NotFoundError('This page has not been published');
      const now = Date.now();
      const retired = page.retiredAt !== null && Date.parse(page.retiredAt) <= now;
      const inForce = retired ? null : (list.find((v) => !v.withdrawnAt && new Date(v.effectiveAt).getTime() <= now)?.number ?? null);
      ctx.set('Cache-Control', `public, max-age=${maxAge()}`);
      const body: PublicVersionsResponse = {
        data: list.map((v) => ({ ...describeVersion(page, v), inForce: v.number === inForce })),
        meta: { site: page.slug, kind: page.kind, locale: page.locale, count: list.length, retiredAt: page.retiredAt },
      };
      ctx.body = body;
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
