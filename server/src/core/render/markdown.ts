/** CommonMark output. Every text is escaped, so editor input can never turn into markup or links. */
import type { Block, Inline, LegalDocument } from '../tree';
import { isSafeHref } from '../safe-url';
import { escapeMarkdown as esc } from './escape';

const inline = (nodes: Inline[]): string =>
  nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return esc(node.value);
        case 'strong':
          return `**${inline(node.children)}**`;
        case 'emphasis':
          return `*${inline(node.children)}*`;
        case 'dfn':
          return `*${inline(node.children)}*`;
        case 'code':
          return `\`${node.value.replace(/`/g, "'")}\``;
        case 'break':
          return '\\\n';
        case 'date':
          return esc(node.text);
        case 'ref':
          return `[${inline(node.children ?? [])}](#${node.anchor ?? node.target})`;
        case 'link':
          return isSafeHref(node.href) ? `[${inline(node.children)}](<${node.href.replace(/[<>\s]/g, encodeURIComponent)}>)` : inline(node.children);
        case 'term':
          throw new Error('renderMarkdown: unresolved term');
      }
    })
    .join('');

const indent = (text: string, by: string) => text.split('\n').map((line, i) => (i === 0 || !line ? line : by + line)).join('\n');

const block = (b: Block): string => {
  switch (b.type) {
    case 'paragraph':
      return inline(b.children);
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.children)}`;
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${i + 1}. ` : '- ';
          return marker + indent(item.map(block).join('\n\n'), ' '.repeat(marker.length));
        })
        .join('\n');
    case 'table': {
      const row = (cells: Inline[][]) => `| ${cells.map((c) => inline(c).replace(/\n/g, ' ')).join(' | ')} |`;
      return [`*${inline(b.caption)}*`, '', row(b.header), `|${b.header.map(() => ' --- |').join('')}`, ...b.rows.map(row)].join('\n');
    }
    case 'blockquote':
      return b.children.map(block).join('\n\n').split('\n').map((line) => `> ${line}`).join('\n');
    case 'code':
      return ['```', b.value.replace(/```/g, "'''"), '```'].join('\n');
  }
};

export const renderMarkdown = (doc: LegalDocument): string => {
  const parts = [`# ${esc(doc.title)}`, ...doc.lead.map(block)];
  for (const s of doc.sections) parts.push(`## ${esc(s.heading)}`, ...s.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
};
