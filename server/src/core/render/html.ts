/** Semantic HTML: one h1, an h2 with a stable id per section, lists, tables, links. Fragment or full document. */
import type { Block, Inline, LegalDocument, Section } from '../tree';
import { isSafeHref } from '../safe-url';
import { escapeHtml as esc } from './escape';
import { enforceAllowList, type SanitizeMode } from './sanitize';

export interface HtmlOptions {
  /** A complete HTML5 document (for validation or standalone pages) instead of an embeddable `<article>`. */
  document?: boolean;
  /** Prefix of every id and in-page link, to avoid clashes in the host page. */
  idPrefix?: string;
  /**
   * Allow-list enforcement on the output: 'verify' (default) scans every tag and attribute and runs sanitize-html
   * if anything is off the list; 'always' runs sanitize-html unconditionally; 'never' (or false) skips both.
   */
  sanitize?: SanitizeMode | boolean;
}

/** Phone numbers must not wrap inside a tel: link. */
const nonBreaking = (value: string) => value.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

const inline = (nodes: Inline[], prefix: string, tel = false): string => {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += esc(tel ? nonBreaking(node.value) : node.value);
        break;
      case 'strong':
        out += `<strong>${inline(node.children, prefix, tel)}</strong>`;
        break;
      case 'emphasis':
        out += `<em>${inline(node.children, prefix, tel)}</em>`;
        break;
      case 'code':
        out += `<code>${esc(node.value)}</code>`;
        break;
      case 'break':
        out += '<br>';
        break;
      case 'date':
        out += `<time datetime="${esc(node.iso)}">${esc(node.text)}</time>`;
        break;
      case 'dfn':
        out += `<dfn>${inline(node.children, prefix, tel)}</dfn>`;
        break;
      case 'ref':
        out += `<a href="#${esc(prefix + (node.anchor ?? node.target))}">${inline(node.children ?? [], prefix)}</a>`;
        break;
      case 'link': {
        const isTel = node.href.startsWith('tel:');
        const content = inline(node.children, prefix, isTel);
        out += isSafeHref(node.href) ? `<a href="${esc(node.href)}">${content}</a>` : content;
        break;
      }
      case 'term':
        throw new Error('renderHtml: unresolved term (compose() resolves every term)');
    }
  }
  return out;
};

const block = (b: Block, prefix: string): string => {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b.children, prefix)}</p>`;
    case 'heading':
      return `<h${b.level}>${inline(b.children, prefix)}</h${b.level}>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((item) => {
        const only = item.length === 1 && item[0].type === 'paragraph' ? item[0] : null;
        return `<li>${only ? inline(only.children, prefix) : item.map((x) => block(x, prefix)).join('')}</li>`;
      });
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'table': {
      const head = b.header.map((cell) => `<th scope="col">${inline(cell, prefix)}</th>`).join('');
      const rows = b.rows.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell, prefix)}</td>`).join('')}</tr>`).join('\n');
      return `<table><caption>${inline(b.caption, prefix)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    }
    case 'blockquote':
      return `<blockquote>${b.children.map((x) => block(x, prefix)).join('')}</blockquote>`;
    case 'code':
      return `<pre><code>${esc(b.value)}</code></pre>`;
  }
};

const section = (s: Section, prefix: string): string => {
  const id = esc(prefix + s.anchor);
  return [`<section aria-labelledby="${id}">`, `<h2 id="${id}">${esc(s.heading)}</h2>`, ...s.blocks.map((b) => block(b, prefix)), '</section>'].join('\n');
};

const toc = (doc: LegalDocument, prefix: string): string[] =>
  doc.toc.show && doc.sections.length
    ? [
        `<nav aria-label="${esc(doc.toc.label)}"><ol>`,
        ...doc.sections.map((s) => `<li><a href="#${esc(prefix + s.anchor)}">${esc(s.heading)}</a></li>`),
        '</ol></nav>',
      ]
    : [];

export const renderHtml = (doc: LegalDocument, options: HtmlOptions = {}): string => {
  const prefix = options.idPrefix ?? '';
  const article = [
    `<article class="legal-page legal-page--${esc(doc.kind)}" lang="${esc(doc.locale)}">`,
    `<h1>${esc(doc.title)}</h1>`,
    ...doc.lead.map((b) => block(b, prefix)),
    ...toc(doc, prefix),
    ...doc.sections.map((s) => section(s, prefix)),
    '</article>',
  ].join('\n');
  const mode: SanitizeMode = options.sanitize === false ? 'never' : options.sanitize === true ? 'always' : options.sanitize ?? 'verify';
  const safe = enforceAllowList(article, mode);
  if (!options.document) return safe;
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(doc.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${doc.title} – ${doc.site.name}`)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    safe,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
