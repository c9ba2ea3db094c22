import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import contentApi from '../../server/src/routes/content-api';
import { compose, PAGE_KINDS, type PageKind } from '../../server/src/core';
import { buildOpenApiSpec, openApiPath, SCHEMAS, type JsonSchema } from '../../server/src/openapi/spec';
import publicPagesController from '../../server/src/public/pages-controller';
import { FORMATS, VERSION_NUMBER_PATTERN } from '../../server/src/public/shape';
import type { PublicPageResponse, PublicVersionsResponse } from '../../server/src/public-types';
import type { PageAddress, VersionMeta } from '../../server/src/public/pages-service';
import { jsonBody, type JsonEnvelope } from '../../server/src/public/representation';
import { fullInput } from './core/fixtures/full';

const spec = buildOpenApiSpec();
type Operation = { parameters: { name: string; in: string; schema: JsonSchema }[]; responses: Record<string, unknown> };
const operation = (path: string, method = 'get') => (spec.paths[path] as Record<string, Operation> | undefined)?.[method];

/** The schemas as the generated document holds them: `$ref`s point into `#/components/schemas`. */
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addKeyword({ keyword: 'components' });
ajv.addSchema({ $id: 'openapi.json', components: spec.components });
const validator = (name: string): ValidateFunction => {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate;
};
const expectValid = (name: string, value: unknown) => {
  const validate = validator(name);
  const valid = validate(value);
  expect(valid ? [] : validate.errors).toEqual([]);
};

// The real controller, on a fake Strapi whose public-pages service answers with one composed version -------------

const SLUG = 'open-data-rennes';
const at = (day: string) => `${day}T00:00:00.000Z`;
const versionMeta = (number: number, extra: Partial<VersionMeta> = {}): VersionMeta => ({
  id: number,
  number,
  effectiveAt: at(`2026-0${number}-01`),
  publishedOn: at(`2026-0${number}-01`),
  changeSummary: number === 1 ? null : `Version ${number}`,
  contentHash: 'a'.repeat(64),
  publishedWithErrors: false,
  withdrawnAt: null,
  withdrawalReason: null,
  consentRevision: null,
  ...extra,
});

const fakeStrapi = (kind: PageKind, versions: VersionMeta[], upcoming: VersionMeta | null = null, locale: 'fr' | 'en' = 'fr') => {
  const document = compose(fullInput(kind, locale));
  const page: PageAddress = { siteDocumentId: 'doc1', slug: SLUG, kind, locale, publishedNow: true, retiredAt: null };
  const service = {
    resolve: async () => page,
    inForceNow: async () => ({ current: versions.find((v) => !v.withdrawnAt) ?? null, upcoming }),
    inForce: async () => ({ current: versions.find((v) => !v.withdrawnAt) ?? null, upcoming: null }),
    inForceOn(_page: PageAddress, date?: Date) {
      return date ? this.inForce() : this.inForceNow();
    },
    byNumber: async (_page: PageAddress, number: number) => versions.find((v) => v.number === number) ?? null,
    list: async () => versions,
    body: async () => ({ html: '<article></article>', markdown: '#', plainText: '', tree: document, treeJson: JSON.stringify(document) }),
    // The bytes the controller sends, uncompressed (the fake request asks for no coding).
    representation: async (_id: number, format: string, _coding: string, envelope?: JsonEnvelope) =>
      Buffer.from(format === 'json' && envelope ? jsonBody(envelope, JSON.stringify(document)) : '<article></article>'),
  };
  return {
    plugin: () => ({ service: () => service }),
    config: { get: () => ({ publicMaxAgeSeconds: 300 }) },
  } as never;
};

const call = async (strapi: never, handler: 'find' | 'findVersion' | 'findVersions', params: Record<string, string>, query: Record<string, string> = {}) => {
  const headers: Record<string, string> = {};
  const ctx = {
    params,
    query,
    querystring: new URLSearchParams(query).toString(),
    request: { header: {} },
    originalUrl: '/api/legal-pages/pages',
    fresh: false,
    status: 404,
    type: '',
    body: undefined as unknown,
    set: (name: string, value: string) => (headers[name] = value),
    get: () => '',
  };
  await (publicPagesController({ strapi })[handler] as (c: unknown) => Promise<void>)(ctx);
  const body = Buffer.isBuffer(ctx.body) ? ctx.body.toString('utf8') : ctx.body;
  return { status: ctx.status, headers, body: typeof body === 'string' ? (JSON.parse(body) as unknown) : body };
};

describe('the OpenAPI description of the public routes', () => {
  it.each(contentApi.routes.map((route) => [route.method, route.path, route.handler]))(
    'documents %s %s (%s): every public route has its path, so a new route without documentation fails here',
    (method, path) => {
      expect(operation(openApiPath(path), method.toLowerCase())).toBeDefined();
    }
  );

  it('writes paths as the documentation plugin does: under the plugin prefix, parameters in braces', () => {
    expect(openApiPath('/pages/:site/:kind/versions/:number')).toBe('/legal-pages/pages/{site}/{kind}/versions/{number}');
    expect(Object.keys(spec.paths).every((path) => path.startsWith('/legal-pages/pages/'))).toBe(true);
  });

  it('leaves out a route it has no operation for instead of failing Strapi’s start', () => {
    const routes = [...contentApi.routes, { method: 'GET', path: '/pages/:site/new', handler: 'public-pages.unknown' }];
    expect(Object.keys(buildOpenApiSpec(routes).paths)).toEqual(Object.keys(spec.paths));
  });

  it('takes the page kinds and formats from the routes’ own constants', () => {
    const find = operation('/legal-pages/pages/{site}/{kind}')!;
    const param = (name: string) => find.parameters.find((p) => p.name === name)!.schema;
    expect(param('kind').enum).toEqual([...PAGE_KINDS]);
    expect(param('format').enum).toEqual(Object.keys(FORMATS));
    expect(find.parameters.map((p) => p.name)).toEqual(['site', 'kind', 'locale', 'format', 'at', 'If-None-Match']);
    expect(Object.keys((find.responses['200'] as { content: object }).content)).toEqual(['application/json', 'text/html', 'text/markdown', 'text/plain']);
    expect(Object.keys(find.responses).sort()).toEqual(['200', '301', '304', '400', '403', '404']);
  });

  it('gives the version number the range of the pattern the route parses it with', () => {
    const number = operation('/legal-pages/pages/{site}/{kind}/versions/{number}')!.parameters.find((p) => p.name === 'number')!.schema;
    const pattern = new RegExp(VERSION_NUMBER_PATTERN);
    expect(pattern.test(String(number.minimum))).toBe(true);
    expect(pattern.test(String(number.maximum))).toBe(true);
    expect(pattern.test(String((number.maximum as number) + 1))).toBe(false);
    expect(pattern.test(String((number.minimum as number) - 1))).toBe(false);
  });

  it('has schemas ajv compiles in strict mode, every component and every parameter', () => {
    for (const name of Object.keys(SCHEMAS)) expect(() => validator(name)).not.toThrow();
    for (const methods of Object.values(spec.paths)) {
      for (const op of Object.values(methods as Record<string, Operation>)) {
        for (const parameter of op.parameters) expect(() => ajv.compile(parameter.schema)).not.toThrow();
      }
    }
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(spec).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(Object.keys(SCHEMAS)).toContain(ref.split('/').pop());
  });
});

describe('real responses against their schemas', () => {
  it.each(PAGE_KINDS.map((kind) => [kind]))('validates the current %s with its document, an upcoming version and its meta', async (kind) => {
    const consent = kind === 'cookie-policy' ? { consentRevision: 2 } : {};
    const strapi = fakeStrapi(kind, [versionMeta(2, consent), versionMeta(1, consent)], versionMeta(3, consent));
    const { status, headers, body } = await call(strapi, 'find', { site: SLUG, kind });
    expect(status).toBe(200);
    expectValid('LegalPagesPageResponse', body);
    const typed = body as PublicPageResponse;
    expect(typed.data).toMatchObject({ site: SLUG, kind, version: 2, changeSummary: 'Version 2' });
    expect(typed.meta.upcoming).toEqual({ version: 3, effectiveAt: at('2026-03-01') });
    expect(typed.data.document.sections.length).toBeGreaterThan(0);
    if (kind === 'cookie-policy') expect([typed.data.consentRevision, typed.meta.consentRevision, headers['X-Legal-Page-Consent-Revision']]).toEqual([2, 2, '2']);
    else expect('consentRevision' in typed.data).toBe(false);
  });

  it('validates a withdrawn version read by number, in English', async () => {
    const withdrawn = versionMeta(2, { withdrawnAt: at('2026-01-15'), withdrawalReason: 'Erreur de date' });
    const strapi = fakeStrapi('legal-notice', [withdrawn, versionMeta(1)], null, 'en');
    const { body } = await call(strapi, 'findVersion', { site: SLUG, kind: 'legal-notice', number: '2' }, { locale: 'en' });
    expectValid('LegalPagesPageResponse', body);
    expect((body as PublicPageResponse).data.withdrawn).toEqual({ at: at('2026-01-15'), reason: 'Erreur de date' });
    expect((body as PublicPageResponse).meta).toEqual({});
  });

  it('validates the versions list', async () => {
    const { body } = await call(fakeStrapi('privacy-policy', [versionMeta(2), versionMeta(1)]), 'findVersions', { site: SLUG, kind: 'privacy-policy' });
    expectValid('LegalPagesVersionsResponse', body);
    expect((body as PublicVersionsResponse).data.map((v) => v.inForce)).toEqual([true, false]);
  });

  it('validates Strapi’s error body, and refuses a response with a field the schema does not know', () => {
    expectValid('LegalPagesError', { data: null, error: { status: 404, name: 'NotFoundError', message: 'This page has not been published', details: {} } });
    const validate = validator('LegalPagesVersion');
    const version = { site: SLUG, kind: 'legal-notice', locale: 'fr', version: 1, effectiveAt: at('2026-01-01'), publishedAt: at('2026-01-01'), changeSummary: null, contentHash: 'x', withdrawn: null };
    expect(validate(version)).toBe(true);
    expect(validate({ ...version, publishedBy: 'someone' })).toBe(false);
  });

  it('checks the document tree node by node', () => {
    const document = JSON.parse(JSON.stringify(compose(fullInput('privacy-policy', 'fr')))) as { lead: unknown[]; sections: { blocks: unknown[] }[] };
    expectValid('LegalPagesDocument', document);
    const validate = validator('LegalPagesDocument');
    expect(validate({ ...document, lead: [{ type: 'paragraph', children: [{ type: 'term', term: 'x', form: 'plain' }] }] })).toBe(false);
    expect(validate({ ...document, sections: [{ ...document.sections[0], blocks: [{ type: 'heading', level: 2, children: [] }] }] })).toBe(false);
  });
});
