/**
 * The entries each section of a page is composed from, for the composer to link every section to where its facts are
 * edited, whether or not a finding points there. Pure: it reads the site as page-sources loads it.
 */
import type { PageKind } from '../core';
import { FIELD_HELP } from '../content-manager/field-help';
import { isLocalizedType, type EntryType } from './entry-usage';
import { uniqueRelated, type Doc } from './to-input';

/** One entry behind a section: what the composer links to, with the field to open at where one holds the section. */
export interface SectionEntry {
  type: EntryType;
  documentId: string;
  locale?: string;
  /** The entry's main field's value: its name, title or label. */
  entryName?: string;
  field?: string;
}

const uniqueDocs = (docs: Array<Doc | null | undefined>): Doc[] => {
  const seen = new Set<string>();
  return docs.filter((doc): doc is Doc => Boolean(doc?.documentId) && !seen.has(doc!.documentId) && Boolean(seen.add(doc!.documentId)));
};

const list = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : []);

/** The sources of one site's sections; a section whose facts are the site's, or whose entry is missing, links the site. */
const sourcesOf = (site: Doc, locale: string) => {
  const entry = (type: EntryType, doc: Doc, field?: string): SectionEntry => {
    const main = doc[FIELD_HELP[type]?.mainField ?? ''];
    return {
      type,
      documentId: doc.documentId,
      ...(isLocalizedType(type) ? { locale } : {}),
      ...(typeof main === 'string' && main.trim() ? { entryName: main.trim() } : {}),
      ...(field ? { field } : {}),
    };
  };
  const onSite = (field: string) => [entry('site', site, field)];
  /** The entries of `type`; none at all sends the editor to the site's field that chooses them. */
  const entries = (type: EntryType, docs: Array<Doc | null | undefined>, siteField: string) => {
    const found = uniqueDocs(docs);
    return found.length ? found.map((doc) => entry(type, doc)) : onSite(siteField);
  };
  const purposes = list(site.purposes);
  const fromPurposes = (field: string) => purposes.flatMap((p) => (Array.isArray(p[field]) ? (p[field] as Doc[]) : [p[field] as Doc | null]));
  const dpo = () => entries('dpo-contact', [site.dpo as Doc | null], 'dpo');
  const controller = () => entries('organisation', [site.controller as Doc | null, (site.controller as Doc | null)?.euRepresentative as Doc | null], 'controller');
  const cookies = () => entries('cookie', list(site.cookies), 'cookies');
  const rights = () => [...entries('right', list(site.rights), 'rights'), ...dpo()];

  return {
    controller,
    dpo,
    purposes: () => entries('purpose', purposes, 'purposes'),
    'data-categories': () => [
      ...entries('data-category', fromPurposes('dataCategories'), 'purposes'),
      ...uniqueDocs(fromPurposes('dataSubjects')).map((doc) => entry('data-subject', doc)),
    ],
    recipients: () => [
      ...entries('recipient', uniqueRelated(site, 'recipients'), 'recipients'),
      ...uniqueDocs(list(site.processors)).map((doc) => entry('organisation', doc)),
    ],
    transfers: () => entries('transfer', uniqueRelated(site, 'transfers'), 'transfers'),
    retention: () => entries('retention-period', [...fromPurposes('retention'), ...fromPurposes('retentionRules')], 'purposes'),
    rights,
    cookies,
    security: () => onSite('security'),
    identity: () => [...controller(), ...dpo()],
    'full-notice': () => onSite('privacyPolicyUrl'),
    publisher: () => entries('organisation', [site.publisher as Doc | null], 'publisher'),
    director: () => onSite('directorOfPublicationName'),
    host: () => entries('organisation', [site.host as Doc | null], 'host'),
    editorial: () => onSite('editorialManagement'),
    'intellectual-property': () => onSite('intellectualProperty'),
    'data-licence': () => onSite('dataLicence'),
    'documents-officer': () => onSite('documentsOfficerName'),
    'applicable-law': () => onSite('applicableLaw'),
    'cookie-list': cookies,
    'cookie-choices': () => onSite('cookieManagement'),
    plans: () => onSite('multiYearPlanUrl'),
    conformity: () => entries('accessibility-audit', [site.accessibilityAudit as Doc | null], 'accessibilityAudit'),
    'inaccessible-content': () => entries('accessibility-content', list(site.accessibilityContent), 'accessibilityContent'),
    establishment: () => onSite('accessibilityEstablishedOn'),
    feedback: () => onSite('accessibilityFeedbackEmail'),
    // The personal-data sections of the legal notice and of the cookie policy, which differ.
    'legal-notice:personal-data': () => [...dpo().filter((e) => e.type !== 'site'), ...onSite('personalDataNote')],
    'cookie-policy:personal-data': dpo,
  } satisfies Record<string, () => SectionEntry[]>;
};

/**
 * Each standard section of `kind` with the entries its facts come from, by section id; sections that state fixed text
 * (what a cookie is, the remedy) or the composer's own choices (announcing changes) have none.
 */
export const sectionSources = (site: Doc, kind: PageKind, locale: string, sectionIds: readonly string[]): Record<string, SectionEntry[]> => {
  const sources: Record<string, (() => SectionEntry[]) | undefined> = sourcesOf(site, locale);
  return Object.fromEntries(
    sectionIds.flatMap((id) => {
      const found = (sources[`${kind}:${id}`] ?? sources[id])?.();
      return found?.length ? [[id, found]] : [];
    })
  );
};
