import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import { getLocalePack, ORGANISATION_KINDS, type OrganisationKind, type RightKind } from '../core';
import { PLUGIN_ID, uid } from '../plugin-id';
import { missingLocalesAdvice, type LocaleStatus } from './plugin-locales';
import type { StarterEntry, StarterLibraryItem, StarterReport } from '../../../shared/contracts/starter-library';
import { LIBRARY, SITE_FIELD, STARTER_SETS, type LibrarySection, type StarterItem } from '../starter/library';

type Item = StarterItem<Record<string, unknown>>;

export type { StarterEntry, StarterReport };

const SECTIONS = Object.keys(LIBRARY) as LibrarySection[];
const sectionItems = (section: LibrarySection) => LIBRARY[section] as readonly Item[];
const TEXT_LOCALES = ['fr', 'en'] as const;

export const starterKeys = () => SECTIONS.flatMap((section) => sectionItems(section).map((item) => item.key));

/** The kinds of controller whose set offers an item. */
const kindsOf = (key: string) => ORGANISATION_KINDS.filter((kind) => STARTER_SETS[kind].includes(key));

/** A site without a controller yet is offered what the library offered before it had a set per kind. */
const DEFAULT_KIND: OrganisationKind = 'public-body';

/** The chosen keys plus every entry they link to, so a purpose never arrives without its retention period. */
const withDependencies = (keys: string[]) => {
  const all = new Map(SECTIONS.flatMap((section) => sectionItems(section).map((item) => [item.key, item] as const)));
  const chosen = new Set<string>();
  const visit = (key: string) => {
    if (chosen.has(key)) return;
    chosen.add(key);
    Object.values(all.get(key)?.links ?? {}).flat().forEach(visit);
  };
  keys.forEach(visit);
  return chosen;
};

const starterLibrary = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The library's items with their title in a locale and the kinds of controller each is offered to, for the wizard;
   * with a kind, only that kind's set.
   */
  list(locale: string, kind?: OrganisationKind): StarterLibraryItem[] {
    const textLocale = (TEXT_LOCALES as readonly string[]).includes(locale) ? (locale as 'fr' | 'en') : 'en';
    return SECTIONS.flatMap((section) =>
      sectionItems(section)
        .filter((item) => !kind || STARTER_SETS[kind].includes(item.key))
        .map((item) => {
          const kinds = kindsOf(item.key);
          const label = item.text.title ?? item.text.name ?? item.text.label ?? item.text.purpose ?? item.text.description;
          if (label) return { section, key: item.key, label: label[textLocale], kinds };
          // Rights carry no title of their own: the page names them as the core's locale pack does.
          const right = section === 'right' ? getLocalePack(textLocale).rights[item.shared.kind as RightKind] : undefined;
          return { section, key: item.key, label: right ? right.label : String(item.shared.kind ?? item.key), kinds };
        })
    );
  },

  /** The set offered to the site's controller: what `apply` adds when no keys are chosen. */
  async defaultKeys(siteDocumentId: string): Promise<string[]> {
    // The controller may be linked in one locale only: any locale that names it will do.
    const rows = (await strapi.db.query(uid('site')).findMany({
      where: { documentId: siteDocumentId },
      populate: { controller: { select: ['kind'] } },
    })) as Array<{ controller?: { kind?: string } | null }>;
    const kind = rows.find((row) => row.controller?.kind)?.controller?.kind;
    const known = ORGANISATION_KINDS.find((k) => k === kind);
    return [...STARTER_SETS[known ?? DEFAULT_KIND]];
  },

  /**
   * Adds the library's defaults to a site, in every locale the library has text for. Entries created by an earlier
   * run (same key) are reused as they are now, edits included: nothing an editor wrote is overwritten.
   */
  async apply(siteDocumentId: string, chosenKeys?: string[]): Promise<StarterReport> {
    const status: LocaleStatus = await strapi.plugin(PLUGIN_ID).service('locales').status();
    const locales = status.usable.filter((code) => (TEXT_LOCALES as readonly string[]).includes(code));
    const skippedLocales = [...status.usable.filter((code) => !locales.includes(code)), ...status.missing];
    if (locales.length === 0) {
      throw new errors.ValidationError(
        status.usable.length === 0
          ? `The starter library cannot be added: ${missingLocalesAdvice(status.missing)}.`
          : `The starter library has text in ${TEXT_LOCALES.join(' and ')} only, and the plugin composes pages in ${status.usable.join(', ')}.`
      );
    }

    const siteRows = (await strapi.db.query(uid('site')).findMany({ where: { documentId: siteDocumentId }, select: ['locale'] })) as Array<{ locale: string }>;
    if (siteRows.length === 0) throw new errors.NotFoundError(`No site with documentId "${siteDocumentId}"`);
    const siteLocales = locales.filter((code) => siteRows.some((row) => row.locale === code));

    const chosen = withDependencies(chosenKeys ?? (await this.defaultKeys(siteDocumentId)));
    const report: StarterReport = { created: [], reused: [], linked: [], locales, skippedLocales };

    await strapi.db.transaction(async () => {
      const documentIds = new Map<string, string>();
      for (const section of SECTIONS) {
        for (const item of sectionItems(section).filter((i) => chosen.has(i.key))) {
          const entry = await this.ensureEntry(section, item, locales, documentIds);
          documentIds.set(item.key, entry.documentId);
          (entry.created ? report.created : report.reused).push({ section, key: item.key, documentId: entry.documentId });
        }
      }
      for (const locale of siteLocales) {
        report.linked.push(...(await this.linkToSite(siteDocumentId, locale, chosen, documentIds)));
      }
    });
    return report;
  },

  async ensureEntry(section: LibrarySection, item: Item, locales: string[], documentIds: Map<string, string>) {
    const contentType = uid(section) as UID.ContentType;
    const existing = (await strapi.db.query(contentType).findOne({ where: { starterKey: item.key }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    if (existing) return { documentId: existing.documentId, created: false };

    let documentId: string | undefined;
    for (const locale of locales) {
      const data = { ...item.shared, ...this.textIn(item, locale), ...this.links(item, locale, documentIds), starterKey: item.key };
      const documents = strapi.documents(contentType);
      const saved = documentId
        ? await documents.update({ documentId, locale, data } as never)
        : await documents.create({ locale, data } as never);
      documentId = (saved as { documentId: string }).documentId;
    }
    return { documentId: documentId!, created: true };
  },

  textIn(item: Item, locale: string) {
    return Object.fromEntries(Object.entries(item.text).map(([field, text]) => [field, text[locale as 'fr' | 'en']]));
  },

  links(item: Item, locale: string, documentIds: Map<string, string>) {
    return Object.fromEntries(
      Object.entries(item.links ?? {}).map(([field, keys]) => {
        const targets = keys.map((key) => ({ documentId: documentIds.get(key)!, locale }));
        return [field, field === 'retention' ? { set: targets.slice(0, 1) } : { connect: targets }];
      })
    );
  },

  async linkToSite(siteDocumentId: string, locale: string, chosen: Set<string>, documentIds: Map<string, string>) {
    const fields = Object.entries(SITE_FIELD) as Array<[LibrarySection, string]>;
    const site = (await strapi.documents(uid('site') as UID.ContentType).findOne({
      documentId: siteDocumentId,
      locale,
      populate: Object.fromEntries(fields.map(([, field]) => [field, { fields: ['documentId'] }])),
    } as never)) as Record<string, Array<{ documentId: string }>> | null;
    if (!site) return [];

    const data: Record<string, { connect: Array<{ documentId: string; locale: string }> }> = {};
    const linked: StarterReport['linked'] = [];
    for (const [section, field] of fields) {
      const present = new Set((site[field] ?? []).map((entry) => entry.documentId));
      const missing = sectionItems(section)
        .filter((item) => chosen.has(item.key))
        .map((item) => documentIds.get(item.key)!)
        .filter((id) => !present.has(id));
      if (missing.length) {
        data[field] = { connect: missing.map((documentId) => ({ documentId, locale })) };
        linked.push({ locale, field, count: missing.length });
      }
    }
    if (linked.length) await strapi.documents(uid('site') as UID.ContentType).update({ documentId: siteDocumentId, locale, data } as never);
    return linked;
  },
});

export default starterLibrary;
