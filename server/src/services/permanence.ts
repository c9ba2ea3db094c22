import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import type { PluginConfig } from '../config';
import { ConflictError } from '../errors';
import { PLUGIN_ID, uid } from '../plugin-id';
import { createUnlessPresent } from '../plugin-state';

const SLUG = uid('slug') as UID.ContentType;
const RECORD = uid('site-record') as UID.ContentType;
const SITE = uid('site') as UID.ContentType;
const VERSION = uid('version') as UID.ContentType;

export interface SiteRecord {
  siteDocumentId: string;
  defaultLocale: string;
  retiredAt: string | null;
  retirementReason: string | null;
}

const RECORD_FIELDS = ['siteDocumentId', 'defaultLocale', 'retiredAt', 'retirementReason'];

/**
 * What keeps a published URL meaning the same thing for good: slugs reserved by the site that published under them,
 * the locale a request without one reads, and the refusal to delete a site that has published.
 */
const permanence = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

  return {
    /** The site that published under this slug, if one has. */
    async owner(slug: string): Promise<string | null> {
      const row = (await strapi.db.query(SLUG).findOne({ where: { slug }, select: ['siteDocumentId'] })) as { siteDocumentId: string } | null;
      return row?.siteDocumentId ?? null;
    },

    async slugsOf(siteDocumentId: string): Promise<string[]> {
      const rows = (await strapi.db.query(SLUG).findMany({ where: { siteDocumentId }, select: ['slug'], orderBy: { reservedOn: 'asc' } })) as Array<{ slug: string }>;
      return rows.map((row) => row.slug);
    },

    async record(siteDocumentId: string): Promise<SiteRecord | null> {
      return (await strapi.db.query(RECORD).findOne({ where: { siteDocumentId }, select: RECORD_FIELDS })) as SiteRecord | null;
    },

    /** A write that would give a site a slug another site published under is refused, naming the slug. */
    async assertSlugFree(slug: string, siteDocumentId: string | undefined) {
      const owner = await this.owner(slug);
      if (owner && owner !== siteDocumentId) {
        throw new errors.ValidationError(`slug "${slug}" is reserved: another site published pages under it, and their URLs stay theirs`, {
          errors: [{ path: ['slug'], message: `slug "${slug}" is reserved by another site's published pages`, name: 'ValidationError' }],
        });
      }
    },

    /**
     * Called before a version is written: reserves the slug for the site and fixes the locale that requests without
     * one read, the first time the site publishes. Idempotent, and safe under concurrent publications.
     */
    async reserve(siteDocumentId: string, slug: string, defaultLocale: string) {
      // The slug's unique index lets one site win a race; the check after it refuses the others.
      await createUnlessPresent(() => strapi.db.query(SLUG).create({ data: { slug, siteDocumentId, reservedOn: new Date() } }));
      await this.assertSlugFree(slug, siteDocumentId);
      await createUnlessPresent(() => strapi.db.query(RECORD).create({ data: { siteDocumentId, defaultLocale } }));
    },

    async assertNotRetired(siteDocumentId: string) {
      const record = await this.record(siteDocumentId);
      if (record?.retiredAt) {
        throw new ConflictError(`The site was retired on ${new Date(record.retiredAt).toISOString()}: its pages can no longer be published`);
      }
    },

    /**
     * Published versions are the site's public record, and its entry holds the facts they were composed from:
     * neither the site nor one of its locales that has published may be deleted. `locale` "*" or none: every locale.
     */
    async assertDeletable(siteDocumentId: string, locale?: string) {
      const oneLocale = locale && locale !== '*' ? { locale } : {};
      const count = await strapi.db.query(VERSION).count({ where: { siteDocumentId, ...oneLocale } });
      if (count > 0) {
        throw new ConflictError(
          `This site has ${count} published version${count > 1 ? 's' : ''}, whose URLs must keep working: it cannot be deleted. ` +
            `Retire it instead (POST /legal-pages/sites/${siteDocumentId}/retire): its pages stop being in force and its archive stays readable.`,
          { siteDocumentId, versions: count }
        );
      }
    },

    /**
     * Installations that published before slugs were reserved: each slug their versions were published under goes to
     * the site that published first under it, and each site's default locale is the one it serves today.
     */
    async backfill() {
      const versions = (await strapi.db.query(VERSION).findMany({
        select: ['siteDocumentId', 'siteSlug', 'publishedOn'],
        orderBy: [{ publishedOn: 'asc' }, { id: 'asc' }],
      })) as Array<{ siteDocumentId: string; siteSlug: string }>;
      if (versions.length === 0) return;
      const [slugs, records] = await Promise.all([
        strapi.db.query(SLUG).findMany({ select: ['slug', 'siteDocumentId'] }) as Promise<Array<{ slug: string; siteDocumentId: string }>>,
        strapi.db.query(RECORD).findMany({ select: ['siteDocumentId'] }) as Promise<Array<{ siteDocumentId: string }>>,
      ]);
      const owners = new Map(slugs.map((row) => [row.slug, row.siteDocumentId]));
      const recorded = new Set(records.map((row) => row.siteDocumentId));
      for (const { siteDocumentId, siteSlug } of versions) {
        const owner = owners.get(siteSlug);
        if (owner === undefined) {
          await createUnlessPresent(() => strapi.db.query(SLUG).create({ data: { slug: siteSlug, siteDocumentId, reservedOn: new Date() } }));
          owners.set(siteSlug, siteDocumentId);
        } else if (owner !== siteDocumentId) {
          strapi.log.warn(
            `[${PLUGIN_ID}] two sites published under the slug "${siteSlug}" (${owner} first, then ${siteDocumentId}); ` +
              `it now serves the first one's pages: give the site ${siteDocumentId} another slug`
          );
          owners.set(siteSlug, owner);
        }
        if (!recorded.has(siteDocumentId)) {
          const site = (await strapi.db.query(SITE).findOne({ where: { documentId: siteDocumentId }, select: ['publishedLocales'] })) as { publishedLocales?: unknown } | null;
          const locales = Array.isArray(site?.publishedLocales) ? (site.publishedLocales as string[]) : [];
          await createUnlessPresent(() => strapi.db.query(RECORD).create({ data: { siteDocumentId, defaultLocale: locales[0] ?? config().defaultLocale } }));
          recorded.add(siteDocumentId);
        }
      }
    },
  };
};

export default permanence;
