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
export type VersionBody = { html: string; markdown: string; plainText: string; tree: unknown };
export interface PageAddress {
  siteDocumentId: string;
  slug: string;
  kind: PageKind;
  locale: string;
}

/** Bodies of published versions by id. Versions never change, so an entry can never be stale. */
class BodyCache {
  private readonly entries = new Map<number, VersionBody>();
  constructor(private readonly capacity: number) {}
  get(id: number) {
    const body = this.entries.get(id);
    if (body) {
      this.entries.delete(id);
      this.entries.set(id, body);
    }
    return body;
  }
  set(id: number, body: VersionBody) {
    this.entries.set(id, body);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as number);
  }
}

/**
 * Reads published versions for the public routes: a fixed number of small queries per request, whatever the size
 * of the page, and never a composition. Every process asks the database which version is in force, so a
 * publication made through one process is served by all the others from their next request.
 */
const publicPages = ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new BodyCache(500);
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const versions = () => strapi.db.query(VERSION);

  return {
    async resolve(slug: string, kind: PageKind, locale?: string): Promise<PageAddress> {
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

    /** The version in force at a moment, and the next one already scheduled after it. */
    async inForce(page: PageAddress, at: Date): Promise<{ current: VersionMeta | null; upcoming: Pick<VersionMeta, 'number' | 'effectiveAt'> | null }> {
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
      const cached = cache.get(id);
      if (cached) return cached;
      const row = (await versions().findOne({ where: { id }, select: [...BODY] })) as VersionBody;
      const body = { ...row, tree: typeof row.tree === 'string' ? JSON.parse(row.tree) : row.tree };
      cache.set(id, body);
      return body;
    },
  };
};

export default publicPages;
