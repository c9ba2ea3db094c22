/**
 * How each page kind is numbered. The sections themselves belong to the input (input/sections.ts), which validating
 * an input checks against: the composer reads them from there.
 */
import type { PageKind } from '../input/types';

export { SECTION_CATALOG, customSectionId, normaliseSectionId, type SectionSpec } from '../input/sections';

export const DEFAULT_NUMBERING: Readonly<Record<PageKind, 'articles' | 'none'>> = {
  'privacy-policy': 'articles',
  'privacy-summary': 'none',
  'legal-notice': 'none',
  'cookie-policy': 'none',
  'accessibility-statement': 'none',
};
