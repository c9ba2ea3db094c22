/**
 * The OpenAPI 3.0 description of the public routes, in the shape the documentation plugin's `registerOverride`
 * takes (`{ tags, paths, components }`), merged into its generated document.
 *
 * Paths come from the routes themselves (routes/content-api.ts) and every enumeration from the constants the routes
 * parse with (PAGE_KINDS, FORMATS, the parameter patterns): no second list to keep in step. A route whose handler
 * has no operation here is left out rather than failing Strapi's start; a unit test fails instead.
 * Pure: no Strapi import.
 */
import contentApi from '../routes/content-api';
import { PAGE_KINDS } from '../core/input/types';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../core/fields/slug';
import { PLUGIN_ID } from '../plugin-id';
import { AT_PATTERN, FORMATS, LOCALE_PATTERN, type Format } from '../public/shape';
import { SCHEMAS, ref, type JsonSchema, type SchemaName } from './schemas';

export { SCHEMAS, type JsonSchema, type SchemaName };

export const TAG = 'Legal pages';

interface Route {
  method: string;
  path: string;
  handler: string;
  config?: Record<string, unknown>;
}

/**
 * A route's path as the generated document writes it: under the plugin's prefix (`/api` is the document's server
 * URL), with `:param` as `{param}`.
 */
export const openApiPath = (routePath: string) => `/${PLUGIN_ID}${routePath.replace(/:([A-Za-z_]\w*)/g, '{$1}')}`;

// Parameters ------------------------------------------------------------------------------------------------------

const site = {
  name: 'site',
  in: 'path',
  required: true,
  description: 'The site’s slug. A former slug of a renamed site answers `301` to the same URL under the new one.',
  schema: { type: 'string', pattern: SLUG_PATTERN, maxLength: SLUG_MAX_LENGTH },
};
const kind = { name: 'kind', in: 'path', required: true, description: 'The page.', schema: { type: 'string', enum: [...PAGE_KINDS] } };
const number = {
  name: 'number',
  in: 'path',
  required: true,
  description: 'The version number.',
  // The route reads digits (VERSION_NUMBER_PATTERN: no sign, no leading zero, nine at most); a unit test checks
  // that this range is the pattern's.
  schema: { type: 'integer', minimum: 1, maximum: 999_999_999 },
};
const locale = {
  name: 'locale',
  in: 'query',
  required: false,
  description: 'The page’s locale, e.g. `fr`. By default the first locale the site published in (fixed at its first publication).',
  schema: { type: 'string', pattern: LOCALE_PATTERN },
};
const format = {
  name: 'format',
  in: 'query',
  required: false,
  description: '`json`: the version with its document tree; `html`: an embeddable, sanitized `<article>`; `markdown`; `text`.',
  schema: { type: 'string', enum: Object.keys(FORMATS), default: 'json' },
};
const at = {
  name: 'at',
  in: 'query',
  required: false,
  description: 'The version in force on that date (at the end of the day, UTC) instead of now. A past date is cached for a year.',
  schema: { type: 'string', format: 'date', pattern: AT_PATTERN },
};
const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The `ETag` of a copy already held: `304 Not Modified` while it is still the answer.',
  schema: { type: 'string' },
};

// Responses -------------------------------------------------------------------------------------------------------

const header = (description: string, schema: JsonSchema = { type: 'string' }) => ({ description, schema });
const pageHeaders = {
  ETag: header('Changes with the version, the format, a scheduled successor and a withdrawal.'),
  'Cache-Control': header(
    '`public, max-age=…`: `publicMaxAgeSeconds`, never past the effective date of a scheduled version; a settled version by number or a past date: a year.'
  ),
  'X-Legal-Page-Version': header('The version number.', { type: 'integer' }),
  'X-Legal-Page-Effective-At': header('When the version took (or takes) effect, ISO 8601.'),
  'X-Legal-Page-Upcoming-Effective-At': header('When the scheduled successor takes effect, if any (current page only).'),
  'X-Legal-Page-Withdrawn-At': header('When the version was withdrawn, if it was.'),
  'X-Legal-Page-Consent-Revision': header('Cookie policies: the consent revision, for a consent manager’s `revision`.', { type: 'integer' }),
};

const mediaType = (value: Format) => FORMATS[value].split(';')[0];

/** One body per format: the JSON tree with its schema, the others as text. */
const pageContent = () =>
  Object.fromEntries(
    (Object.keys(FORMATS) as Format[]).map((value) => [
      mediaType(value),
      { schema: value === 'json' ? ref('LegalPagesPageResponse') : { type: 'string', description: `The version rendered as ${value} (\`format=${value}\`)` } },
    ])
  );

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('LegalPagesError') } } });

const common = {
  '301': {
    description: 'The site was renamed: the same request under its current slug (query string kept).',
    headers: { Location: header('The URL under the current slug.') },
  },
  '400': errorResponse('A malformed parameter (`locale`, `format`, `at` or a version number), or one given twice.'),
  '403': errorResponse('The caller’s role may not read legal pages (the Public role may, from the first install, unless an administrator revoked it).'),
  '404': errorResponse('Unknown site, kind, locale or version; or no version in force (not yet published, not yet in effect, site retired).'),
};

const pageResponses = (ok: string) => ({
  '200': { description: ok, headers: pageHeaders, content: pageContent() },
  ...common,
  '304': { description: 'Not Modified: the `If-None-Match` copy is still the answer.', headers: { ETag: pageHeaders.ETag } },
});

// Operations, by route handler ------------------------------------------------------------------------------------

const OPERATIONS: Record<string, JsonSchema> = {
  'public-pages.find': {
    operationId: 'legalPagesFindPage',
    summary: 'The version of a page in force now, or on a date',
    description:
      'Serves what was composed at publication time. While a version is scheduled, `meta.upcoming` (header `X-Legal-Page-Upcoming-Effective-At`) announces it.',
    parameters: [site, kind, locale, format, at, ifNoneMatch],
    responses: pageResponses('The version in force.'),
  },
  'public-pages.findVersions': {
    operationId: 'legalPagesFindVersions',
    summary: 'Every version of a page, newest first',
    description: 'Withdrawn versions stay listed with `withdrawn`; `inForce` marks the version in force now, and `until` says when each stops being in force.',
    parameters: [site, kind, locale],
    responses: {
      '200': {
        description: 'The versions.',
        headers: { 'Cache-Control': header('`public, max-age=publicMaxAgeSeconds`.') },
        content: { 'application/json': { schema: ref('LegalPagesVersionsResponse') } },
      },
      ...common,
    },
  },
  'public-pages.findVersion': {
    operationId: 'legalPagesFindVersion',
    summary: 'One version of a page, by number',
    description: 'A permanent URL: a version never changes, and a withdrawn one stays readable with `withdrawn`.',
    parameters: [site, kind, number, locale, format, ifNoneMatch],
    responses: pageResponses('The version.'),
  },
  'public-pages.findConsent': {
    operationId: 'legalPagesFindConsent',
    summary: 'The cookies of the cookie policy in force, by category, for a consent manager',
    description: 'From the facts the cookie policy in force was composed from; `consentRevision` is also sent as `X-Legal-Page-Consent-Revision`.',
    parameters: [site, locale, at, ifNoneMatch],
    responses: {
      '200': {
        description: 'The cookies by category.',
        headers: { ETag: pageHeaders.ETag, 'Cache-Control': pageHeaders['Cache-Control'], 'X-Legal-Page-Consent-Revision': pageHeaders['X-Legal-Page-Consent-Revision'] },
        content: { 'application/json': { schema: ref('LegalPagesConsentResponse') } },
      },
      ...common,
      '304': { description: 'Not Modified.', headers: { ETag: pageHeaders.ETag } },
    },
  },
  'public-pages.findMention': {
    operationId: 'legalPagesFindAccessibilityMention',
    summary: 'The accessibility conformity mention of the statement in force, for every page’s footer',
    parameters: [site, locale, ifNoneMatch],
    responses: {
      '200': {
        description: 'The mention.',
        headers: { ETag: pageHeaders.ETag, 'Cache-Control': pageHeaders['Cache-Control'] },
        content: { 'application/json': { schema: ref('LegalPagesMentionResponse') } },
      },
      ...common,
      '304': { description: 'Not Modified.', headers: { ETag: pageHeaders.ETag } },
    },
  },
};

/**
 * Anonymous requests are served (the Public role may read, from the first install), which the document's default
 * `security` (a bearer token on every route) would deny; a token is still honoured where an administrator revoked
 * the Public role's access. `bearerAuth` is the scheme the documentation plugin's default configuration defines.
 */
const SECURITY = [{}, { bearerAuth: [] }];

/** The part of the OpenAPI document the plugin contributes; `routes` is only replaced by tests. */
export const buildOpenApiSpec = (routes: readonly Route[] = contentApi.routes) => {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const operation = OPERATIONS[route.handler];
    if (!operation) continue;
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: { tags: [TAG], security: SECURITY, ...operation } };
  }
  return {
    tags: [{ name: TAG, description: 'Published legal pages (privacy policy, its summary, cookie policy, legal notice): public, read-only.' }],
    paths,
    components: { schemas: { ...SCHEMAS } as Record<SchemaName, JsonSchema> },
  };
};
export type OpenApiSpec = ReturnType<typeof buildOpenApiSpec>;
