/**
 * The public routes' formats and parameter shapes, without Strapi: the parser (params.ts), the webhook payload
 * and the OpenAPI document all read them here, so the documentation cannot drift from what the routes accept.
 */

export const FORMATS = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;
export type Format = keyof typeof FORMATS;

/** `?locale=`: a language code with optional subtags, e.g. `fr` or `en-GB` (the core's one pattern). */
export { LOCALE_CODE_PATTERN as LOCALE_PATTERN } from '../core/input/locale-code';
/** `?at=`: a calendar date; the routes read it as the end of that day (UTC). */
export const AT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** `/versions/:number`: a positive whole number of at most nine digits. */
export const VERSION_NUMBER_PATTERN = '^[1-9]\\d{0,8}$';
