import type { LegalDocument } from '../tree';
import { renderHtml, type HtmlOptions } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderText } from './text';

export const OUTPUT_FORMATS = ['html', 'markdown', 'text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const render = (doc: LegalDocument, format: OutputFormat, htmlOptions?: HtmlOptions): string => {
  switch (format) {
    case 'html':
      return renderHtml(doc, htmlOptions);
    case 'markdown':
      return renderMarkdown(doc);
    case 'text':
      return renderText(doc);
    case 'json':
      return renderJson(doc);
  }
};

/** Every format at once: what a publication stores. */
export const renderAll = (doc: LegalDocument, htmlOptions?: HtmlOptions): Record<OutputFormat, string> => ({
  html: renderHtml(doc, htmlOptions),
  markdown: renderMarkdown(doc),
  text: renderText(doc),
  json: renderJson(doc),
});

export { renderHtml, renderJson, renderMarkdown, renderText };
export type { HtmlOptions };
