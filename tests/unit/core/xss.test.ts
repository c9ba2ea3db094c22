/**
 * Every OWASP filter-evasion vector, typed into every free-text field of every page kind, comes out inert:
 * no script-capable element, no event handler, no style, no link or source with a scheme other than
 * http(s)/mailto/tel as the browser itself parses it (jsdom's URL parser, after entity decoding).
 */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import {
  compose,
  editorTextFields,
  renderHtml,
  renderMarkdown,
  SECTION_CATALOG,
  validateInput,
  type Block,
  type Inline,
  type LegalPageInput,
  type PageKind,
} from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { XSS_VECTORS } from './fixtures/xss-vectors';
import { clone } from './helpers';

const FORBIDDEN_ELEMENTS = 'script,iframe,frame,frameset,object,embed,applet,base,link,meta,style,svg,math,form,input,button,img,video,audio,source,details,marquee,bgsound,textarea,select';
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** A permissive Markdown reader (accepts every link) shows which links the Markdown output would produce. */
const permissive = new MarkdownIt('default', { html: false });
permissive.validateLink = () => true;
const markdownLinks = (markdown: string): string[] =>
  permissive
    .parse(markdown, {})
    .flatMap((t) => t.children ?? [])
    .filter((t) => t.type === 'link_open' || t.type === 'image')
    .map((t) => t.attrGet('href') ?? t.attrGet('src') ?? '');

const setPointer = (root: unknown, pointer: string, value: string) => {
  const keys = pointer.split('/').slice(1);
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
};

/** The input with every free-text field replaced by `vector`, except those the schema refuses (too long, etc.). */
const poisoned = (kind: PageKind, vector: string): { input: LegalPageInput; refused: string[] } => {
  const original = fullInput(kind);
  const input = clone(original);
  const fields = editorTextFields(input);
  for (const field of fields) setPointer(input, field.path, vector);
  const refused = validateInput(input).problems.map((p) => p.path);
  for (const path of refused) {
    const before = fields.find((f) => f.path === path)?.text;
    if (before !== undefined) setPointer(input, path, before);
  }
  return { input, refused };
};

/** One jsdom window parses every output (a new window per render would take minutes). */
const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html');

const assertInert = (html: string) => {
  const document = parse(html);
  // the full document's head holds only our charset, viewport and title
  expect([...document.head.children].map((e) => e.outerHTML.replace(/>.*$/s, '>'))).toEqual(
    html.startsWith('<!DOCTYPE') ? ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">', '<title>'] : [],
  );
  expect(document.body.querySelectorAll(FORBIDDEN_ELEMENTS)).toHaveLength(0);
  for (const element of document.body.querySelectorAll('*')) {
    for (const attr of element.getAttributeNames()) {
      expect(attr.startsWith('on')).toBe(false);
      expect(attr).not.toBe('style');
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'data'].includes(attr)) {
        const value = element.getAttribute(attr) as string;
        if (value.startsWith('#')) continue;
        expect(SAFE_PROTOCOLS.has(new URL(value, 'https://host.example/').protocol)).toBe(true);
      }
    }
  }
  return document;
};

const unsafeTreeLinks = (blocks: Block[]): string[] => {
  const inline = (nodes: Inline[]): string[] =>
    nodes.flatMap((n) => {
      if (n.type === 'link') return [...(SAFE_PROTOCOLS.has(new URL(n.href, 'https://host.example/').protocol) ? [] : [n.href]), ...inline(n.children)];
      if ('children' in n && Array.isArray(n.children)) return inline(n.children as Inline[]);
      return [];
    });
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return inline(b.children);
      case 'list':
        return b.items.flatMap(unsafeTreeLinks);
      case 'blockquote':
        return unsafeTreeLinks(b.children);
      case 'table':
        return [...inline(b.caption), ...b.header.flatMap(inline), ...b.rows.flatMap((r) => r.flatMap(inline))];
      default:
        return [];
    }
  });
};

describe.each(Object.keys(SECTION_CATALOG) as PageKind[])('%s', (kind) => {
  it(`poisons every free-text field (${editorTextFields(fullInput(kind)).length} fields)`, () => {
    const { refused } = poisoned(kind, XSS_VECTORS[0]);
    // only the postal codes are too short a field for a script tag; the schema refuses them
    expect(refused.every((p) => p.endsWith('/postalCode'))).toBe(true);
    expect(editorTextFields(fullInput(kind)).length).toBeGreaterThan(30);
  });

  it.each(XSS_VECTORS.map((v, i) => [i, v]))('vector %i is inert in HTML: %s', (_, vector) => {
    const { input } = poisoned(kind, vector as string);
    const doc = compose(input);
    const fragment = renderHtml(doc);
    const parsed = assertInert(fragment);
    const full = renderHtml(doc, { document: true });
    expect(full).toContain(fragment);
    assertInert(full);
    expect(unsafeTreeLinks([...doc.lead, ...doc.sections.flatMap((s) => s.blocks)])).toEqual([]);
    // the text is kept, escaped, rather than silently dropped
    expect(parsed.body.textContent?.length).toBeGreaterThan(100);
    const unsafe = markdownLinks(renderMarkdown(doc)).filter((href) => !href.startsWith('#') && !SAFE_PROTOCOLS.has(new URL(href, 'https://host.example/').protocol));
    expect(unsafe).toEqual([]);
  });
});

it('the HTML renderer is safe even without the sanitizer pass', () => {
  for (const vector of XSS_VECTORS) {
    const doc = compose(poisoned('privacy-policy', vector).input);
    assertInert(renderHtml(doc, { sanitize: 'never' }));
  }
});

it('has at least 60 vectors', () => expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60));
