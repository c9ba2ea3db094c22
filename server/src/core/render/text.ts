/** Plain text: for emails, terminals and plain-text archives. Links are written "label (url)". */
import type { Block, Inline, LegalDocument } from '../tree';

const inline = (nodes: Inline[]): string =>
  nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.value;
        case 'strong':
        case 'emphasis':
        case 'dfn':
          return inline(node.children);
        case 'break':
          return '\n';
        case 'date':
          return node.text;
        case 'ref':
          return inline(node.children ?? []);
        case 'link': {
          const label = inline(node.children);
          if (/^(mailto|tel):/.test(node.href) || label === node.href) return label;
          return `${label} (${node.href})`;
        }
        case 'term':
          throw new Error('renderText: unresolved term');
      }
    })
    .join('');

const indent = (text: string, by: string) => text.split('\n').map((line, i) => (i === 0 || !line ? line : by + line)).join('\n');

const block = (b: Block): string => {
  switch (b.type) {
    case 'paragraph':
      return inline(b.children);
    case 'heading':
      return inline(b.children).toUpperCase();
    case 'list':
      return b.items.map((item, i) => {
        const marker = b.ordered ? `${i + 1}. ` : '- ';
        return marker + indent(item.map(block).join('\n'), ' '.repeat(marker.length));
      }).join('\n');
    case 'table':
      return [inline(b.caption), `(${b.header.map(inline).join(' | ')})`, ...b.rows.map((row) => `- ${row.map(inline).join(' | ')}`)].join('\n');
    case 'blockquote':
      return b.children.map(block).join('\n').split('\n').map((line) => `  ${line}`).join('\n');
    case 'code':
      return b.value;
  }
};

export const renderText = (doc: LegalDocument): string => {
  const title = doc.title.toUpperCase();
  const parts = [`${title}\n${'='.repeat(title.length)}`, ...doc.lead.map(block)];
  for (const s of doc.sections) parts.push(`${s.heading}\n${'-'.repeat(s.heading.length)}`, ...s.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
};
