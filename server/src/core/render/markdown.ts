/** CommonMark output. Every text is escaped, so editor input can never turn into markup or links. */
import type { LegalDocument } from '../tree';
import { isSafeHref } from '../safe-url';
import { escapeMarkdown as esc } from './escape';
import { indentAfterFirst, textWalker } from './walk';

const { parts } = textWalker({
  name: 'renderMarkdown',
  text: esc,
  strong: (inner) => `**${inner}**`,
  emphasis: (inner) => `*${inner}*`,
  dfn: (inner) => `*${inner}*`,
  code: (value) => `\`${value.replace(/`/g, "'")}\``,
  lineBreak: '\\\n',
  date: esc,
  ref: (inner, node) => `[${inner}](#${node.anchor ?? node.target})`,
  link: (inner, href) => (isSafeHref(href) ? `[${inner}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : inner),
  heading: (inner, level) => `${'#'.repeat(level)} ${inner}`,
  list: (items, ordered) =>
    items
      .map((item, i) => {
        const marker = ordered ? `${i + 1}. ` : '- ';
        return marker + indentAfterFirst(item.join('\n\n'), ' '.repeat(marker.length));
      })
      .join('\n'),
  table: (caption, header, rows) => {
    const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
    return [`*${caption}*`, '', row(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(row)].join('\n');
  },
  blockquote: (children) => children.join('\n\n').split('\n').map((line) => `> ${line}`).join('\n'),
  codeBlock: (value) => ['```', value.replace(/```/g, "'''"), '```'].join('\n'),
});

export const renderMarkdown = (doc: LegalDocument): string => `${parts(doc, (title) => `# ${esc(title)}`, (heading) => `## ${esc(heading)}`).join('\n\n')}\n`;
