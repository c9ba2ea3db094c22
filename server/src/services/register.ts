import type { Core, UID } from '@strapi/strapi';
import { getLocalePack } from '../core';
import { currentVersions, registerActivities, type PublishedStatement, type RegisterActivity, type RegisterSource, type VersionRow } from '../mapping/register';
import { registerCsv } from '../mapping/register-csv';
import { registerWorkbook } from '../mapping/register-xlsx';
import type { Doc } from '../mapping/to-input';
import { PLUGIN_ID, uid } from '../plugin-id';
import { SITE_POPULATE } from './page-sources';

const SITE = uid('site') as UID.ContentType;
const VERSION = uid('version') as UID.ContentType;
const PAGE_SIZE = 100;
const ID_BATCH = 500;
/** The pages that state purposes. */
const STATING_KINDS = ['privacy-policy', 'privacy-summary'];

/** What the record needs of a site: its actors, its purposes with their facts, its security measures. */
const REGISTER_POPULATE = {
  controller: SITE_POPULATE.controller,
  dpo: SITE_POPULATE.dpo,
  purposes: { populate: { ...SITE_POPULATE.purposes.populate, dataCategories: { populate: { erasure: true } } } },
  securityMeasureList: true,
};

export interface Register {
  locale: string;
  exportedAt: string;
  activities: RegisterActivity[];
  /** Sites with no version in the locale: their texts exist only in other languages, so no activity lists them. */
  sitesWithoutLocale: Array<{ site: string; siteSlug: string }>;
}

const register = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The record of processing activities (GDPR Art. 30), every text in `locale`: one of the plugin's locales. */
  async build(locale: string): Promise<Register> {
    const now = new Date();
    const [sites, links, statements] = await Promise.all([this.sitesIn(locale), this.purposeLinks(), this.statements(now)]);

    const sitesWithoutLocale = [...links.entries()]
      .filter(([documentId]) => !sites.some((site) => site.documentId === documentId))
      .map(([, { name, slug }]) => ({ site: name, siteSlug: slug }))
      .sort((a, b) => a.site.localeCompare(b.site));
    const sources: RegisterSource[] = sites.map((site) => ({ site, purposeLocales: links.get(site.documentId)?.purposeLocales ?? {} }));
    return { locale, exportedAt: now.toISOString(), activities: registerActivities(sources, statements, getLocalePack(locale)), sitesWithoutLocale };
  },

  /** Every site in the locale with its facts, a page of sites per query set rather than a query set per site. */
  async sitesIn(locale: string): Promise<Doc[]> {
    const sources = strapi.plugin(PLUGIN_ID).service('page-sources');
    const sites: Doc[] = [];
    for (let start = 0; ; start += PAGE_SIZE) {
      const page = (await strapi.documents(SITE).findMany({
        locale,
        populate: REGISTER_POPULATE,
        sort: ['name:asc', 'documentId:asc'],
        start,
        limit: PAGE_SIZE,
      } as never)) as Doc[];
      for (const site of page) sites.push(await sources.withSharedRelations(site, locale));
      if (page.length < PAGE_SIZE) return sites;
    }
  },

  /** For each site, its name and the locales whose version of it lists each purpose. */
  async purposeLinks() {
    const rows = (await strapi.db.query(SITE).findMany({
      select: ['documentId', 'locale', 'name', 'slug'],
      populate: { purposes: { select: ['documentId'] } },
    })) as Array<Doc & { locale: string; purposes?: Array<{ documentId: string }> }>;
    const sites = new Map<string, { name: string; slug: string; purposeLocales: Record<string, string[]> }>();
    for (const row of rows) {
      const site = sites.get(row.documentId) ?? { name: String(row.name ?? ''), slug: String(row.slug ?? ''), purposeLocales: {} };
      for (const { documentId } of row.purposes ?? []) {
        const locales = (site.purposeLocales[documentId] ??= []);
        if (!locales.includes(row.locale)) locales.push(row.locale);
      }
      sites.set(row.documentId, site);
    }
    for (const site of sites.values()) Object.values(site.purposeLocales).forEach((locales) => locales.sort());
    return sites;
  },

  /** The published privacy pages in force or scheduled, with the purposes their input held. */
  async statements(now: Date): Promise<PublishedStatement[]> {
    const rows = (await strapi.db.query(VERSION).findMany({
      where: { kind: { $in: STATING_KINDS } },
      select: ['id', 'siteDocumentId', 'siteSlug', 'kind', 'locale', 'number', 'effectiveAt'],
    })) as VersionRow[];
    const current = currentVersions(rows, now);
    if (current.length === 0) return [];
    // The inputs are large: read only those of the versions that state something now, a bounded list at a time.
    const inputs: Array<{ id: number; input: { purposes?: Array<{ id: string }> } | string | null }> = [];
    for (let start = 0; start < current.length; start += ID_BATCH) {
      const ids = current.slice(start, start + ID_BATCH).map((row) => row.id);
      inputs.push(...((await strapi.db.query(VERSION).findMany({ where: { id: { $in: ids } }, select: ['id', 'input'] })) as typeof inputs));
    }
    const purposesOf = new Map(
      inputs.map(({ id, input }) => {
        const parsed = typeof input === 'string' ? (JSON.parse(input) as { purposes?: Array<{ id: string }> }) : input;
        return [id, (parsed?.purposes ?? []).map((purpose) => purpose.id)];
      })
    );
    return current.map(({ siteDocumentId, siteSlug, kind, locale, number, inForce, id }) => ({
      siteDocumentId,
      siteSlug,
      kind,
      locale,
      version: number,
      inForce,
      purposeIds: purposesOf.get(id) ?? [],
    }));
  },

  toCsv(register: Register) {
    return registerCsv(register.activities, getLocalePack(register.locale));
  },

  toXlsx(register: Register) {
    return registerWorkbook(register.activities, getLocalePack(register.locale), { exportedAt: register.exportedAt });
  },
});

export default register;
