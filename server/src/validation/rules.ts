import { REQUIREMENT_KINDS } from '../core/input/types';
import { criteriaOf, criterionResult } from '../mapping/accessibility';
import { RGAA_CRITERION_PATTERN } from '../core/input/schema';
import { siretProblem, sirenProblem, normaliseIdentifier } from '../core/fields';
import { CORE_FIELD_RULES, coreFieldProblems } from './core-fields';

export interface Problem {
  path: string[];
  message: string;
}

type Entry = Record<string, unknown>;
type Check = (entry: Entry) => Problem[];

const present = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

const requiredWhen =
  (field: string, condition: (entry: Entry) => boolean, reason: string): Check =>
  (entry) =>
    condition(entry) && !present(entry[field]) ? [{ path: [field], message: `${field} is required ${reason}` }] : [];

const siretMatchesSiren: Check = (entry) => {
  const { siret, siren } = entry;
  if (typeof siret !== 'string' || typeof siren !== 'string' || siretProblem(siret) || sirenProblem(siren)) return [];
  return normaliseIdentifier(siret).startsWith(normaliseIdentifier(siren))
    ? []
    : [{ path: ['siret'], message: 'siret must begin with the 9 digits of siren' }];
};

/** A duration is a positive number with its unit, or else a criterion. */
const duration: Check = (entry) => {
  const hasValue = present(entry.durationValue);
  const hasUnit = present(entry.durationUnit);
  if (hasValue && !hasUnit) return [{ path: ['durationUnit'], message: 'durationUnit is required with durationValue' }];
  if (hasUnit && !hasValue) return [{ path: ['durationValue'], message: 'durationValue is required with durationUnit' }];
  if (!hasValue && !present(entry.criterion)) {
    return [{ path: ['durationValue'], message: 'give a duration (durationValue and durationUnit) or a criterion' }];
  }
  return [];
};

const cookieDuration: Check = (entry) => {
  if (entry.durationUnit === 'session') {
    return present(entry.durationValue) ? [{ path: ['durationValue'], message: 'durationValue must be empty for a session cookie' }] : [];
  }
  return present(entry.durationValue) ? [] : [{ path: ['durationValue'], message: 'durationValue is required unless the cookie lasts the session' }];
};

const localeList =
  (field: string, allowed: () => string[]): Check =>
  (entry) => {
    const value = entry[field];
    if (!present(value)) return [];
    const locales = allowed();
    if (!Array.isArray(value) || value.some((code) => typeof code !== 'string')) {
      return [{ path: [field], message: `${field} must be a list of locale codes such as ["fr", "en"]` }];
    }
    const unknown = value.filter((code) => !locales.includes(code));
    return unknown.length
      ? [{ path: [field], message: `${field} has locales the plugin does not compose: ${unknown.join(', ')} (configured: ${locales.join(', ')})` }]
      : [];
  };

const CRITERION = new RegExp(RGAA_CRITERION_PATTERN);

/** The audit's numbers must agree: the conformity status is computed from them. */
const auditCounts: Check = (entry) => {
  const { applicableCriteria: applicable, metCriteria: met } = entry;
  if (present(applicable) !== present(met)) {
    const missing = present(applicable) ? 'metCriteria' : 'applicableCriteria';
    return [{ path: [missing], message: `${missing} is required with the other count of criteria` }];
  }
  return typeof applicable === 'number' && typeof met === 'number' && met > applicable
    ? [{ path: ['metCriteria'], message: `metCriteria (${met}) cannot exceed applicableCriteria (${applicable})` }]
    : [];
};

/** {"1.1": "C", "1.2": "NC", "1.3": "NA"}: RGAA criteria and their results. */
const criteriaResults: Check = (entry) => {
  const value = entry.criteriaResults;
  if (!present(value)) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [{ path: ['criteriaResults'], message: 'criteriaResults must be an object such as {"1.1": "C", "1.2": "NC", "1.3": "NA"}' }];
  }
  const wrong = Object.entries(value as Record<string, unknown>).filter(([id, result]) => !CRITERION.test(id.trim()) || !criterionResult(result));
  return wrong.length
    ? [{ path: ['criteriaResults'], message: `criteriaResults has entries that are not an RGAA criterion with C, NC or NA: ${wrong.map(([id]) => id).join(', ')}` }]
    : [];
};

/** "1.1, 3.2": every item an RGAA criterion. */
const criteriaList: Check = (entry) => {
  const value = entry.criteria;
  if (!present(value) || typeof value !== 'string') return [];
  const items = value.split(/[\s,;]+/).filter(Boolean);
  return items.length === criteriaOf(value).length ? [] : [{ path: ['criteria'], message: 'criteria must be RGAA criteria separated by commas, such as "1.1, 3.2"' }];
};

/** A derogation is only lawful with its reason and an accessible alternative (décret 2019-768). */
const derogation = (field: string): Check => requiredWhen(field, (e) => e.kind === 'derogation', 'for a disproportionate-burden derogation');

const CONTACT_CHANNELS = ['contactEmail', 'contactPhone', 'contactUrl', 'contactStreet'];
const OFFICER_DETAILS = ['documentsOfficerTitle', 'documentsOfficerEmail', 'documentsOfficerPhone', 'documentsOfficerStreet'];

/** The requirement kinds under which the person must provide the data, so the page must say what happens if not. */
const MANDATORY_REQUIREMENTS = REQUIREMENT_KINDS.filter((kind) => kind !== 'optional' && kind !== 'automatic');

/** Rules between fields, and of a field's presence: each field's own format is the core's (core-fields.ts). */
const crossFieldRules = (configuredLocales: () => string[]): Record<string, Check[]> => ({
  organisation: [
    requiredWhen(
      'supervisoryAuthorityName',
      (e) => ['supervisoryAuthorityStreet', 'supervisoryAuthorityWebsite', 'supervisoryAuthorityComplaintUrl'].some((field) => present(e[field])),
      'when the supervisory authority’s address or links are given'
    ),
    siretMatchesSiren,
  ],
  'retention-period': [duration],
  purpose: [
    requiredWhen('legalBasisReference', (e) => present(e.legalBasisReferenceUrl), 'with legalBasisReferenceUrl: the page prints the citation as the link’s text'),
    requiredWhen('legitimateInterest', (e) => e.legalBasis === 'legitimate-interests', 'when the legal basis is legitimate interests (GDPR Art. 6(1)(f), 13(1)(d))'),
    requiredWhen('dataSources', (e) => e.collectedFromDataSubject === false, 'when the data is not collected from the person (GDPR Art. 14(2)(f))'),
    requiredWhen('automatedDecisionLogic', (e) => e.automatedDecision === true, 'when there is automated decision-making (GDPR Art. 13(2)(f))'),
    requiredWhen(
      'requirementConsequence',
      // An unknown value is left to the enumeration's own message, which names the right field.
      (e) => (MANDATORY_REQUIREMENTS as readonly unknown[]).includes(e.requirement),
      'when providing the data is required (GDPR Art. 13(2)(e))'
    ),
  ],
  cookie: [cookieDuration],
  'accessibility-audit': [auditCounts, criteriaResults],
  'accessibility-content': [criteriaList, derogation('justification'), derogation('alternative')],
  site: [
    localeList('publishedLocales', configuredLocales),
    requiredWhen('contactRole', (e) => CONTACT_CHANNELS.some((field) => present(e[field])), 'with a contact point: the page prints it labelled with what it is for'),
    requiredWhen('contactEmail', (e) => present(e.contactRole) && !CONTACT_CHANNELS.some((field) => present(e[field])), 'with contactRole, unless a phone, a URL or an address is given'),
    requiredWhen('documentsOfficerName', (e) => OFFICER_DETAILS.some((field) => present(e[field])), 'when the documents officer’s title or contact is given'),
  ],
});

/** Every check of a content type's entries, by the type's name: its fields held to the core's rules, then the rest. */
export const rulesFor = (configuredLocales: () => string[]): Record<string, Check[]> => {
  const cross = crossFieldRules(configuredLocales);
  const names = new Set([...Object.keys(CORE_FIELD_RULES), ...Object.keys(cross)]);
  return Object.fromEntries(
    [...names].map((name) => {
      const fields = CORE_FIELD_RULES[name];
      return [name, [...(fields ? [(entry: Entry) => coreFieldProblems(fields, entry)] : []), ...(cross[name] ?? [])]];
    })
  );
};
