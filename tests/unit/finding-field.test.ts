import { FIELD_HELP } from '../../server/src/content-manager/field-help';
import { sourceField } from '../../server/src/mapping/finding-field';
import { describedSource, findingSource, withSources } from '../../server/src/mapping/finding-source';
import type { Finding, LegalPageInput } from '../../server/src/core';

const site = {
  documentId: 'site',
  name: 'Site de la Région',
  controller: { documentId: 'ctrl', name: 'Région Bretagne' },
  publisher: { documentId: 'ctrl', name: 'Région Bretagne' },
  host: null,
  dpo: { documentId: 'dpo', label: 'DPO de la Région' },
  purposes: [
    { documentId: 'p0', title: 'Lettre d’information', retention: { documentId: 'r0', label: '3 ans' }, retentionRules: [{ documentId: 'r1', label: '1 an' }], recipients: [] },
    { documentId: 'p1', title: 'Comptes', retention: null, recipients: [] },
  ],
  recipients: [{ documentId: 'rec0', name: 'Service communication' }],
  transfers: [{ documentId: 't0', country: 'US' }],
  rights: [{ documentId: 'right0', kind: 'access' }],
  cookies: [{ documentId: 'cookie0', name: '_pk_id' }],
  accessibilityAudit: { documentId: 'audit', label: 'Audit 2025' },
  accessibilityContent: [{ documentId: 'c0', kind: 'derogation', description: 'Cartes' }],
};

describe('describedSource: the field to fix, named, in a named entry', () => {
  it.each([
    // The issue's own example: the channels to exercise rights are the DPO contact's email.
    ['/rightsExercise/channels', 'dpo-contact', 'email', 'Email', 'Courriel', 'DPO de la Région'],
    ['/rightsExercise/channels/0/addressee', 'dpo-contact', 'name', 'Name or function', 'Nom ou fonction', 'DPO de la Région'],
    ['/controller/phone', 'organisation', 'phone', 'Phone', 'Téléphone', 'Région Bretagne'],
    ['/publisher/registration/vat', 'organisation', 'vatNumber', 'VAT number', 'Numéro de TVA', 'Région Bretagne'],
    ['/controller/shareCapital/currency', 'organisation', 'shareCapitalCurrency', 'Currency of the share capital', 'Devise du capital social', 'Région Bretagne'],
    ['/supervisoryAuthority/website', 'organisation', 'supervisoryAuthorityWebsite', 'Supervisory authority: website', 'Autorité de contrôle : site web', 'Région Bretagne'],
    ['/dpo/address/city', 'dpo-contact', 'city', 'City', 'Ville', 'DPO de la Région'],
    ['/purposes/0/legalBasis', 'purpose', 'legalBasis', 'Legal basis', 'Base légale', 'Lettre d’information'],
    ['/purposes/0/requirement/consequence', 'purpose', 'requirementConsequence', 'Consequence of not providing it', 'Conséquence de la non-fourniture', 'Lettre d’information'],
    ['/purposes/0/retention/duration', 'retention-period', 'durationValue', 'Duration', 'Durée', '3 ans'],
    ['/purposes/0/retentionRules/0/appliesTo', 'retention-period', 'appliesTo', 'Applies to', 'S’applique à', '1 an'],
    ['/purposes/1/retention', 'purpose', 'retention', 'Retention period', 'Durée de conservation', 'Comptes'],
    ['/transfers/0/safeguardDetails', 'transfer', 'safeguardDetail', 'Details', 'Précisions', 'US'],
    ['/cookies/0/duration', 'cookie', 'durationValue', 'Lifetime', 'Durée de vie', '_pk_id'],
    ['/site/baseUrl', 'site', 'baseUrl', 'Base URL', 'Adresse du site', 'Site de la Région'],
    ['/transfersOutsideEea', 'site', 'transfersOutsideEea', 'Transfers outside the EEA: any?', 'Transferts hors de l’EEE : y en a-t-il ?', 'Site de la Région'],
    ['/page/links/privacyPolicy', 'site', 'privacyPolicyUrl', 'Privacy policy URL', 'Adresse de la politique de confidentialité', 'Site de la Région'],
    ['/minors/parentalConsent', 'site', 'parentalConsent', 'How parental consent is obtained', 'Recueil du consentement parental', 'Site de la Région'],
    ['/accessibility/audit/pages/0/url', 'accessibility-audit', 'sampledPages', 'Pages sampled', 'Pages de l’échantillon', 'Audit 2025'],
    ['/accessibility/derogations/0/alternative', 'accessibility-content', 'alternative', 'Accessible alternative', 'Alternative accessible', 'Cartes'],
    ['/accessibility/feedback', 'site', 'accessibilityFeedbackEmail', 'Accessibility feedback: email', 'Retour sur l’accessibilité : courriel', 'Site de la Région'],
  ])('%s → %s.%s', (path, type, field, en, fr, entryName) => {
    expect(describedSource(path, site, 'fr')).toMatchObject({ type, field, fieldLabel: { en, fr: fr.replace(' :', '\u00a0:').replace(' ?', '\u202f?') }, entryName });
  });

  it('sends a fact the site does not hold, with no entry to hold it, to the site’s field that chooses that entry', () => {
    const noDpo = { ...site, dpo: null, host: null };
    expect(describedSource('/rightsExercise/channels', noDpo, 'fr')).toMatchObject({ type: 'site', field: 'dpo', fieldLabel: { en: 'DPO contact' } });
    expect(describedSource('/dpo/email', noDpo, 'fr')).toMatchObject({ type: 'site', field: 'dpo' });
    expect(describedSource('/host/phone', noDpo, 'fr')).toMatchObject({ type: 'site', field: 'host', entryName: 'Site de la Région' });
    expect(describedSource('/supervisoryAuthority', { ...site, controller: null }, 'fr')).toMatchObject({ type: 'site', field: 'controller' });
    // A cookie the site does not have is its list of cookies, never the site's name.
    expect(describedSource('/cookies/3/name', site, 'fr')).toMatchObject({ type: 'site', field: 'cookies' });
    expect(describedSource('/purposes/5/legalBasis', site, 'fr')).toMatchObject({ type: 'site', field: 'purposes' });
  });

  it('sends the proof of identity to the site, which holds it, not to the DPO contact', () => {
    expect(findingSource('/rightsExercise/identityProof', site, 'fr')).toEqual({ type: 'site', documentId: 'site', locale: 'fr' });
    expect(describedSource('/rightsExercise/identityProof', site, 'fr')).toMatchObject({ field: 'identityProof', fieldLabel: { fr: 'Justificatif d’identité' } });
  });

  it('names a field the entry has, for every path a check or a validation reports', () => {
    const paths = [
      '/controller', '/controller/address', '/controller/registration', '/controller/representative', '/controller/legalName', '/controller/nameGrammar',
      '/publisher', '/host', '/host/address', '/host/phone', '/dpo', '/dpo/appointed', '/dpo/webFormUrl', '/directorOfPublication',
      '/directorOfPublication/gender', '/contactPoint/role', '/contactPoint/address/postalCode', '/documentsOfficer/email', '/dataLicence/url',
      '/applicableLaw/courts', '/site/designation/text', '/site/designation/gender', '/site/slug', '/supervisoryAuthority/complaintUrl',
      '/supervisoryAuthority/address/country', '/purposes', '/purposes/0', '/purposes/0/collectedFrom', '/purposes/0/automatedDecision',
      '/purposes/0/automatedDecision/logic', '/purposes/0/legalBasisReference/url', '/purposes/0/dataSources/0', '/purposes/0/dataSubjects/1',
      '/recipients', '/recipients/0/country', '/transfers/0/copyUrl', '/transfers/0/safeguard', '/rights', '/rights/0/reference',
      '/rights/0/channels/1', '/rights/0/howToExercise', '/cookies', '/cookies/0/session', '/cookies/0/category', '/securityMeasures',
      '/processorContracts', '/localeCoverage/missing/0', '/page/links/consentManager', '/page/links/accessibilityStatement',
      '/accessibility/audit', '/accessibility/audit/date', '/accessibility/audit/criteria/3', '/accessibility/multiYearPlanUrl',
      '/accessibility/actionPlanUrl', '/accessibility/feedback/url', '/accessibility/establishedOn', '/accessibility/substantialChangeOn',
      '/editorialManagement', '/intellectualProperty', '/security', '/cookieManagement', '/minors/digitalConsentAge',
    ];
    const unnamed = paths.flatMap((path) => {
      const source = describedSource(path, site, 'fr');
      if (!source) return [`${path}: no source`];
      // The finding names a whole entry only where one exists to open: a purpose, a DPO contact, an organisation.
      if (!source.field) return source.type === 'site' ? [`${path}: the site, no field`] : [];
      return FIELD_HELP[source.type].fields[source.field] ? [] : [`${path}: ${source.type}.${source.field} does not exist`];
    });
    expect(unnamed).toEqual([]);
  });

  it('keeps the page’s own choices for the composer', () => {
    expect(describedSource('/page/noticeDays', site, 'fr')).toBeUndefined();
    expect(sourceField('/introduction', 'site')).toBeUndefined();
  });

  it('gives withSources’ findings their field and entry name', () => {
    const finding: Finding = { code: 'gdpr.13.1.c.legal-basis', severity: 'error', path: '/purposes/1/legalBasis', message: { fr: 'x', en: 'x' } } as Finding;
    const [sourced] = withSources([finding], {} as LegalPageInput, site, 'fr');
    expect(sourced.source).toEqual({
      type: 'purpose',
      documentId: 'p1',
      locale: 'fr',
      field: 'legalBasis',
      fieldLabel: { en: 'Legal basis', fr: 'Base légale' },
      entryName: 'Comptes',
    });
  });
});
