/**
 * Everything the core can print, an editor can enter: every property of the core's input schema is produced by the
 * mapping from some content-type field. The documents are generated from the content types themselves (every
 * attribute filled, each enumeration value and both booleans tried in turn), so a new core field with no home, or
 * a content-type field the mapping forgets, fails here.
 */
import { inputSchema } from '../../server/src/core';
import contentTypes from '../../server/src/content-types';
import { toPageInput, type Doc, type PageChoices } from '../../server/src/mapping/to-input';

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; $ref?: string };
type Attribute = { type: string; enum?: string[]; regex?: string; min?: number; relation?: string; target?: string };

const defs = (inputSchema as unknown as { $defs: Record<string, Schema> }).$defs;

/** Every property path of the schema, each shared definition walked at every place it is used. */
const schemaPaths = (s: Schema, prefix = ''): string[] => {
  const schema = s.$ref ? defs[s.$ref.replace('#/$defs/', '')] : s;
  if (schema.type === 'array' && schema.items) return schemaPaths(schema.items, `${prefix}[]`);
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    const path = `${prefix}${prefix ? '.' : ''}${key}`;
    return [path, ...schemaPaths(child, path)];
  });
};

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

const types = contentTypes as unknown as Record<string, { schema: { attributes: Record<string, Attribute> } }>;

/** A value of the attribute's type; `variant` walks through enumeration values and flips booleans. */
const valueOf = (name: string, a: Attribute, variant: number): unknown => {
  switch (a.type) {
    case 'enumeration':
      return a.enum![variant % a.enum!.length];
    case 'boolean':
      return variant % 2 === 0;
    case 'integer':
    case 'decimal':
      return a.min ?? 1;
    case 'email':
      return `${name.toLowerCase()}@example.org`;
    case 'json':
      if (name === 'criteriaResults') return { '1.1': 'C', '1.2': 'NC', '1.3': 'NA' };
      return name === 'publishedLocales' ? ['fr', 'en'] : [];
    default:
      if (a.regex === '^[A-Z]{2}$') return 'FR';
      // Fields typed one item a line, each in its own shape.
      if (name in LINE_VALUES) return LINE_VALUES[name];
      return `${name} text`;
  }
};

const LINE_VALUES: Record<string, string> = {
  criteria: '1.1, 11.10',
  sampledPages: 'Accueil https://example.org/\nRecherche',
  testEnvironment: 'Firefox 128 + NVDA 2024.4\nSafari',
};

let ids = 0;
const documentOf = (type: string, variant: number, depth: number): Doc => {
  const doc: Doc = { documentId: `${type}-${++ids}` };
  for (const [name, a] of Object.entries(types[type].schema.attributes)) {
    if (a.type === 'relation') {
      if (depth >= 2) continue;
      const target = a.target!.replace('plugin::legal-pages.', '');
      const related = () => documentOf(target, variant, depth + 1);
      doc[name] = a.relation === 'manyToOne' ? related() : [related(), documentOf(target, variant + 1, depth + 1)];
    } else {
      doc[name] = valueOf(name, a, variant);
    }
  }
  return doc;
};

/** The page content type's choices, as the composer saves them. */
const choices: PageChoices = {
  title: 'Page title',
  sectionOrder: ['controller'],
  hiddenSections: ['security'],
  customSections: [{ id: 'reuse', title: 'Reuse', body: 'Body', after: 'rights' }],
  effectiveDelayDays: 30,
  introduction: 'Introduction',
};

/**
 * Paths no content type feeds, each for its reason; a key without a dot is a property name, wherever it appears.
 * Anything else the schema declares must be produced.
 */
const NOT_FED: Record<string, string> = {
  complement: 'the street field holds the building or mailbox line (CS, BP), as its help says',
  elision: 'inferred from the first letter of the name',
  'site.designation.plural': 'the designation is a singular noun: the wizard offers its gender only',
  'site.designation.elision': 'inferred from the first letter of the designation',
  'site.designation.article': 'a designation is refused with its article (issue 18, section 4)',
  'dpo.function': 'the DPO contact’s name field takes a name or a function',
  domains: 'read by the e-mail domain checks; the organisation has no field for it yet',
  'transfers[].countryName': 'the locale pack names the country',
  'transfers[].recipient': 'a transfer names its recipient as text (recipientName), not as a relation',
  'rights[].channels[].addressee': 'a right’s own channels are e-mail, web form and address; the addressee is the DPO’s',
  'rights[].channels[].phone': 'a right’s own channels are e-mail, web form and address; the phone is the DPO’s',
  'page.numbering': 'a composer choice the admin does not offer',
  'page.toc': 'a composer choice the admin does not offer',
};

const allowed = (path: string) => path in NOT_FED || path.split('.').some((segment) => !segment.includes('[') && segment in NOT_FED);

describe('the core’s input schema ⇄ what the content types feed', () => {
  const produced = new Set<string>();
  for (let variant = 0; variant < 6; variant++) {
    const site = documentOf('site', variant, 0);
    for (const kind of ['privacy-policy', 'legal-notice', 'accessibility-statement'] as const) {
      const input = toPageInput(site, { kind, locale: 'fr', page: choices, effectiveDate: '2026-01-01', lastUpdated: '2026-01-01', missing: [{ path: '/site', locale: 'en' }] });
      valuePaths(input).forEach((path) => produced.add(path));
    }
  }

  it('every property of the input schema is fed by a content-type field', () => {
    const unfed = [...new Set(schemaPaths(inputSchema as unknown as Schema))].filter((path) => !produced.has(path) && !allowed(path));
    expect(unfed).toEqual([]);
  });

  it('the list of paths left unfed holds only paths that are really unfed', () => {
    expect(Object.keys(NOT_FED).filter((path) => path.includes('.') && produced.has(path))).toEqual([]);
  });
});
