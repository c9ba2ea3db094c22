import { inputRuleAt, inputRuleProblem } from '../core/input/validate';
import { RGAA_VERSION_PATTERN } from '../core/input/schema';
import { designationProblem, httpUrlProblem, pageLinkProblem, phoneProblem, rnaProblem, siretProblem, sirenProblem, vatProblem } from '../core/fields';
import { prefixedName } from '../content-types/attributes';
import { SITE_ANSWERS } from '../mapping/to-input';
import type { Problem } from './rules';

/**
 * Which rule of the core each field of the plugin's content types is held to, so the Content Manager refuses at save
 * time what publication would refuse later. `schema` is a JSON Pointer into the core's input schema
 * (core/input/schema.ts): the field is checked as the value it becomes in the input (mapping/to-input.ts), trimmed.
 * `check` is a stricter format check of the core (core/fields), run first: its words are the editor's. `each`: the
 * field holds a list whose every item is held to the rule.
 *
 * Fields absent here reach the core through a relation, a computation or a parser of their own
 * (mapping/accessibility.ts), or not at all.
 */
export interface FieldRule {
  schema: string;
  check?: (value: string) => string | null;
  each?: true;
}

type Rules = Record<string, FieldRule>;

const ROOT = '/properties';
const ADDRESS = '/$defs/address/properties';
const ORGANISATION = '/$defs/organisation/properties';
const PERSON = '/$defs/person/properties';
const CHANNEL = '/$defs/channel/properties';
const PURPOSE = '/$defs/purpose/properties';
const ACCESSIBILITY = '/$defs/accessibility/properties';
const LINKS = '/$defs/page/properties/links/properties';

const rule = (schema: string, check?: FieldRule['check']): FieldRule => (check ? { schema, check } : { schema });
const url = (schema: string) => rule(schema, httpUrlProblem);
const phone = (schema: string) => rule(schema, phoneProblem);
const pageLink = (schema: string) => rule(schema, pageLinkProblem);

/** Flattened postal address fields, as content-types/attributes.ts names them. */
const address = (prefix = ''): Rules =>
  Object.fromEntries(['street', 'postalCode', 'city', 'country'].map((name) => [prefixedName(prefix, name), rule(`${ADDRESS}/${name}`)]));

const PAGE_LINKS = ['privacyPolicy', 'cookiePolicy', 'legalNotice', 'consentManager', 'accessibilityStatement'] as const;

const CHANNELS = { email: (schema: string) => rule(schema), phone, url } as const;

/** A contact's fields named after their prefix (contactEmail, contactPhone…) and its flattened postal address. */
const contact = (prefix: string, schema: string, channels: ReadonlyArray<keyof typeof CHANNELS>): Rules => ({
  ...Object.fromEntries(channels.map((channel) => [prefixedName(prefix, channel), CHANNELS[channel](`${schema}/${channel}`)])),
  ...address(prefix),
});

const REGISTRATION = `${ORGANISATION}/registration/properties`;
const AUTHORITY = `${ROOT}/supervisoryAuthority/properties`;
const CONTACT = `${ROOT}/contactPoint/properties`;
const OFFICER = `${ROOT}/documentsOfficer/properties`;
const FEEDBACK = `${ACCESSIBILITY}/feedback/properties`;
const DURATION = '/$defs/duration/properties';

const RGAA_VERSION = new RegExp(RGAA_VERSION_PATTERN);
/** The schema's pattern, in words an editor reads. */
const rgaaVersionProblem = (value: string) => (RGAA_VERSION.test(value.trim()) ? null : 'must be a version number such as 4.1');

export const CORE_FIELD_RULES: Record<string, Rules> = {
  organisation: {
    name: rule(`${ORGANISATION}/legalName`),
    kind: rule(`${ORGANISATION}/kind`),
    legalForm: rule(`${ORGANISATION}/legalForm`),
    ...address(),
    phone: phone(`${ORGANISATION}/phone`),
    email: rule(`${ORGANISATION}/email`),
    website: url(`${ORGANISATION}/website`),
    siret: rule(`${REGISTRATION}/siret`, siretProblem),
    siren: rule(`${REGISTRATION}/siren`, sirenProblem),
    rcs: rule(`${REGISTRATION}/rcs`),
    rm: rule(`${REGISTRATION}/rm`),
    rna: rule(`${REGISTRATION}/rna`, rnaProblem),
    vatNumber: rule(`${REGISTRATION}/vat`, vatProblem),
    shareCapital: rule(`${ORGANISATION}/shareCapital/properties/amount`),
    shareCapitalCurrency: rule(`${ORGANISATION}/shareCapital/properties/currency`),
    representativeName: rule(`${PERSON}/name`),
    representativeTitle: rule(`${PERSON}/title`),
    supervisoryAuthorityName: rule(`${AUTHORITY}/name`),
    ...address('supervisoryAuthority'),
    supervisoryAuthorityWebsite: url(`${AUTHORITY}/website`),
    supervisoryAuthorityComplaintUrl: url(`${AUTHORITY}/complaintUrl`),
  },
  'dpo-contact': {
    name: rule('/$defs/dpo/properties/name'),
    email: rule('/$defs/dpo/properties/email'),
    phone: phone('/$defs/dpo/properties/phone'),
    webFormUrl: url('/$defs/dpo/properties/webFormUrl'),
    ...address(),
  },
  purpose: {
    title: rule(`${PURPOSE}/title`),
    description: rule(`${PURPOSE}/description`),
    legalBasis: rule(`${PURPOSE}/legalBasis`),
    legalBasisReference: rule(`${PURPOSE}/legalBasisReference/properties/citation`),
    legalBasisReferenceUrl: url(`${PURPOSE}/legalBasisReference/properties/url`),
    legitimateInterest: rule(`${PURPOSE}/legitimateInterest`),
    dataSources: rule(`${PURPOSE}/dataSources/items`),
    requirement: rule(`${PURPOSE}/requirement/properties/kind`),
    requirementConsequence: rule(`${PURPOSE}/requirement/properties/consequence`),
    automatedDecisionLogic: rule(`${PURPOSE}/automatedDecision/properties/logic`),
    automatedDecisionConsequences: rule(`${PURPOSE}/automatedDecision/properties/consequences`),
  },
  'data-category': { name: rule(`${PURPOSE}/dataCategories/items`) },
  'data-subject': { name: rule(`${PURPOSE}/dataSubjects/items`) },
  recipient: {
    name: rule('/$defs/recipient/properties/name'),
    kind: rule('/$defs/recipient/properties/kind'),
    description: rule('/$defs/recipient/properties/description'),
    country: rule('/$defs/recipient/properties/country'),
  },
  'retention-period': {
    durationValue: rule(`${DURATION}/value`),
    durationUnit: rule(`${DURATION}/unit`),
    criterion: rule('/$defs/retention/properties/criterion'),
    startEvent: rule('/$defs/retention/properties/startEvent'),
    endAction: rule('/$defs/retention/properties/endAction'),
    legalReference: rule('/$defs/retention/properties/legalReference'),
    appliesTo: rule('/$defs/retention/properties/appliesTo'),
  },
  right: {
    kind: rule('/$defs/right/properties/kind'),
    reference: rule('/$defs/right/properties/reference'),
    howToExercise: rule('/$defs/right/properties/howToExercise'),
    conditions: rule('/$defs/right/properties/conditions'),
    email: rule(`${CHANNEL}/email`),
    webFormUrl: url(`${CHANNEL}/url`),
    ...address('postal'),
  },
  // The unit is not mapped: a cookie's "session" is no duration unit of the core, the mapping turns it into `session`.
  cookie: {
    name: rule('/$defs/cookie/properties/name'),
    provider: rule('/$defs/cookie/properties/provider'),
    purpose: rule('/$defs/cookie/properties/purpose'),
    category: rule('/$defs/cookie/properties/category'),
    durationValue: rule(`${DURATION}/value`),
  },
  transfer: {
    country: rule('/$defs/transfer/properties/country'),
    safeguard: rule('/$defs/transfer/properties/safeguard'),
    safeguardDetail: rule('/$defs/transfer/properties/safeguardDetails'),
    copyUrl: url('/$defs/transfer/properties/copyUrl'),
  },
  'accessibility-audit': {
    date: rule('/$defs/audit/properties/date'),
    auditor: rule('/$defs/audit/properties/auditor'),
    rgaaVersion: rule('/$defs/audit/properties/rgaaVersion', rgaaVersionProblem),
    applicableCriteria: rule('/$defs/audit/properties/applicableCriteria'),
    metCriteria: rule('/$defs/audit/properties/metCriteria'),
  },
  // Non-conformities, derogations and exemptions hold their description to the same length.
  'accessibility-content': {
    description: rule(`${ACCESSIBILITY}/nonConformities/items/properties/description`),
    justification: rule(`${ACCESSIBILITY}/derogations/items/properties/justification`),
    alternative: rule(`${ACCESSIBILITY}/derogations/items/properties/alternative`),
  },
  site: {
    name: rule('/$defs/site/properties/name'),
    slug: rule('/$defs/site/properties/slug'),
    baseUrl: url('/$defs/site/properties/baseUrl'),
    publishedLocales: { schema: `${ROOT}/locale`, each: true },
    designation: rule('/$defs/designation/properties/text', designationProblem),
    contactRole: rule(`${CONTACT}/role`),
    ...contact('contact', CONTACT, ['email', 'phone', 'url']),
    directorOfPublicationName: rule(`${PERSON}/name`),
    directorOfPublicationTitle: rule(`${PERSON}/title`),
    editorialManagement: rule(`${ROOT}/editorialManagement`),
    intellectualProperty: rule(`${ROOT}/intellectualProperty`),
    dataLicence: rule(`${ROOT}/dataLicence/properties/name`),
    dataLicenceUrl: url(`${ROOT}/dataLicence/properties/url`),
    dataLicenceText: rule(`${ROOT}/dataLicence/properties/text`),
    personalDataNote: rule(`${ROOT}/personalDataNote`),
    documentsOfficerName: rule(`${OFFICER}/name`),
    documentsOfficerTitle: rule(`${OFFICER}/title`),
    ...contact('documentsOfficer', OFFICER, ['email', 'phone']),
    applicableLaw: rule(`${ROOT}/applicableLaw/properties/law`),
    competentCourts: rule(`${ROOT}/applicableLaw/properties/courts`),
    // privacyPolicyUrl… : the page's links, one per kind.
    ...Object.fromEntries(PAGE_LINKS.map((link) => [`${link}Url`, pageLink(`${LINKS}/${link}`)])),
    // The yes/no answers share their names with the input's.
    ...Object.fromEntries(SITE_ANSWERS.map((answer) => [answer, rule(`${ROOT}/${answer}`)])),
    security: rule(`${ROOT}/security`),
    identityProof: rule(`${ROOT}/rightsExercise/properties/identityProof`),
    cookieManagement: rule(`${ROOT}/cookieManagement`),
    digitalConsentAge: rule(`${ROOT}/minors/properties/digitalConsentAge`),
    parentalConsent: rule(`${ROOT}/minors/properties/parentalConsent`),
    multiYearPlanUrl: url(`${ACCESSIBILITY}/multiYearPlanUrl`),
    actionPlanUrl: url(`${ACCESSIBILITY}/actionPlanUrl`),
    ...contact('accessibilityFeedback', FEEDBACK, ['email', 'url', 'phone']),
    accessibilityEstablishedOn: rule(`${ACCESSIBILITY}/establishedOn`),
    accessibilityUpdatedOn: rule(`${ACCESSIBILITY}/updatedOn`),
    substantiallyChangedOn: rule(`${ACCESSIBILITY}/substantialChangeOn`),
  },
};

const NUMERIC = new Set(['number', 'integer']);

/**
 * A stored value as the core receives it: text trimmed, blank text absent (mapping/to-input.ts does the same), a
 * number some databases hand back as text read as a number.
 */
export const asInputValue = (schema: string, value: unknown): unknown => {
  if (value === null || value === undefined) return undefined;
  // A date given to the Document Service as an object is stored as its day.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return NUMERIC.has(String(inputRuleAt(schema)?.type)) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};

/** Why one value breaks its field's rule, or null: the core's format check in its words first, then the schema. */
const valueProblem = (rule: FieldRule, value: unknown, schemaProblem: typeof inputRuleProblem): string | null => {
  const input = asInputValue(rule.schema, value);
  if (input === undefined) return null;
  if (rule.check) {
    const problem = typeof value === 'string' ? rule.check(value) : 'must be text';
    if (problem) return problem;
  }
  return schemaProblem(rule.schema, input);
};

/**
 * The problems of an entry's fields under their rules, one per field at most, worded "field reason". A list field
 * whose value is no list is left to the check of its own shape (validation/rules.ts).
 */
export const coreFieldProblems = (rules: Rules, entry: Record<string, unknown>, schemaProblem = inputRuleProblem): Problem[] =>
  Object.entries(rules).flatMap(([field, rule]) => {
    const value = entry[field];
    const values = rule.each ? (Array.isArray(value) ? value : []) : [value];
    const problem = values.map((item) => valueProblem(rule, item, schemaProblem)).find((found) => found !== null);
    return problem ? [{ path: [field], message: `${field} ${problem}` }] : [];
  });
