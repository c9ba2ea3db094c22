import type { Finding, LegalPageInput } from '../core';
import { describeSource, type DescribedSource } from './finding-field';
import { SITE_ANSWERS, uniqueRelated, type Doc } from './to-input';

/** The entry an editor opens to fix a finding: a content type of the plugin, one document, and its locale if localized. */
export interface FindingSource {
  type:
    | 'site'
    | 'organisation'
    | 'dpo-contact'
    | 'purpose'
    | 'retention-period'
    | 'recipient'
    | 'transfer'
    | 'right'
    | 'cookie'
    | 'accessibility-audit'
    | 'accessibility-content';
  documentId: string;
  locale?: string;
}

const ORGANISATION_FIELDS = ['controller', 'publisher', 'host'] as const;

/** A source with the document it names, whose main field names it to the editor. */
interface Located {
  source: FindingSource;
  doc: Doc;
}

/** The statement's lists, each the site's inaccessible content of one kind, in the order the mapping lists them. */
const CONTENT_LISTS: Record<string, string> = { nonConformities: 'non-conformity', derogations: 'derogation', exemptions: 'exempt' };

/** The audit holds its own facts; each listed item is an entry; the rest (plans, feedback, dates) is the site's. */
const accessibilitySource = (path: string, site: Doc, locale: string, siteEntry: Located | undefined) => {
  const [, list, index] = path.split('/').filter(Boolean);
  if (list === 'audit') return entry('accessibility-audit', site.accessibilityAudit as Doc | null, locale) ?? siteEntry;
  const kind = CONTENT_LISTS[list];
  if (!kind || index === undefined) return siteEntry;
  const items = ((site.accessibilityContent ?? []) as Doc[]).filter((c) => c.kind === kind && typeof c.description === 'string' && c.description.trim());
  return entry('accessibility-content', items[Number(index)], locale) ?? siteEntry;
};

/** Paths that name the page's own choices, fixed in the composer rather than in an entry. */
const PAGE_CHOICE = /^\/(page\/(?!links(\/|$))|(kind|locale|effectiveDate|lastUpdated|introduction)(\/|$))/;

const entry = (type: FindingSource['type'], doc: Doc | null | undefined, locale?: string): Located | undefined =>
  doc?.documentId ? { source: { type, documentId: doc.documentId, ...(locale ? { locale } : {}) }, doc } : undefined;

/**
 * Where the fact behind an input path is stored. A missing relation (no DPO, no host) points at the site, where it
 * is chosen; the page's own choices point nowhere.
 */
export const findingSource = (path: string, site: Doc, locale: string): FindingSource | undefined => locate(path, site, locale)?.source;

/** The source with the field that holds the fact, its label in English and French, and the entry's name. */
export const describedSource = (path: string, site: Doc, locale: string): DescribedSource | undefined => {
  const located = locate(path, site, locale);
  return located && describeSource(path, located.source, located.doc);
};

const locate = (path: string, site: Doc, locale: string): Located | undefined => {
  if (PAGE_CHOICE.test(path)) return undefined;
  const siteEntry = entry('site', site, locale);
  const [head, index, sub] = path.split('/').filter(Boolean);
  const at = (list: Doc[] | undefined) => (index !== undefined && /^\d+$/.test(index) ? list?.[Number(index)] : undefined);

  // The answers are the site's fields; so is an empty list the editor may answer "none" for.
  if ((SITE_ANSWERS as readonly string[]).includes(head)) return siteEntry;
  if ((ORGANISATION_FIELDS as readonly string[]).includes(head)) return entry('organisation', site[head] as Doc | null) ?? siteEntry;
  // The controller's entry holds its supervisory authority: it follows where the controller is established.
  if (head === 'supervisoryAuthority') return entry('organisation', site.controller as Doc | null) ?? siteEntry;
  // The proof of identity asked to exercise a right is the site's own text; the channels are the DPO contact's.
  if (head === 'rightsExercise' && index === 'identityProof') return siteEntry;
  if (head === 'dpo' || head === 'rightsExercise') return entry('dpo-contact', site.dpo as Doc | null) ?? siteEntry;
  if (head === 'purposes') {
    const purpose = at(site.purposes);
    if (sub === 'retention') return entry('retention-period', purpose?.retention as Doc | null, locale) ?? entry('purpose', purpose, locale) ?? siteEntry;
    if (sub === 'retentionRules') {
      const [, , , rule] = path.split('/').filter(Boolean);
      const rules = purpose?.retentionRules as Doc[] | undefined;
      return entry('retention-period', rule !== undefined ? rules?.[Number(rule)] : undefined, locale) ?? entry('purpose', purpose, locale) ?? siteEntry;
    }
    return entry('purpose', purpose, locale) ?? siteEntry;
  }
  if (head === 'recipients') return entry('recipient', at(uniqueRelated(site, 'recipients')), locale) ?? siteEntry;
  if (head === 'transfers') return entry('transfer', at(uniqueRelated(site, 'transfers')), locale) ?? siteEntry;
  if (head === 'rights') return entry('right', at(site.rights), locale) ?? siteEntry;
  if (head === 'cookies') return entry('cookie', at(site.cookies), locale) ?? siteEntry;
  if (head === 'accessibility') return accessibilitySource(path, site, locale, siteEntry);
  return siteEntry;
};

/**
 * Findings with the entry to open for each. A translation gap is fixed in the locale that lacks the text: the core
 * reports the gaps in the order the input lists them.
 */
export const withSources = (findings: Finding[], input: LegalPageInput, site: Doc, locale: string) => {
  const gaps = (input.localeCoverage?.missing ?? []).filter((gap) => gap.locale !== locale);
  let next = 0;
  return findings.map((finding) => {
    const inLocale = finding.code === 'locale.gap' ? (gaps[next++]?.locale ?? locale) : locale;
    return { ...finding, source: describedSource(finding.path, site, inLocale) ?? null };
  });
};
