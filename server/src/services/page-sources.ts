import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import type { LegalPageInput, PageKind } from '../core';
import { toPageInput, type Doc, type PageChoices } from '../mapping/to-input';
import { uid } from '../plugin-id';

const SITE = uid('site') as UID.ContentType;

/** Everything a page is composed from, in one query tree. */
export const SITE_POPULATE = {
  controller: { populate: { euRepresentative: true } },
  publisher: true,
  host: true,
  processors: true,
  dpo: { populate: { organisation: true } },
  purposes: { populate: { dataCategories: true, recipients: true, retention: true, transfers: true, retentionRules: true, dataSubjects: true } },
  recipients: true,
  cookies: true,
  transfers: true,
  rights: true,
  accessibilityAudit: true,
  accessibilityContent: true,
} as const;

/** Relations to shared facts (identity, DPO) hold for every locale of a site, whichever locale they were set in. */
const SHARED_RELATIONS = ['controller', 'publisher', 'host', 'dpo', 'processors', 'accessibilityAudit'] as const;

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Loads a site's facts through the Document Service and maps them onto the core's input for one page. */
const pageSources = ({ strapi }: { strapi: Core.Strapi }) => ({
  async loadSite(siteDocumentId: string, locale: string): Promise<Doc> {
    const site = (await strapi.documents(SITE).findOne({ documentId: siteDocumentId, locale, populate: SITE_POPULATE } as never)) as Doc | null;
    if (site) return this.withSharedRelations(site, locale);
    const exists = await strapi.db.query(SITE).findOne({ where: { documentId: siteDocumentId }, select: ['id'] });
    throw new errors.NotFoundError(exists ? `The site has no "${locale}" version yet` : `No site with documentId "${siteDocumentId}"`);
  },

  /** Fills shared relations left empty in this locale from the locale versions that set them. */
  async withSharedRelations(site: Doc, locale: string): Promise<Doc> {
    const gaps = SHARED_RELATIONS.filter((field) => isEmpty(site[field]));
    if (gaps.length === 0) return site;
    const rows = (await strapi.db.query(SITE).findMany({ where: { documentId: site.documentId, locale: { $ne: locale } }, select: ['locale'] })) as Array<{ locale: string }>;
    for (const { locale: other } of rows) {
      const missing = gaps.filter((field) => isEmpty(site[field]));
      if (missing.length === 0) break;
      const populate = Object.fromEntries(missing.map((field) => [field, SITE_POPULATE[field]]));
      const version = (await strapi.documents(SITE).findOne({ documentId: site.documentId, locale: other, fields: ['id'], populate } as never)) as Doc | null;
      for (const field of missing) if (version && !isEmpty(version[field])) site[field] = version[field];
    }
    return site;
  },

  async pageChoices(siteDocumentId: string, kind: PageKind, locale: string): Promise<PageChoices | null> {
    return (await strapi.db.query(uid('page') as UID.ContentType).findOne({
      where: { siteDocumentId, kind, locale },
      select: ['title', 'sectionOrder', 'hiddenSections', 'customSections', 'effectiveDelayDays', 'introduction'],
    })) as PageChoices | null;
  },

  /** Texts the site's other published locales lack: the site itself, or one of its purposes. */
  async localeGaps(site: Doc, locale: string) {
    const others = (Array.isArray(site.publishedLocales) ? (site.publishedLocales as string[]) : []).filter((l) => l !== locale);
    if (others.length === 0) return [];
    const purposeIds = ((site.purposes ?? []) as Doc[]).map((p) => p.documentId);
    const [siteRows, purposeRows] = await Promise.all([
      strapi.db.query(SITE).findMany({ where: { documentId: site.documentId, locale: { $in: others } }, select: ['locale'] }),
      purposeIds.length
        ? strapi.db.query(uid('purpose') as UID.ContentType).findMany({
            where: { documentId: { $in: purposeIds }, locale: { $in: others } },
            select: ['documentId', 'locale'],
          })
        : Promise.resolve([]),
    ]);
    const has = (rows: Array<{ locale: string; documentId?: string }>, l: string, id?: string) =>
      rows.some((r) => r.locale === l && (id === undefined || r.documentId === id));
    return others.flatMap((other) => [
      ...(has(siteRows, other) ? [] : [{ path: '/site', locale: other }]),
      ...purposeIds.flatMap((id, i) => (has(purposeRows, other, id) ? [] : [{ path: `/purposes/${i}/title`, locale: other }])),
    ]);
  },

  /**
   * The inputs of several kinds of one site in one locale, from one load of the site: the overview's background check
   * composes every kind of a site after a write. Dates are today's; the caller sets a published version's own.
   */
  async inputsFor(siteDocumentId: string, locale: string, kinds: readonly PageKind[]): Promise<{ site: Doc; inputs: Map<PageKind, LegalPageInput> }> {
    const site = await this.loadSite(siteDocumentId, locale);
    const [pages, missing] = await Promise.all([
      strapi.db.query(uid('page') as UID.ContentType).findMany({
        where: { siteDocumentId, locale, kind: { $in: [...kinds] } },
        select: ['kind', 'title', 'sectionOrder', 'hiddenSections', 'customSections', 'effectiveDelayDays', 'introduction'],
      }) as Promise<Array<PageChoices & { kind: PageKind }>>,
      this.localeGaps(site, locale),
    ]);
    const today = isoDate(new Date());
    const inputs = new Map(
      kinds.map((kind) => [kind, toPageInput(site, { kind, locale, page: pages.find((p) => p.kind === kind) ?? null, missing, effectiveDate: today, lastUpdated: today })])
    );
    return { site, inputs };
  },

  /**
   * The page's input; without an explicit date it takes effect after the page's notice period (0 days by default).
   * `draft` replaces the saved choices, for a preview of what the editor has not saved yet.
   */
  async buildInput(
    siteDocumentId: string,
    kind: PageKind,
    locale: string,
    effectiveAt?: Date,
    draft?: PageChoices
  ): Promise<{ input: LegalPageInput; site: Doc; effectiveAt: Date }> {
    const site = await this.loadSite(siteDocumentId, locale);
    const [page, missing] = await Promise.all([draft ?? this.pageChoices(siteDocumentId, kind, locale), this.localeGaps(site, locale)]);
    const now = new Date();
    const effective = effectiveAt ?? new Date(now.getTime() + (page?.effectiveDelayDays ?? 0) * 86_400_000);
    const input = toPageInput(site, { kind, locale, page, missing, effectiveDate: isoDate(effective), lastUpdated: isoDate(now) });
    return { input, site, effectiveAt: effective };
  },
});

export default pageSources;
