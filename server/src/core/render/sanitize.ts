/**
 * Last line of defence on HTML output: a strict allow-list of the elements and attributes the renderer emits.
 * Editor text has already been parsed into tree nodes and escaped, so the output is safe by construction; this
 * module enforces it. `verifyAllowList` is a fast scan that checks every tag and attribute against the allow-list;
 * whenever it finds anything else, or when asked to always, sanitize-html rewrites the HTML with the same list.
 */
import sanitizeHtml from 'sanitize-html';
import { isSafeHref } from '../safe-url';

const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  article: ['class', 'lang'],
  section: ['aria-labelledby'],
  nav: ['aria-label'],
  h2: ['id'],
  a: ['href'],
  time: ['datetime'],
  th: ['scope'],
};

const ALLOWED_TAGS = new Set([
  'article', 'section', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code',
  'pre', 'blockquote', 'br', 'time', 'dfn', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
]);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([tag, attrs]) => [tag, [...attrs]])),
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  exclusiveFilter: (frame) => frame.tag === 'a' && frame.attribs.href !== undefined && !isSafeHref(frame.attribs.href),
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};

export const sanitizeFragment = (html: string): string => sanitizeHtml(html, OPTIONS);

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/y;
const ATTRIBUTE = /\s+([a-z-]+)="([^"]*)"/g;
const unescape = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string);

/** True when every `<` opens an allowed tag with allowed attributes and safe links. */
export const verifyAllowList = (html: string): boolean => {
  let at = html.indexOf('<');
  while (at !== -1) {
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match || !ALLOWED_TAGS.has(match[2])) return false;
    if (match[1] && match[3]) return false;
    for (const [, name, value] of match[3].matchAll(ATTRIBUTE)) {
      if (!ALLOWED_ATTRIBUTES[match[2]]?.includes(name)) return false;
      if (name === 'href' && !isSafeHref(unescape(value))) return false;
    }
    at = html.indexOf('<', TAG.lastIndex);
  }
  return true;
};

export type SanitizeMode = 'verify' | 'always' | 'never';

export const enforceAllowList = (html: string, mode: SanitizeMode): string => {
  if (mode === 'never') return html;
  if (mode === 'verify' && verifyAllowList(html)) return html;
  return sanitizeFragment(html);
};
