/**
 * The JSON schemas (OpenAPI 3.0 dialect: `nullable`, no `type: [..., 'null']`) of the public JSON, under names
 * prefixed `LegalPages`: the documentation plugin merges every plugin's schemas into one `components.schemas`.
 *
 * They mirror the types of `public-types.ts` and `core/tree.ts`; a unit test validates real responses against them,
 * and `additionalProperties: false` makes it fail when a field is added to a response but not here.
 * Pure: no Strapi import.
 */
import { COOKIE_CATEGORIES, PAGE_KINDS } from '../core/input/types';
import { CONFORMITY_STATUSES } from '../core/accessibility';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../core/fields/slug';

export type JsonSchema = Record<string, unknown>;

/** Where a component lives in the generated document; also the `$ref` the paths use. */
export const ref = (name: SchemaName): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** An object whose listed properties are all required unless named in `optional`; no other property allowed. */
const object = (properties: Record<string, JsonSchema>, optional: string[] = [], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  ...extra,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  properties,
  additionalProperties: false,
});

const string = (description?: string): JsonSchema => ({ type: 'string', ...(description ? { description } : {}) });
const nullableString = (description?: string): JsonSchema => ({ ...string(description), nullable: true });
const dateTime = (description: string, nullable = false): JsonSchema => ({ type: 'string', format: 'date-time', description, ...(nullable ? { nullable } : {}) });
const tag = (value: string | number): JsonSchema => ({ type: typeof value === 'number' ? 'integer' : 'string', enum: [value] });
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

const inlines = (): JsonSchema => arrayOf(ref('LegalPagesInline'));
const blocks = (): JsonSchema => arrayOf(ref('LegalPagesBlock'));

/** The inline nodes of the tree once composed: `term` nodes are resolved into text before a version is stored. */
const inline: JsonSchema = {
  description: 'An inline node; `type` tells which. References (`ref`) are resolved: `number` is null on an unnumbered page.',
  oneOf: [
    object({ type: tag('text'), value: string() }),
    object({ type: tag('strong'), children: inlines() }),
    object({ type: tag('emphasis'), children: inlines() }),
    object({ type: tag('code'), value: string() }),
    object({ type: tag('link'), href: string('A safe URL (http, https, mailto, tel or a relative address)'), children: inlines() }),
    object({ type: tag('break') }),
    object({ type: tag('date'), iso: string('The date, YYYY-MM-DD'), text: string('The date as the page prints it') }),
    object({ type: tag('dfn'), term: string('The term defined here, e.g. "la Métropole"'), children: inlines() }),
    object(
      { type: tag('ref'), target: string('The id of the section referred to'), number: { type: 'integer', nullable: true }, anchor: string(), children: inlines() },
      ['number', 'anchor', 'children']
    ),
  ],
};

const block: JsonSchema = {
  description: 'A block node; `type` tells which.',
  oneOf: [
    object({ type: tag('paragraph'), children: inlines() }),
    object({ type: tag('heading'), level: { type: 'integer', enum: [3, 4, 5, 6] }, children: inlines() }),
    object({ type: tag('list'), ordered: { type: 'boolean' }, items: arrayOf(blocks()) }),
    object({ type: tag('table'), caption: inlines(), header: arrayOf(inlines()), rows: arrayOf(arrayOf(inlines())) }),
    object({ type: tag('blockquote'), children: blocks() }),
    object({ type: tag('code'), value: string() }),
  ],
};

const section: JsonSchema = object(
  {
    id: string('Stable identifier, e.g. `purposes`, or `custom-<id>` for an editor’s free-text section'),
    anchor: string('The HTML anchor (id of its heading); stable across reordering and locales'),
    number: { type: 'integer', nullable: true, description: 'Article number; null when the page is not numbered' },
    title: string(),
    heading: string('The full heading, e.g. "Article 3. Finalités et bases légales"'),
    custom: { type: 'boolean' },
    blocks: blocks(),
  },
  [],
  { description: 'A section (article) of the page.' }
);

const document: JsonSchema = object(
  {
    type: tag('legal-document'),
    formatVersion: tag(1),
    kind: { type: 'string', enum: [...PAGE_KINDS] },
    locale: string(),
    title: string(),
    site: object({ name: string(), slug: string(), baseUrl: string() }),
    effectiveDate: nullableString('The date the page states it applies from (YYYY-MM-DD)'),
    lastUpdated: nullableString('The date the page states it was last updated (YYYY-MM-DD)'),
    lead: { ...blocks(), description: 'Unnumbered text before the first section' },
    sections: arrayOf(ref('LegalPagesSection')),
    toc: object({ show: { type: 'boolean' }, label: string() }, [], { description: 'Whether renderers print a table of contents, and its label' }),
  },
  [],
  { description: 'The page as a JSON tree (`formatVersion` 1), to render in a frontend’s own design.' }
);

const mention: JsonSchema = object(
  {
    status: { type: 'string', enum: [...CONFORMITY_STATUSES], description: 'Computed from the audit, never typed' },
    rate: { type: 'integer', minimum: 0, maximum: 100, nullable: true, description: 'Share of applicable RGAA criteria met, in %' },
    label: string('The mention in the page’s language, e.g. “Accessibilité : partiellement conforme”'),
    url: nullableString('Where the statement is published'),
  },
  [],
  { description: 'The accessibility conformity mention.' }
);

const versionProperties: Record<string, JsonSchema> = {
  site: { type: 'string', pattern: SLUG_PATTERN, maxLength: SLUG_MAX_LENGTH, description: 'The site’s slug today' },
  kind: { type: 'string', enum: [...PAGE_KINDS] },
  locale: string(),
  version: { type: 'integer', minimum: 1, description: 'The version number; a version never changes once published' },
  effectiveAt: dateTime('From this moment the version is the one in force (unless withdrawn before)'),
  publishedAt: dateTime('When the version was published'),
  changeSummary: nullableString('The editor’s summary of what changed'),
  contentHash: string('SHA-256 of the published content'),
  withdrawn: {
    ...object({ at: dateTime('When it was withdrawn'), reason: string() }),
    nullable: true,
    description: 'Set when the version was withdrawn before it took effect: it was never in force',
  },
  consentRevision: {
    type: 'integer',
    minimum: 1,
    nullable: true,
    description: 'Cookie policies only (absent on other kinds): moves only when the cookie facts change materially',
  },
  accessibility: {
    ...mention,
    nullable: true,
    description: 'Accessibility statements only (absent on other kinds): the conformity mention for every page’s footer',
  },
};
const OPTIONAL_VERSION_FIELDS = ['consentRevision', 'accessibility'];

const mentionResponse: JsonSchema = object(
  {
    data: object(
      { site: string(), locale: string(), version: { type: 'integer', minimum: 1 }, effectiveAt: dateTime('When the statement took effect'), ...(mention.properties as Record<string, JsonSchema>) },
      []
    ),
  },
  [],
  { description: 'The footer mention of the accessibility statement in force.' }
);

const consentCookie: JsonSchema = object({
  name: string(),
  provider: string(),
  purpose: string(),
  lifetime: string('As the page states it, e.g. “13 mois”'),
  duration: {
    ...object({ value: { type: 'integer', minimum: 1 }, unit: string('e.g. days, months, years') }),
    nullable: true,
    description: 'The lifetime as entered; null for a session cookie or an unstated one',
  },
  session: { type: 'boolean' },
  consentRequired: { type: 'boolean' },
});

const consentResponse: JsonSchema = object(
  {
    data: object({
      site: string(),
      locale: string(),
      version: { type: 'integer', minimum: 1 },
      consentRevision: { type: 'integer', minimum: 1, nullable: true, description: 'Moves only when the cookie facts change materially' },
      categories: arrayOf(
        object({
          category: { type: 'string', enum: [...COOKIE_CATEGORIES], nullable: true, description: 'null: cookies given no category' },
          label: nullableString('The category’s name in the page’s language'),
          consentRequired: { type: 'boolean', description: 'Whether any of its cookies needs consent' },
          cookies: arrayOf(consentCookie),
        })
      ),
    }),
    meta: { type: 'object' },
  },
  [],
  { description: 'The cookies of the cookie policy in force, by category, for a consent manager.' }
);

const version: JsonSchema = object(versionProperties, OPTIONAL_VERSION_FIELDS, { description: 'What the public sees of a version.' });

const pageMeta: JsonSchema = object(
  {
    upcoming: {
      ...object({ version: { type: 'integer', minimum: 1 }, effectiveAt: dateTime('When it takes effect') }),
      nullable: true,
      description: 'The version scheduled to replace this one (null: none); only on the current page without `at`',
    },
    consentRevision: { type: 'integer', minimum: 1, nullable: true, description: 'Cookie policies only, as `data.consentRevision`' },
  },
  ['upcoming', 'consentRevision']
);

const pageResponse: JsonSchema = object(
  {
    data: object({ ...versionProperties, document: ref('LegalPagesDocument') }, OPTIONAL_VERSION_FIELDS),
    meta: pageMeta,
  },
  [],
  { description: 'A version with its document tree (`format=json`).' }
);

const versionsResponse: JsonSchema = object(
  {
    data: arrayOf(
      object(
        {
          ...versionProperties,
          inForce: { type: 'boolean', description: 'Whether this is the version in force now (at most one)' },
          until: dateTime(
            'When the version stops being in force: the next version’s effective date, or the site’s retirement; null while nothing is scheduled after it, and for a version never in force',
            true
          ),
        },
        OPTIONAL_VERSION_FIELDS
      )
    ),
    meta: object({
      site: string(),
      kind: { type: 'string', enum: [...PAGE_KINDS] },
      locale: string(),
      count: { type: 'integer', minimum: 1 },
      retiredAt: dateTime('From this moment none of the site’s pages is in force; null while the site is not retired', true),
    }),
  },
  [],
  { description: 'Every version of the page in that locale, newest first.' }
);

/** Strapi's error body; the documentation plugin's own `Error` schema says the same, but it may be overridden. */
const error: JsonSchema = object(
  {
    data: { type: 'object', nullable: true, description: 'Always null' },
    error: object(
      {
        status: { type: 'integer' },
        name: string('e.g. NotFoundError, ValidationError'),
        message: string('What was wrong, e.g. which locales the page exists in'),
        details: { type: 'object' },
      },
      ['details']
    ),
  },
  [],
  { description: 'An error: `404` for an unknown site, kind, locale or version, `400` for a malformed parameter.' }
);

export const SCHEMAS = {
  LegalPagesInline: inline,
  LegalPagesBlock: block,
  LegalPagesSection: section,
  LegalPagesDocument: document,
  LegalPagesVersion: version,
  LegalPagesPageResponse: pageResponse,
  LegalPagesVersionsResponse: versionsResponse,
  LegalPagesError: error,
  LegalPagesAccessibilityMention: mention,
  LegalPagesMentionResponse: mentionResponse,
  LegalPagesConsentResponse: consentResponse,
} satisfies Record<string, JsonSchema>;
export type SchemaName = keyof typeof SCHEMAS;
