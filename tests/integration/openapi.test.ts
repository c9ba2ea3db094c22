import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PAGE_KINDS } from '../../server/src/core';
import { FORMATS } from '../../server/src/public/shape';
import { SCHEMAS } from '../../server/src/openapi/schemas';

/** What harness/openapi-process.js prints: the legal pages' part of the documentation plugin's generated document. */
interface Report {
  openapi: string;
  version: string;
  file: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  schemas: Record<string, Record<string, unknown>>;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: { type?: string; enum?: unknown[] };
}
interface Operation {
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}

const PAGE = '/legal-pages/pages/{site}/{kind}';
const VERSIONS = '/legal-pages/pages/{site}/{kind}/versions';
const VERSION = '/legal-pages/pages/{site}/{kind}/versions/{number}';

const names = (operation: Operation, where: string) => operation.parameters.filter((p) => p.in === where).map((p) => p.name).sort();
const parameter = (operation: Operation, name: string) => operation.parameters.find((p) => p.name === name)!;

describe('the OpenAPI document of @strapi/plugin-documentation', () => {
  let report: Report;

  beforeAll(async () => {
    // A process of its own: the run's Strapi has the documentation plugin off (it writes files at every start). It
    // shares the run's database (the environment global-setup prepared) and only reads it.
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'harness/openapi-process.js')], {
      env: { ...process.env, PLAYGROUND_DOCUMENTATION: 'true' },
      maxBuffer: 20 * 1024 * 1024,
    });
    const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{"openapi"'));
    if (!line) throw new Error(`the playground printed no OpenAPI report:\n${stdout}`);
    report = JSON.parse(line) as Report;
  }, 180000);

  it('holds the three public routes, under the /api server', () => {
    expect(report.openapi).toMatch(/^3\./);
    expect(report.servers.some((server) => server.url.endsWith('/api'))).toBe(true);
    for (const route of [PAGE, VERSIONS, VERSION]) expect(report.paths[route]?.get).toBeDefined();
  });

  it('documents the parameters, with the kinds and formats the routes accept', () => {
    const page = report.paths[PAGE].get;
    expect(names(page, 'path')).toEqual(['kind', 'site']);
    expect(names(page, 'query')).toEqual(['at', 'format', 'locale']);
    expect(parameter(page, 'kind').schema.enum).toEqual([...PAGE_KINDS]);
    expect(parameter(page, 'format').schema.enum).toEqual(Object.keys(FORMATS));

    expect(names(report.paths[VERSIONS].get, 'query')).toEqual(['locale']);

    const version = report.paths[VERSION].get;
    expect(names(version, 'path')).toEqual(['kind', 'number', 'site']);
    expect(names(version, 'query')).toEqual(['format', 'locale']);
    expect(parameter(version, 'number')).toMatchObject({ required: true, schema: { type: 'integer' } });
  });

  it('documents the status codes and the response schemas, which are in the document', () => {
    for (const route of [PAGE, VERSION]) {
      const { responses } = report.paths[route].get;
      expect(Object.keys(responses).sort()).toEqual(expect.arrayContaining(['200', '301', '304', '400', '404']));
      expect(responses['200'].content!['application/json'].schema.$ref).toBe('#/components/schemas/LegalPagesPageResponse');
      expect(Object.keys(responses['200'].content!)).toEqual(expect.arrayContaining(['text/html', 'text/markdown', 'text/plain']));
      expect(responses['404'].content!['application/json'].schema.$ref).toBe('#/components/schemas/LegalPagesError');
    }
    const list = report.paths[VERSIONS].get.responses;
    expect(list['200'].content!['application/json'].schema.$ref).toBe('#/components/schemas/LegalPagesVersionsResponse');

    for (const name of ['LegalPagesPageResponse', 'LegalPagesVersionsResponse', 'LegalPagesError', 'LegalPagesDocument', 'LegalPagesVersion']) {
      expect(report.schemas[name]).toMatchObject({ type: 'object' });
    }
    const data = (report.schemas.LegalPagesPageResponse.properties as Record<string, { properties: Record<string, unknown> }>).data;
    expect(Object.keys(data.properties)).toEqual(expect.arrayContaining(['site', 'kind', 'locale', 'version', 'effectiveAt', 'contentHash', 'document']));
  });

  it('does not guess paths or schemas from the plugin’s content types, which are not public', () => {
    expect(Object.keys(report.paths).every((route) => route.startsWith('/legal-pages/pages/'))).toBe(true);
    expect(Object.keys(report.schemas).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });
});
