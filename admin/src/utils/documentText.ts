/** Plain text of a published version's JSON tree, section by section, for comparing two versions. */
import type { LegalDocument } from '../../../server/src/core/tree';
import { PLAIN_INLINE, textWalker, type TextRules } from '../../../server/src/core/render/walk';

// The core's walk of the tree, written for reading side by side: no markup, a table row per line.
const rules: TextRules = {
  ...PLAIN_INLINE,
  name: 'sectionTexts',
  heading: (inner) => inner,
  list: (items) => items.map((item) => `- ${item.join('\n  ')}`).join('\n'),
  table: (caption, header, rows) => [caption, header.join(' | '), ...rows.map((row) => row.join(' | '))].join('\n'),
  blockquote: (children) => children.join('\n'),
};
const { block } = textWalker(rules);

/** What the page's own dates are written as in `comparable`: the same in every version. */
export const PAGE_DATE = '\u2063date\u2063';

export interface SectionText {
  id: string;
  heading: string;
  text: string;
  /**
   * The text with the page's own dates (its effective date, its "last updated" date) written as `PAGE_DATE`: every
   * publication moves them, so a section whose only difference is one of them has not changed.
   */
  comparable: string;
}

type Doc = Pick<LegalDocument, 'title' | 'lead' | 'sections'> & Partial<Pick<LegalDocument, 'effectiveDate' | 'lastUpdated'>>;

export const sectionTexts = (doc: Doc): SectionText[] => {
  const own = new Set([doc.effectiveDate, doc.lastUpdated].filter((d): d is string => Boolean(d)));
  const comparing = textWalker({ ...rules, date: (text, node) => (own.has(node.iso) ? PAGE_DATE : text) }).block;
  const part = (id: string, heading: string, blocks: LegalDocument['lead']) => ({
    id,
    heading,
    text: blocks.map(block).join('\n\n'),
    comparable: blocks.map(comparing).join('\n\n'),
  });
  return [part('__lead', doc.title ?? '', doc.lead ?? []), ...(doc.sections ?? []).map((s) => part(s.id, s.heading, s.blocks))];
};
