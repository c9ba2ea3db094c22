/**
 * One walk of the document tree for the renderers that write it as text (Markdown, plain text, and the admin's
 * section texts for comparing versions): each says how a node is written, given its children already written; the
 * walk itself — which node holds which children, the order, the unresolved terms — is written once here.
 */
import type { Block, Inline, LegalDocument, RefNode } from '../tree';

export interface TextRules {
  /** Names the renderer in the error an unresolved term raises (terms are resolved before rendering). */
  name: string;
  text: (value: string) => string;
  strong: (inner: string) => string;
  emphasis: (inner: string) => string;
  dfn: (inner: string) => string;
  code: (value: string) => string;
  lineBreak: string;
  /** The node too, for a reader that treats some dates apart (the admin's comparison ignores the page's own dates). */
  date: (text: string, node: Extract<Inline, { type: 'date' }>) => string;
  ref: (inner: string, node: RefNode) => string;
  link: (inner: string, href: string) => string;
  heading: (inner: string, level: number) => string;
  /** Each item as its blocks, written. */
  list: (items: string[][], ordered: boolean) => string;
  table: (caption: string, header: string[], rows: string[][]) => string;
  blockquote: (children: string[]) => string;
  codeBlock: (value: string) => string;
}

export const textWalker = (rules: TextRules) => {
  const inline = (nodes: Inline[]): string =>
    nodes
      .map((node): string => {
        switch (node.type) {
          case 'text':
            return rules.text(node.value);
          case 'strong':
            return rules.strong(inline(node.children));
          case 'emphasis':
            return rules.emphasis(inline(node.children));
          case 'dfn':
            return rules.dfn(inline(node.children));
          case 'code':
            return rules.code(node.value);
          case 'break':
            return rules.lineBreak;
          case 'date':
            return rules.date(node.text, node);
          case 'ref':
            return rules.ref(inline(node.children ?? []), node);
          case 'link':
            return rules.link(inline(node.children), node.href);
          case 'term':
            throw new Error(`${rules.name}: unresolved term`);
        }
      })
      .join('');

  const block = (b: Block): string => {
    switch (b.type) {
      case 'paragraph':
        return inline(b.children);
      case 'heading':
        return rules.heading(inline(b.children), b.level);
      case 'list':
        return rules.list(b.items.map((item) => item.map(block)), b.ordered);
      case 'table':
        return rules.table(inline(b.caption), b.header.map(inline), b.rows.map((row) => row.map(inline)));
      case 'blockquote':
        return rules.blockquote(b.children.map(block));
      case 'code':
        return rules.codeBlock(b.value);
    }
  };

  /** The title, the lead's blocks, then each section's heading and blocks, each part written as the renderer says. */
  const parts = (doc: LegalDocument, title: (text: string) => string, heading: (text: string) => string) => [
    title(doc.title),
    ...doc.lead.map(block),
    ...doc.sections.flatMap((s) => [heading(s.heading), ...s.blocks.map(block)]),
  ];

  return { inline, block, parts };
};

const same = (text: string) => text;

/** `label (url)`, except for e-mail and phone links and links that show their own address. */
export const linkWithAddress = (label: string, href: string) => (/^(mailto|tel):/.test(href) || label === href ? label : `${label} (${href})`);

/** Inline nodes as plain words, without markup: what every plain-text writing of the tree shares. */
export const PLAIN_INLINE = {
  text: same,
  strong: same,
  emphasis: same,
  dfn: same,
  code: same,
  lineBreak: '\n',
  date: same,
  ref: same,
  link: linkWithAddress,
  codeBlock: same,
} satisfies Partial<TextRules>;

/** Continues the lines after the first under a list marker, so an item's own lines stay inside it. */
export const indentAfterFirst = (text: string, by: string) => text.split('\n').map((line, i) => (i === 0 || !line ? line : by + line)).join('\n');
