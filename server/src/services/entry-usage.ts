import type { Core, UID } from '@strapi/strapi';
import { SECTION_CATALOG, type PageKind } from '../core';
import { entryKey, isSharedEntryType, sitesUsing, usageQueries, type EntryRef, type SharedEntryType, type SiteRef } from '../mapping/entry-usage';
import { sectionSources } from '../mapping/section-sources';
import type { Doc } from '../mapping/to-input';
import { uid } from '../plugin-id';
import { errors } from '../strapi-utils';
import type { EntryUsage } from '../../../shared/contracts/entries';
import type { SectionSource } from '../../../shared/contracts/pages';

const SITE = uid('site') as UID.ContentType;

/** Which sites' pages an entry feeds: the Content Manager's note while it is open, and the composer's on shared sections. */
const entryUsage = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The sites each entry feeds, by `entryKey`; a query per relation path, loading nothing but ids and names. */
  async sitesFor(refs: readonly EntryRef[], locale?: string): Promise<Map<string, SiteRef[]>> {
    if (refs.length === 0) return new Map();
    const sites: Doc[] = [];
    for (const { where, populate } of usageQueries(refs)) {
      sites.push(...((await strapi.db.query(SITE).findMany({ where, select: ['documentId', 'name', 'locale'], populate } as never)) as Doc[]));
    }
    return sitesUsing(sites, refs, locale);
  },

  /** One entry's sites; an entry that does not exist is a 404, not "used by no site". */
  async sitesOf(type: SharedEntryType, documentId: string, locale?: string): Promise<EntryUsage> {
    const exists = await strapi.db.query(uid(type) as UID.ContentType).findOne({ where: { documentId }, select: ['id'] });
    if (!exists) throw new errors.NotFoundError(`No ${type} with documentId "${documentId}"`);
    const ref = { type, documentId };
    return { type, documentId, sites: (await this.sitesFor([ref], locale)).get(entryKey(ref)) ?? [] };
  },

  /**
   * The entries each section of a page comes from, as the composer links them; an entry that feeds other sites too
   * names them all (`usedBy`), so the editor knows an edit there changes their pages.
   */
  async sectionsOf(site: Doc, kind: PageKind, locale: string): Promise<Record<string, SectionSource[]>> {
    const sections = sectionSources(site, kind, locale, SECTION_CATALOG[kind].map((spec) => spec.id));
    const refs = new Map<string, EntryRef>();
    for (const entry of Object.values(sections).flat()) {
      if (isSharedEntryType(entry.type)) refs.set(entryKey({ type: entry.type, documentId: entry.documentId }), { type: entry.type, documentId: entry.documentId });
    }
    const usage = await this.sitesFor([...refs.values()], locale);
    return Object.fromEntries(
      Object.entries(sections).map(([id, entries]) => [
        id,
        entries.map((entry): SectionSource => {
          const sites = isSharedEntryType(entry.type) ? usage.get(entryKey({ type: entry.type, documentId: entry.documentId })) : undefined;
          return sites && sites.length > 1 ? { ...entry, usedBy: sites } : entry;
        }),
      ])
    );
  },
});

export default entryUsage;
