/** Plain text of a published version's JSON tree, section by section, for comparing two versions. */
import type { LegalDocument } from '../../../server/src/core/tree';
import { PLAIN_INLINE, textWalker } from '../../../server/src/core/render/walk';

// The core's walk of the tree, written for reading side by side: no markup, a table row per line.
const { block } = textWalker({
  ...PLAIN_INLINE,
  name: 'sectionTexts',
  heading: (inner) => inner,
  list: (items) => items.map((item) => `- ${item.join('\n  ')}`).join('\n'),
  table: (caption, header, rows) => [caption, header.join(' | '), ...rows.map((row) => row.join(' | '))].join('\n'),
  blockquote: (children) => children.join('\n'),
});

export interface SectionText {
  id: string;
  heading: string;
  text: string;
}

export const sectionTexts = (doc: Pick<LegalDocument, 'title' | 'lead' | 'sections'>): SectionText[] => [
  { id: '__lead', heading: doc.title ?? '', text: (doc.lead ?? []).map(block).join('\n\n') },
  ...(doc.sections ?? []).map((s) => ({ id: s.id, heading: s.heading, text: s.blocks.map(block).join('\n\n') })),
];
