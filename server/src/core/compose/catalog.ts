/** The standard sections of each page kind, in their default order. Optional sections may be hidden by editors. */
import type { PageKind } from '../input/types';

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

export const DEFAULT_NUMBERING: Readonly<Record<PageKind, 'articles' | 'none'>> = {
  'privacy-policy': 'articles',
  'privacy-summary': 'none',
  'legal-notice': 'none',
  'cookie-policy': 'none',
  'accessibility-statement': 'none',
};

export const customSectionId = (id: string): string => `custom-${id}`;

/** A section id as editors may write it: standard ids as is; custom sections as `custom-<id>` or just `<id>`. */
export const normaliseSectionId = (id: string, known: ReadonlySet<string>): string =>
  known.has(id) ? id : known.has(customSectionId(id)) ? customSectionId(id) : id;
