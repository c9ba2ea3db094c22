/**
 * JSON Schema (draft 2020-12 subset understood by ajv) of `LegalPageInput`. Shape and formats only: legal
 * completeness is the job of `checkCompliance`. Kept in sync with `types.ts` by tests/unit/core/schema-sync.test.ts.
 */
import {
  ANSWERS,
  CHANNEL_TYPES,
  COLLECTION_SOURCES,
  COOKIE_CATEGORIES,
  CRITERION_RESULTS,
  DURATION_UNITS,
  END_ACTIONS,
  LEGAL_BASES,
  ORGANISATION_KINDS,
  PAGE_KINDS,
  RECIPIENT_KINDS,
  REQUIREMENT_KINDS,
  RIGHT_KINDS,
  SAFEGUARDS,
} from './types';
import { HTTP_URL_PATTERN, PAGE_LINK_PATTERN } from '../fields/contact';
import { COUNTRY_CODE_PATTERN } from '../fields/country';
import { EMAIL_MAX_LENGTH } from '../fields/email';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../fields/slug';
import { LOCALE_CODE_PATTERN } from './locale-code';

/** Shared with the Content Manager's field, so both refuse the same text. */
export const DATA_SOURCES_MAX_LENGTH = 2000;

const short = { type: 'string', minLength: 1, maxLength: 500 } as const;
const sentence = { type: 'string', maxLength: 5000 } as const;
const markdown = { type: 'string', maxLength: 50000 } as const;
const email = { type: 'string', format: 'email', maxLength: EMAIL_MAX_LENGTH } as const;
const httpUrl = { type: 'string', format: 'uri', pattern: HTTP_URL_PATTERN, maxLength: 2000 } as const;
const phone = { type: 'string', pattern: '^\\+?[0-9 .()\\-]{4,25}$' } as const;
/** An absolute http(s) URL or a site-relative path such as /politique-de-confidentialite. */
const pageLink = { type: 'string', pattern: PAGE_LINK_PATTERN, maxLength: 2000 } as const;
const isoDate = { type: 'string', format: 'date' } as const;
const country = { type: 'string', pattern: COUNTRY_CODE_PATTERN } as const;
const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$' } as const;
/** An RGAA criterion: topic and number, "1.1" to "13.12". */
export const RGAA_CRITERION_PATTERN = '^[1-9][0-9]?\\.[1-9][0-9]?$';
export const RGAA_VERSION_PATTERN = '^[1-9][0-9]?(\\.[0-9]{1,2}){0,2}$';
/** RGAA 4.1 has 106 criteria; room is left for a later version. */
const RGAA_CRITERIA_MAX = 200;
const criterion = { type: 'string', pattern: RGAA_CRITERION_PATTERN } as const;
const enumOf = (values: readonly string[]) => ({ type: 'string', enum: [...values] }) as const;
const answer = enumOf(ANSWERS);
const ref = (name: string) => ({ $ref: `#/$defs/${name}` }) as const;
const arrayOf = (items: object, maxItems = 1000) => ({ type: 'array', items, maxItems }) as const;

const object = (properties: Record<string, object>, required: string[] = []) =>
  ({ type: 'object', additionalProperties: false, properties, required }) as const;

const gender = { enum: ['m', 'f'] } as const;

const nounGrammar = {
  gender: { enum: ['m', 'f'] },
  plural: { type: 'boolean' },
  elision: { type: 'boolean' },
  article: { enum: ['definite', 'none'] },
};

export const inputSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/strapi-plugin-legal-pages/core/input.schema.json',
  title: 'LegalPageInput',
  ...object(
    {
      kind: enumOf(PAGE_KINDS),
      locale: { type: 'string', pattern: LOCALE_CODE_PATTERN },
      site: ref('site'),
      controller: ref('organisation'),
      dpo: ref('dpo'),
      publisher: ref('organisation'),
      directorOfPublication: ref('person'),
      host: ref('organisation'),
      contactPoint: object({ role: short, email, phone, url: httpUrl, address: ref('address') }, ['role']),
      documentsOfficer: object({ name: short, title: short, gender, email, phone, address: ref('address') }, ['name']),
      introduction: markdown,
      editorialManagement: markdown,
      intellectualProperty: markdown,
      dataLicence: object({ name: short, url: httpUrl, text: markdown }),
      applicableLaw: object({ law: short, courts: short }),
      personalDataNote: markdown,
      security: markdown,
      securityMeasures: answer,
      cookieManagement: markdown,
      purposes: arrayOf(ref('purpose')),
      minors: object({ digitalConsentAge: { type: 'integer', minimum: 13, maximum: 16 }, parentalConsent: markdown }),
      automatedDecisions: answer,
      recipients: arrayOf(ref('recipient')),
      recipientsOutside: answer,
      processorContracts: answer,
      transfers: arrayOf(ref('transfer')),
      transfersOutsideEea: answer,
      rights: arrayOf(ref('right')),
      rightsExercise: object({ channels: arrayOf(ref('channel'), 20), identityProof: markdown }),
      cookies: arrayOf(ref('cookie')),
      cookiesUsed: answer,
      supervisoryAuthority: object(
        { name: short, address: ref('address'), website: httpUrl, complaintUrl: httpUrl },
        ['name'],
      ),
      accessibility: ref('accessibility'),
      effectiveDate: isoDate,
      lastUpdated: isoDate,
      page: ref('page'),
      localeCoverage: object(
        {
          locales: arrayOf({ type: 'string', minLength: 2, maxLength: 20 }, 50),
          missing: arrayOf(object({ path: { type: 'string', maxLength: 500 }, locale: short }, ['path', 'locale']), 10000),
        },
        ['locales', 'missing'],
      ),
    },
    ['kind', 'locale', 'site', 'controller'],
  ),
  $defs: {
    address: object(
      { street: short, complement: short, postalCode: { type: 'string', minLength: 1, maxLength: 20 }, city: short, country },
      ['street', 'postalCode', 'city'],
    ),
    person: object({ name: short, title: short, gender }, ['name']),
    designation: object({ text: short, ...nounGrammar }, ['text']),
    site: object({ name: short, slug: { type: 'string', pattern: SLUG_PATTERN, maxLength: SLUG_MAX_LENGTH }, baseUrl: httpUrl, designation: ref('designation') }, ['name', 'slug', 'baseUrl']),
    organisation: object(
      {
        legalName: short,
        kind: enumOf(ORGANISATION_KINDS),
        nameGrammar: object(nounGrammar),
        legalForm: short,
        address: ref('address'),
        phone,
        email,
        website: httpUrl,
        registration: object({ siret: short, siren: short, rcs: short, rm: short, vat: short, rna: short }),
        shareCapital: object(
          { amount: { type: 'number', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
          ['amount', 'currency'],
        ),
        representative: ref('person'),
        domains: arrayOf({ type: 'string', pattern: '^[a-z0-9.-]+\\.[a-z]{2,}$' }, 50),
      },
      ['legalName', 'kind'],
    ),
    dpo: object(
      {
        appointed: { type: 'boolean' },
        name: short,
        function: short,
        external: { type: 'boolean' },
        organisation: short,
        email,
        address: ref('address'),
        phone,
        webFormUrl: httpUrl,
      },
      ['appointed'],
    ),
    duration: object(
      { value: { type: 'integer', minimum: 1, maximum: 1000 }, unit: enumOf(DURATION_UNITS) },
      ['value', 'unit'],
    ),
    purpose: object(
      {
        id,
        title: short,
        description: markdown,
        legalBasis: enumOf(LEGAL_BASES),
        legalBasisReference: object({ citation: short, url: httpUrl }, ['citation']),
        legitimateInterest: sentence,
        dataSubjects: arrayOf(short, 100),
        dataCategories: arrayOf(short, 100),
        collectedFrom: enumOf(COLLECTION_SOURCES),
        dataSources: arrayOf({ type: 'string', minLength: 1, maxLength: DATA_SOURCES_MAX_LENGTH }, 100),
        recipients: arrayOf(id, 200),
        retention: ref('retention'),
        retentionRules: arrayOf(ref('retention'), 50),
        requirement: object({ kind: enumOf(REQUIREMENT_KINDS), consequence: sentence }, ['kind']),
        automatedDecision: object({ exists: { type: 'boolean' }, logic: sentence, consequences: sentence }, ['exists']),
        offeredToChildren: { type: 'boolean' },
      },
      ['id', 'title'],
    ),
    retention: object({
      duration: ref('duration'),
      criterion: sentence,
      startEvent: short,
      endAction: enumOf(END_ACTIONS),
      legalReference: short,
      appliesTo: short,
    }),
    recipient: object(
      { id, name: short, kind: enumOf(RECIPIENT_KINDS), description: sentence, country },
      ['id', 'name', 'kind'],
    ),
    transfer: object(
      {
        country,
        countryName: short,
        recipient: id,
        safeguard: enumOf(SAFEGUARDS),
        safeguardDetails: sentence,
        copyUrl: httpUrl,
      },
      ['country'],
    ),
    channel: object(
      { type: enumOf(CHANNEL_TYPES), email, address: ref('address'), addressee: short, url: httpUrl, phone },
      ['type'],
    ),
    right: object(
      {
        kind: enumOf(RIGHT_KINDS),
        reference: short,
        howToExercise: markdown,
        channels: arrayOf(ref('channel'), 20),
        conditions: markdown,
      },
      ['kind'],
    ),
    cookie: object(
      {
        name: short,
        provider: short,
        purpose: sentence,
        duration: ref('duration'),
        session: { type: 'boolean' },
        consentRequired: { type: 'boolean' },
        category: enumOf(COOKIE_CATEGORIES),
      },
      ['name', 'provider', 'purpose', 'consentRequired'],
    ),
    audit: object(
      {
        date: isoDate,
        auditor: short,
        rgaaVersion: { type: 'string', pattern: RGAA_VERSION_PATTERN },
        applicableCriteria: { type: 'integer', minimum: 0, maximum: RGAA_CRITERIA_MAX },
        metCriteria: { type: 'integer', minimum: 0, maximum: RGAA_CRITERIA_MAX },
        criteria: arrayOf(object({ id: criterion, result: enumOf(CRITERION_RESULTS) }, ['id', 'result']), RGAA_CRITERIA_MAX),
        pages: arrayOf(object({ title: short, url: httpUrl }, ['title']), 200),
        technologies: arrayOf(short, 50),
        environment: arrayOf(object({ browser: short, assistiveTechnology: short }, ['browser']), 50),
        tools: arrayOf(short, 50),
      },
      ['date', 'auditor', 'rgaaVersion'],
    ),
    accessibility: object({
      audit: ref('audit'),
      multiYearPlanUrl: httpUrl,
      actionPlanUrl: httpUrl,
      nonConformities: arrayOf(object({ description: sentence, criteria: arrayOf(criterion, RGAA_CRITERIA_MAX) }, ['description']), 500),
      derogations: arrayOf(object({ description: sentence, justification: sentence, alternative: sentence }, ['description']), 200),
      exemptions: arrayOf(object({ description: sentence, reason: sentence }, ['description']), 200),
      feedback: object({ email, url: httpUrl, phone, address: ref('address') }),
      establishedOn: isoDate,
      updatedOn: isoDate,
      substantialChangeOn: isoDate,
    }),
    page: object({
      title: short,
      order: arrayOf({ type: 'string', maxLength: 110 }, 200),
      hidden: arrayOf({ type: 'string', maxLength: 110 }, 200),
      customSections: arrayOf(
        object({ id, title: short, body: markdown, after: { type: 'string', maxLength: 110 } }, ['id', 'title', 'body']),
        50,
      ),
      numbering: { enum: ['articles', 'none'] },
      toc: { type: 'boolean' },
      links: object({ privacyPolicy: pageLink, cookiePolicy: pageLink, legalNotice: pageLink, accessibilityStatement: pageLink, consentManager: pageLink }),
      noticeDays: { type: 'integer', minimum: 0, maximum: 365 },
    }),
  },
} as const;

export type InputSchema = typeof inputSchema;
