/**
 * Which field of the entry a finding points at holds its fact, and how to name that field and that entry, so the
 * admin can say "Rights exercise: email of « DPO de la Région »" instead of `/rightsExercise/channels`. Pure.
 */
import { FIELD_HELP, fieldLabels, type HelpLang } from '../content-manager/field-help';
import type { FindingSource } from './finding-source';

/** An input path with its list indices dropped: `/purposes/0/retention/duration` → `purposes/retention/duration`. */
const shape = (path: string) => path.split('/').filter((segment) => segment && !/^\d+$/.test(segment)).join('/');

const address = (prefix: string, into: string) => ({
  [`${prefix}/address/street`]: `${into}Street`,
  [`${prefix}/address/postalCode`]: `${into}PostalCode`,
  [`${prefix}/address/city`]: `${into}City`,
  [`${prefix}/address/country`]: `${into}Country`,
  [`${prefix}/address`]: `${into}Street`,
});
const entryAddress = (prefix: string) => ({
  [`${prefix}/address/street`]: 'street',
  [`${prefix}/address/postalCode`]: 'postalCode',
  [`${prefix}/address/city`]: 'city',
  [`${prefix}/address/country`]: 'country',
  [`${prefix}/address`]: 'street',
});

const organisation = (head: string) => ({
  [`${head}/legalName`]: 'name',
  [`${head}/nameGrammar`]: 'nameInText',
  ...entryAddress(head),
  [`${head}/registration/vat`]: 'vatNumber',
  // A public body is identified by its SIRET, a company by its RCS: the SIRET comes first in the entry.
  [`${head}/registration`]: 'siret',
  [`${head}/shareCapital/currency`]: 'shareCapitalCurrency',
  [`${head}/representative/title`]: 'representativeTitle',
  [`${head}/representative/gender`]: 'representativeGender',
  [`${head}/representative`]: 'representativeName',
});

/**
 * Input shapes whose field is not named as in the content type, by the type of the entry that holds them; any other
 * shape's last segment names the field when the type has it. The longest shape that starts the path wins.
 */
const RENAMES: Record<FindingSource['type'], Record<string, string>> = {
  site: {
    site: 'name',
    'site/name': 'name',
    'site/slug': 'slug',
    'site/baseUrl': 'baseUrl',
    'site/designation/gender': 'designationGender',
    'site/designation': 'designation',
    // A missing or incomplete relation is chosen on the site.
    supervisoryAuthority: 'controller',
    'rightsExercise/identityProof': 'identityProof',
    rightsExercise: 'dpo',
    'directorOfPublication/name': 'directorOfPublicationName',
    'directorOfPublication/title': 'directorOfPublicationTitle',
    'directorOfPublication/gender': 'directorOfPublicationGender',
    directorOfPublication: 'directorOfPublicationName',
    'contactPoint/role': 'contactRole',
    'contactPoint/email': 'contactEmail',
    'contactPoint/phone': 'contactPhone',
    'contactPoint/url': 'contactUrl',
    ...address('contactPoint', 'contact'),
    contactPoint: 'contactRole',
    'documentsOfficer/name': 'documentsOfficerName',
    'documentsOfficer/title': 'documentsOfficerTitle',
    'documentsOfficer/gender': 'documentsOfficerGender',
    'documentsOfficer/email': 'documentsOfficerEmail',
    'documentsOfficer/phone': 'documentsOfficerPhone',
    ...address('documentsOfficer', 'documentsOfficer'),
    documentsOfficer: 'documentsOfficerName',
    'dataLicence/name': 'dataLicence',
    'dataLicence/url': 'dataLicenceUrl',
    'dataLicence/text': 'dataLicenceText',
    'applicableLaw/law': 'applicableLaw',
    'applicableLaw/courts': 'competentCourts',
    'minors/digitalConsentAge': 'digitalConsentAge',
    'minors/parentalConsent': 'parentalConsent',
    minors: 'digitalConsentAge',
    'page/links/privacyPolicy': 'privacyPolicyUrl',
    'page/links/cookiePolicy': 'cookiePolicyUrl',
    'page/links/legalNotice': 'legalNoticeUrl',
    'page/links/consentManager': 'consentManagerUrl',
    'page/links/accessibilityStatement': 'accessibilityStatementUrl',
    localeCoverage: 'publishedLocales',
    'accessibility/audit': 'accessibilityAudit',
    'accessibility/nonConformities': 'accessibilityContent',
    'accessibility/derogations': 'accessibilityContent',
    'accessibility/exemptions': 'accessibilityContent',
    'accessibility/feedback/email': 'accessibilityFeedbackEmail',
    'accessibility/feedback/url': 'accessibilityFeedbackUrl',
    'accessibility/feedback/phone': 'accessibilityFeedbackPhone',
    ...address('accessibility/feedback', 'accessibilityFeedback'),
    // No channel at all: the email or the form is what the statement requires.
    'accessibility/feedback': 'accessibilityFeedbackEmail',
    'accessibility/establishedOn': 'accessibilityEstablishedOn',
    'accessibility/updatedOn': 'accessibilityUpdatedOn',
    'accessibility/substantialChangeOn': 'substantiallyChangedOn',
    'accessibility/multiYearPlanUrl': 'multiYearPlanUrl',
    'accessibility/actionPlanUrl': 'actionPlanUrl',
  },
  organisation: {
    ...organisation('controller'),
    ...organisation('publisher'),
    ...organisation('host'),
    supervisoryAuthority: 'supervisoryAuthorityName',
    'supervisoryAuthority/name': 'supervisoryAuthorityName',
    'supervisoryAuthority/website': 'supervisoryAuthorityWebsite',
    'supervisoryAuthority/complaintUrl': 'supervisoryAuthorityComplaintUrl',
    ...address('supervisoryAuthority', 'supervisoryAuthority'),
  },
  'dpo-contact': {
    ...entryAddress('dpo'),
    // The channels to exercise rights are the DPO contact's: an email first, then the rest.
    'rightsExercise/channels/addressee': 'name',
    'rightsExercise/channels/address': 'street',
    'rightsExercise/channels': 'email',
    rightsExercise: 'email',
  },
  purpose: {
    'purposes/collectedFrom': 'collectedFromDataSubject',
    'purposes/requirement/kind': 'requirement',
    'purposes/requirement/consequence': 'requirementConsequence',
    'purposes/automatedDecision/logic': 'automatedDecisionLogic',
    'purposes/automatedDecision/consequences': 'automatedDecisionConsequences',
    'purposes/legalBasisReference/url': 'legalBasisReferenceUrl',
    'purposes/legalBasisReference': 'legalBasisReference',
  },
  'retention-period': { 'purposes/retention/duration': 'durationValue', 'purposes/retentionRules/duration': 'durationValue' },
  recipient: {},
  transfer: { 'transfers/safeguardDetails': 'safeguardDetail' },
  right: { 'rights/channels/address': 'postalStreet', 'rights/channels': 'email' },
  cookie: { 'cookies/duration': 'durationValue', 'cookies/session': 'durationUnit' },
  'accessibility-audit': { 'accessibility/audit/criteria': 'criteriaResults', 'accessibility/audit/pages': 'sampledPages', 'accessibility/audit/environment': 'testEnvironment' },
  'accessibility-content': { 'accessibility/exemptions/reason': 'justification' },
};

/** The field of `type` that holds the fact at `path`; undefined when the finding is about the entry as a whole. */
export const sourceField = (path: string, type: FindingSource['type']): string | undefined => {
  const fields = FIELD_HELP[type]?.fields ?? {};
  const segments = shape(path).split('/').filter(Boolean);
  for (let n = segments.length; n > 0; n--) {
    const renamed = RENAMES[type][segments.slice(0, n).join('/')];
    if (renamed && fields[renamed]) return renamed;
  }
  // Otherwise the deepest segment the type has: `/purposes/0/legalBasis` → legalBasis. On the site only the head
  // counts: `/cookies/0/name` sent to the site (no such cookie) is its list of cookies, not the site's name.
  return (type === 'site' ? segments.slice(0, 1) : [...segments].reverse()).find((segment) => fields[segment]);
};

/** A source with the field to fix, its label in both languages and the entry's name (its main field's value). */
export interface DescribedSource extends FindingSource {
  field?: string;
  fieldLabel?: Record<HelpLang, string>;
  entryName?: string;
}

export const describeSource = (path: string, source: FindingSource, entry: Record<string, unknown> | null | undefined): DescribedSource => {
  const field = sourceField(path, source.type);
  const fieldLabel = field ? fieldLabels(source.type, field) : undefined;
  const main = entry?.[FIELD_HELP[source.type]?.mainField ?? ''];
  const entryName = typeof main === 'string' && main.trim() ? main.trim() : undefined;
  return { ...source, ...(field ? { field } : {}), ...(fieldLabel ? { fieldLabel } : {}), ...(entryName ? { entryName } : {}) };
};
