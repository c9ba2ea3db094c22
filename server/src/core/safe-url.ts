/**
 * The only link targets a legal page may carry: http(s), mailto, tel, in-page anchors and site-relative paths.
 * Anything else (javascript:, vbscript:, data:, file:, obfuscated schemes) is refused.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Control characters and whitespace browsers strip or ignore when reading a URL scheme. */
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

const decodeForInspection = (url: string): string => {
  let decoded = url;
  for (let i = 0; i < 3; i += 1) {
    let next = decoded
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16) % 0x110000))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
      .replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()] ?? '');
    try {
      next = decodeURIComponent(next);
    } catch {
      // leave undecodable percent sequences as they are
    }
    if (next === decoded) break;
    decoded = next;
  }
  return decoded.replace(IGNORED_BY_BROWSERS, '');
};

/**
 * Browsers read "\" as "/" and drop tabs and newlines inside a URL, so "/\evil.example", "/\t/evil.example" and
 * "//evil.example" all leave the site: a site-relative path is one whose second character (as the browser reads it)
 * is neither slash.
 */
const LEAVES_THE_SITE = /^[/\\]{2}|^\\/;

export const isSafeHref = (url: string): boolean => {
  const inspected = decodeForInspection(url);
  if (inspected === '' || LEAVES_THE_SITE.test(inspected)) return false;
  const scheme = /^([^:/?#\\]*):/.exec(inspected);
  if (!scheme) return true;
  return ALLOWED_SCHEMES.has(scheme[1].toLowerCase());
};

/** `tel:` target for a printed phone number: digits with a leading +, French national numbers made international. */
export const telHref = (phone: string, country = 'FR'): string => {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (country === 'FR' && /^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`;
  return `tel:${digits}`;
};
