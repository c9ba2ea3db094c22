/** Plain text: for emails, terminals and plain-text archives. Links are written "label (url)". */
import type { LegalDocument } from '../tree';
import { indentAfterFirst, PLAIN_INLINE, textWalker } from './walk';

const { parts } = textWalker({
  ...PLAIN_INLINE,
  name: 'renderText',
  heading: (inner) => inner.toUpperCase(),
  list: (items, ordered) =>
    items
      .map((item, i) => {
        const marker = ordered ? `${i + 1}. ` : '- ';
        return marker + indentAfterFirst(item.join('\n'), ' '.repeat(marker.length));
      })
      .join('\n'),
  table: (caption, header, rows) => [caption, `(${header.join(' | ')})`, ...rows.map((row) => `- ${row.join(' | ')}`)].join('\n'),
  blockquote: (children) => children.join('\n').split('\n').map((line) => `  ${line}`).join('\n'),
});

export const renderText = (doc: LegalDocument): string => {
  const underline = (text: string, mark: string) => `${text}\n${mark.repeat(text.length)}`;
  return `${parts(doc, (title) => underline(title.toUpperCase(), '='), (heading) => underline(heading, '-')).join('\n\n')}\n`;
};
