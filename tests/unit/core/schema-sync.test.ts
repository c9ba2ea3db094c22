/** The JSON Schema and the TypeScript types describe the same input; validation lists every problem. */
import { InvalidInputError, compose, inputSchema, validateInput, type LegalPageInput } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { clone } from './helpers';

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; $ref?: string; additionalProperties?: boolean };
const defs = (inputSchema as unknown as { $defs: Record<string, Schema> }).$defs;
const deref = (s: Schema): Schema => (s.$ref ? defs[s.$ref.replace('#/$defs/', '')] : s);

/**
 * Every property path the schema declares, e.g. purposes[].retention.duration.unit. A shared definition is walked
 * at its first use only (e.g. `organisation` under `controller`), so the fixture must use all of it there.
 */
const schemaPaths = (s: Schema, prefix = '', seen = new Set<string>()): string[] => {
  if (s.$ref) {
    if (seen.has(s.$ref)) return [];
    seen.add(s.$ref);
  }
  const schema = deref(s);
  if (schema.type === 'array' && schema.items) return schemaPaths(schema.items, `${prefix}[]`, seen);
  if (!schema.properties) return [];
  return Object.entries(schema.properties).flatMap(([key, child]) => {
    const path = `${prefix}${prefix ? '.' : ''}${key}`;
    return [path, ...schemaPaths(child, path, seen)];
  });
};

/** Every property path present in a value. */
const valuePaths = (value: unknown, prefix = ''): string[] => {
  if (Array.isArray(value)) return value.flatMap((v) => valuePaths(v, `${prefix}[]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => {
      const path = `${prefix}${prefix ? '.' : ''}${key}`;
      return child === undefined ? [] : [path, ...valuePaths(child, path)];
    });
  }
  return [];
};

describe('schema ⇄ types', () => {
  // `fullInput` is typed LegalPageInput: TypeScript rejects any key the types do not declare.
  const full: LegalPageInput = clone(fullInput('privacy-policy'));
  full.page = { ...full.page, title: 'Politique', links: { ...full.page?.links, cookiePolicy: '/cookies' } };
  full.localeCoverage = { locales: ['fr', 'en'], missing: [{ path: '/purposes/0/description', locale: 'en' }] };

  it('the complete typed input validates against the schema (which forbids unknown properties)', () => {
    expect(validateInput(full)).toMatchObject({ valid: true, problems: [] });
  });

  it('the complete typed input uses every property the schema declares', () => {
    const used = new Set(valuePaths(full));
    expect(schemaPaths(inputSchema as unknown as Schema).filter((p) => !used.has(p))).toEqual([]);
  });

  it('every object of the schema forbids additional properties', () => {
    const open = Object.entries(defs).filter(([, s]) => s.type === 'object' && s.additionalProperties !== false);
    expect(open).toEqual([]);
  });
});

describe('validateInput', () => {
  it('lists every problem with its path, without stopping at the first', () => {
    const input = clone(fullInput()) as unknown as Record<string, any>;
    input.locale = 'xx';
    input.controller.email = 'not-an-email';
    input.purposes[0].legalBasis = 'because';
    input.purposes[1].retention.duration.unit = 'fortnights';
    delete input.site.name;
    input.cookies[0].extra = true;
    const result = validateInput(input);
    expect(result.valid).toBe(false);
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/controller/email', '/purposes/0/legalBasis', '/purposes/1/retention/duration/unit', '/site/name', '/cookies/0/extra']),
    );
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('checks cross-references: unknown recipient, duplicate ids, unknown locale, hidden mandatory section', () => {
    const input = clone(fullInput());
    input.locale = 'de';
    input.purposes![0].recipients = ['nobody'];
    input.purposes![1].id = 'accounts';
    input.page!.hidden = ['purposes'];
    input.page!.order = ['nowhere'];
    const result = validateInput(input);
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/locale', '/purposes/0/recipients/0', '/purposes/1/id', '/page/hidden/0', '/page/order/0']),
    );
  });

  it('rejects URLs with other schemes than http(s)', () => {
    const input = clone(fullInput());
    input.controller.website = 'javascript:alert(1)';
    input.page!.links!.privacyPolicy = 'javascript:alert(1)';
    expect(validateInput(input).problems.map((p) => p.path)).toEqual(['/controller/website', '/page/links/privacyPolicy']);
  });

  it('compose refuses invalid input with every problem listed', () => {
    const input = clone(fullInput()) as unknown as Record<string, any>;
    input.kind = 'terms';
    input.controller.kind = 'alien';
    try {
      compose(input);
      throw new Error('compose accepted invalid input');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).problems.map((p) => p.path)).toEqual(expect.arrayContaining(['/kind', '/controller/kind']));
    }
  });
});
