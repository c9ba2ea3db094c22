/** Format checks of contact channels. Each returns null when the value is fine, or the reason it is not. */

/**
 * The characters RFC 3986 allows in a URI, percent escapes well formed. The core's JSON Schema and the Content
 * Manager's checks use these patterns both, so a value the Content Manager accepts is one publication accepts.
 */
const URI_CHAR = "(?:[A-Za-z0-9._~:/?#@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})";
export const HTTP_URL_PATTERN = `^https?://${URI_CHAR}+$`;
/** An absolute http(s) URL or a path of the site itself: "/x", never "//host" nor "/\\host". */
export const PAGE_LINK_PATTERN = `^(?:https?://${URI_CHAR}+|/(?!/)${URI_CHAR}*)$`;

const URL_CHARACTERS_REASON = 'may contain only the characters a URL allows: no spaces, quotes, <, >, \\, { } or accented letters (percent-encode them)';

const HTTP_URL = new RegExp(HTTP_URL_PATTERN);
const PAGE_LINK = new RegExp(PAGE_LINK_PATTERN);

export const httpUrlProblem = (value: string): string | null => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL such as https://example.org/';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// or http://';
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'must name a full host such as example.org';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (!HTTP_URL.test(value)) return URL_CHARACTERS_REASON;
  return null;
};

/** A link to one of the site's own pages: an absolute URL as above, or a path starting with a single "/". */
export const pageLinkProblem = (value: string): string | null => {
  if (!value.startsWith('/')) return httpUrlProblem(value) && 'must be an absolute https:// URL or a path starting with /';
  if (value.startsWith('//') || value.startsWith('/\\')) return 'must be a path of the site itself: "/x", not "//host" or "/\\host", which leave the site';
  return PAGE_LINK.test(value) ? null : URL_CHARACTERS_REASON;
};

/**
 * A phone number as printed on a legal page: international (+33 4 73 98 34 00) or national digits with the usual
 * separators (04 73 98 34 00, 04.73.98.34.00).
 */
export const phoneProblem = (value: string): string | null => {
  const trimmed = value.trim();
  if (!/^\+?[\d\s.()-]+$/.test(trimmed)) return 'may contain only digits, spaces, dots, dashes, brackets and a leading +';
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 4 || digits.length > 15) return 'must have between 4 and 15 digits';
  return null;
};
