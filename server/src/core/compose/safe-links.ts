import { isSafeHref } from '../safe-url';
import type { Block, Inline, LegalDocument } from '../tree';

/**
 * Every output carries the tree's links (JSON as is, HTML, Markdown and text rendered from it): a link whose target
 * fails the one URL check is kept as its text, here, once, so no output can hand a frontend an off-site href.
 */
const inlines = (nodes: Inline[]): Inline[] =>
  nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'link':
        return isSafeHref(node.href) ? [{ ...node, children: inlines(node.children) }] : inlines(node.children);
      case 'strong':
      case 'emphasis':
      case 'dfn':
        return [{ ...node, children: inlines(node.children) }];
      case 'ref':
        return [node.children ? { ...node, children: inlines(node.children) } : node];
      default:
        return [node];
    }
  });

const block = (b: Block): Block => {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return { ...b, children: inlines(b.children) };
    case 'list':
      return { ...b, items: b.items.map((item) => item.map(block)) };
    case 'table':
      return { ...b, caption: inlines(b.caption), header: b.header.map(inlines), rows: b.rows.map((row) => row.map(inlines)) };
    case 'blockquote':
      return { ...b, children: b.children.map(block) };
    case 'code':
      return b;
  }
};

export const withSafeLinks = (doc: LegalDocument): LegalDocument => ({
  ...doc,
  lead: doc.lead.map(block),
  sections: doc.sections.map((section) => ({ ...section, blocks: section.blocks.map(block) })),
});
