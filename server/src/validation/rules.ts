import { httpUrlProblem, phoneProblem, siretProblem, sirenProblem, vatProblem, normaliseIdentifier } from '../core/fields';

export interface Problem {
  path: string[];
  message: string;
}

type Entry = Record<string, unknown>;
type Check = (entry: Entry) => Problem[];

const present = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/** Applies a format check to a field when it holds a value. */
const format =
  (field: string, check: (value: string) => string | null, label = field): Check =>
  (entry) => {
    const value = entry[field];
    if (!present(value)) return [];
    const problem = typeof value === 'string' ? check(value) : 'must be text';
    return problem ? [{ path: [field], message: `${label} ${problem}` }] : [];
  };

const requiredWhen =
  (field: string, condition: (entry: Entry) => boolean, reason: string): Check =>
  (entry) =>
    condition(entry) && !present(entry[field]) ? [{ path: [field], message: `${field} is required ${reason}` }] : [];

const url = (field: string) => format(field, httpUrlProblem);
const pageLink = (field: string) =>
  format(field, (value) => (/^\/(?!\/)\S*$/.test(value) ? null : httpUrlProblem(value) && 'must be an absolute https:// URL or a path starting with /'));
const phone = (field: string) => format(field, phoneProblem);

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

export const rulesFor = (configuredLocales: () => string[]): Record<string, Check[]> => ({
  organisation: [
    url('website'),
    phone('phone'),
    format('siret', siretProblem),
    format('siren', sirenProblem),
    format('vatNumber', vatProblem),
    siretMatchesSiren,
  ],
  'dpo-contact': [url('webFormUrl'), phone('phone')],
  'retention-period': [duration],
  purpose: [
    requiredWhen('legitimateInterest', (e) => e.legalBasis === 'legitimate-interests', 'when the legal basis is legitimate interests (GDPR Art. 6(1)(f), 13(1)(d))'),
    requiredWhen('dataSources', (e) => e.collectedFromDataSubject === false, 'when the data is not collected from the person (GDPR Art. 14(2)(f))'),
    requiredWhen('automatedDecisionLogic', (e) => e.automatedDecision === true, 'when there is automated decision-making (GDPR Art. 13(2)(f))'),
    requiredWhen(
      'requirementConsequence',
      (e) => typeof e.requirement === 'string' && e.requirement !== 'optional',
      'when providing the data is required (GDPR Art. 13(2)(e))'
    ),
  ],
  transfer: [url('copyUrl')],
  right: [url('webFormUrl')],
  cookie: [cookieDuration],
  site: [
    url('baseUrl'),
    url('dataLicenceUrl'),
    ...['privacyPolicyUrl', 'cookiePolicyUrl', 'legalNoticeUrl', 'consentManagerUrl'].map(pageLink),
    localeList('publishedLocales', configuredLocales),
  ],
});
