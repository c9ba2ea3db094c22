/** The standard sections of each page kind, in their default order. Optional sections may be hidden by editors. */
import type { CustomSection, PageKind } from './types';

export interface SectionSpec {
  id: string;
  optional: boolean;
}

const mandatory = (id: string): SectionSpec => ({ id, optional: false });
const optional = (id: string): SectionSpec => ({ id, optional: true });

export const SECTION_CATALOG: Readonly<Record<PageKind, readonly SectionSpec[]>> = {
  'privacy-policy': [
    mandatory('controller'),
    mandatory('dpo'),
    mandatory('purposes'),
    mandatory('data-categories'),
    mandatory('recipients'),
    mandatory('transfers'),
    mandatory('retention'),
    mandatory('rights'),
    optional('cookies'),
    optional('security'),
    optional('changes'),
  ],
  'privacy-summary': [mandatory('identity'), mandatory('purposes'), mandatory('rights'), mandatory('full-notice')],
  'legal-notice': [
    mandatory('publisher'),
    mandatory('director'),
    mandatory('host'),
    optional('editorial'),
    optional('intellectual-property'),
    optional('data-licence'),
    mandatory('personal-data'),
    optional('documents-officer'),
    optional('applicable-law'),
  ],
  'cookie-policy': [
    optional('what-is-a-cookie'),
    mandatory('cookie-list'),
    mandatory('cookie-choices'),
    optional('personal-data'),
  ],
  // Every part is required content of a statement; a part with no fact to state is left out (see its composer).
  'accessibility-statement': [
    mandatory('plans'),
    mandatory('conformity'),
    mandatory('inaccessible-content'),
    mandatory('establishment'),
    mandatory('feedback'),
    mandatory('remedy'),
  ],
};

export const customSectionId = (id: string): string => `custom-${id}`;

/** A section id as editors may write it: standard ids as is; custom sections as `custom-<id>` or just `<id>`. */
export const normaliseSectionId = (id: string, known: ReadonlySet<string>): string =>
  known.has(id) ? id : known.has(customSectionId(id)) ? customSectionId(id) : id;

/** What is wrong with one section an editor named; each caller words it for its audience. */
export type SectionChoiceProblem =
  | { field: 'order' | 'hidden'; index: number; id: string; reason: 'unknown' | 'mandatory' }
  | { field: 'customSections'; index: number; id: string; reason: 'duplicate' | 'unknown-after' };

/** A page's section choices, as the input (`page`) and the admin's request (`sectionOrder`…) both hold them. */
export interface SectionChoices {
  order?: readonly string[] | null;
  hidden?: readonly string[] | null;
  customSections?: readonly Pick<CustomSection, 'id' | 'after'>[] | null;
}

/**
 * The one check of a page's section choices against its kind's catalog: nothing unknown, nothing mandatory hidden, no
 * free-text section twice; a custom section is named `custom-<id>` or `<id>`.
 */
export const sectionChoiceProblems = (kind: PageKind, choices: SectionChoices): SectionChoiceProblem[] => {
  const catalog = SECTION_CATALOG[kind] ?? [];
  const customs = choices.customSections ?? [];
  const problems: SectionChoiceProblem[] = [];
  const customIds = customs.map((c) => customSectionId(c.id));
  customs.forEach((section, index) => {
    if (customIds.indexOf(customIds[index]) !== index) problems.push({ field: 'customSections', index, id: section.id, reason: 'duplicate' });
  });
  const known = new Set([...catalog.map((s) => s.id), ...customIds]);
  const has = (id: string) => known.has(normaliseSectionId(id, known));
  (choices.order ?? []).forEach((id, index) => has(id) || problems.push({ field: 'order', index, id, reason: 'unknown' }));
  (choices.hidden ?? []).forEach((id, index) => {
    const spec = catalog.find((s) => s.id === id);
    if (!spec && !has(id)) problems.push({ field: 'hidden', index, id, reason: 'unknown' });
    else if (spec && !spec.optional) problems.push({ field: 'hidden', index, id, reason: 'mandatory' });
  });
  customs.forEach((section, index) => {
    if (section.after !== undefined && !has(section.after)) problems.push({ field: 'customSections', index, id: section.after, reason: 'unknown-after' });
  });
  return problems;
};
