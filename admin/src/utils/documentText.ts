/** Plain text of a published version's JSON tree, section by section, for comparing two versions. */

type Node = { type?: string; value?: string; text?: string; children?: Node[]; items?: Node[][]; caption?: Node[]; header?: Node[][]; rows?: Node[][][]; href?: string };

const inline = (nodes: Node[] | undefined): string =>
  (nodes ?? [])
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.value ?? '';
        case 'break':
          return '\n';
        case 'date':
          return node.text ?? '';
        case 'link': {
          const label = inline(node.children);
          return node.href && label !== node.href && !/^(mailto|tel):/.test(node.href) ? `${label} (${node.href})` : label;
        }
        default:
          return inline(node.children);
      }
    })
    .join('');

const block = (b: Node): string => {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return inline(b.children);
    case 'list':
      return (b.items ?? []).map((item) => `- ${item.map(block).join('\n  ')}`).join('\n');
    case 'table':
      return [inline(b.caption), (b.header ?? []).map(inline).join(' | '), ...(b.rows ?? []).map((row) => row.map(inline).join(' | '))].join('\n');
    case 'blockquote':
      return (b.children ?? []).map(block).join('\n');
    case 'code':
      return b.value ?? '';
    default:
      return '';
  }
};

export interface SectionText {
  id: string;
  heading: string;
  text: string;
}

interface DocumentLike {
  title?: string;
  lead?: Node[];
  sections?: Array<{ id: string; heading: string; blocks: Node[] }>;
}

export const sectionTexts = (doc: DocumentLike): SectionText[] => [
  { id: '__lead', heading: doc.title ?? '', text: (doc.lead ?? []).map(block).join('\n\n') },
  ...(doc.sections ?? []).map((s) => ({ id: s.id, heading: s.heading, text: s.blocks.map(block).join('\n\n') })),
];
