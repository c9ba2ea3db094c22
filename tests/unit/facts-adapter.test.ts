/**
 * Issue 18, section 3, in the Strapi adapter: the Document Service middleware's checks of the new fields (each
 * problem names its field) and the mapping of each onto the core's input.
 */
import { toPageInput, type Doc } from '../../server/src/mapping/to-input';
import { findingSource } from '../../server/src/mapping/finding-source';
import { rulesFor } from '../../server/src/validation/rules';

const rules = rulesFor(() => ['fr', 'en']);
const paths = (type: string, entry: Record<string, unknown>) => rules[type].flatMap((check) => check(entry)).map((p) => p.path.join('.'));

const controller: Doc = { documentId: 'ctrl', name: 'Région Bretagne', kind: 'public-body', street: '1 place', postalCode: '35000', city: 'Rennes' };
const site = (fields: Record<string, unknown> = {}): Doc => ({
  documentId: 'site',
  name: 'Data',
  slug: 'data',
  baseUrl: 'https://data.example.fr',
  controller,
  purposes: [],
  ...fields,
});
const map = (fields: Record<string, unknown>, page: Record<string, unknown> | null = null) => toPageInput(site(fields), { kind: 'legal-notice', locale: 'fr', page });

describe('validation of the new fields', () => {
  it.each([
    ['site', { contactEmail: 'support@example.fr' }, ['contactRole']],
    ['site', { contactRole: 'Support' }, ['contactEmail']],
    ['site', { contactRole: 'Support', contactUrl: 'javascript:alert(1)' }, ['contactUrl']],
    ['site', { contactRole: 'Support', contactPhone: 'call us' }, ['contactPhone']],
    ['site', { contactRole: 'Support', contactStreet: '1 rue' }, []],
    ['site', { documentsOfficerEmail: 'crpa@example.fr' }, ['documentsOfficerName']],
    ['site', { documentsOfficerName: 'Luc Bernard', documentsOfficerPhone: 'x' }, ['documentsOfficerPhone']],
    ['organisation', { ...controller, rna: 'W12345' }, ['rna']],
    ['organisation', { ...controller, rna: 'W751234567' }, []],
    ['purpose', { legalBasis: 'consent', requirement: 'automatic' }, []],
    ['purpose', { legalBasis: 'consent', requirement: 'statutory' }, ['requirementConsequence']],
  ])('%s %j: problems at %j', (type, entry, expected) => {
    expect(paths(type, { baseUrl: 'https://data.example.fr', ...entry })).toEqual(expected);
  });
});

describe('mapping the new fields', () => {
  it('maps the contact point only with its role and a way to reach it', () => {
    expect(map({ contactRole: ' Support ', contactEmail: 'support@example.fr', contactStreet: '1 rue', contactPostalCode: '35000', contactCity: 'Rennes' }).contactPoint).toEqual({
      role: 'Support',
      email: 'support@example.fr',
      address: { street: '1 rue', postalCode: '35000', city: 'Rennes' },
    });
    expect(map({ contactEmail: 'support@example.fr' }).contactPoint).toBeUndefined();
    expect(map({ contactRole: 'Support' }).contactPoint).toBeUndefined();
  });

  it('maps genders, the CRPA officer, applicable law and the RM and RNA numbers', () => {
    const input = map({
      controller: { ...controller, representativeName: 'Jeanne Martin', representativeGender: 'feminine', rm: 'RM 35 123', rna: 'W751234567' },
      directorOfPublicationName: 'Jeanne Martin',
      directorOfPublicationGender: 'feminine',
      documentsOfficerName: 'Luc Bernard',
      documentsOfficerTitle: 'directeur',
      documentsOfficerGender: 'masculine',
      documentsOfficerEmail: 'crpa@example.fr',
      applicableLaw: 'droit français',
      competentCourts: ' ',
    });
    expect(input.controller.representative).toEqual({ name: 'Jeanne Martin', gender: 'f' });
    expect(input.controller.registration).toEqual({ rm: 'RM 35 123', rna: 'W751234567' });
    expect(input.directorOfPublication).toEqual({ name: 'Jeanne Martin', gender: 'f' });
    expect(input.documentsOfficer).toEqual({ name: 'Luc Bernard', title: 'directeur', gender: 'm', email: 'crpa@example.fr' });
    expect(input.applicableLaw).toEqual({ law: 'droit français' });
  });

  it('maps the texts that had no home: introduction (per page), security, intellectual property, notes, identity proof', () => {
    const input = map(
      {
        intellectualProperty: 'IP',
        personalDataNote: 'Note',
        security: 'Logs',
        cookieManagement: 'Six months',
        identityProof: 'ID card',
        dataLicenceText: 'Per dataset',
      },
      { introduction: 'Intro' },
    );
    expect(input).toMatchObject({
      introduction: 'Intro',
      intellectualProperty: 'IP',
      personalDataNote: 'Note',
      security: 'Logs',
      cookieManagement: 'Six months',
      rightsExercise: { identityProof: 'ID card' },
      dataLicence: { text: 'Per dataset' },
    });
  });

  it('maps minors, retention rules, a recipient’s country and automated decisions’ consequences', () => {
    const input = map({
      digitalConsentAge: 16,
      parentalConsent: 'A parent confirms.',
      purposes: [
        {
          documentId: 'p0',
          title: 'Club',
          legalBasis: 'consent',
          offeredToChildren: true,
          automatedDecision: true,
          automatedDecisionLogic: 'Score',
          automatedDecisionConsequences: 'Refusal',
          retention: { durationValue: 3, durationUnit: 'years', endAction: 'deletion-or-anonymisation' },
          retentionRules: [{ appliesTo: 'justificatifs', durationValue: 1, durationUnit: 'years', startEvent: 'la demande', endAction: 'deletion' }],
          recipients: [{ documentId: 'r0', name: 'Mailer', kind: 'processor', country: 'US' }],
        },
      ],
    });
    expect(input.minors).toEqual({ digitalConsentAge: 16, parentalConsent: 'A parent confirms.' });
    expect(input.purposes![0]).toMatchObject({
      offeredToChildren: true,
      automatedDecision: { exists: true, logic: 'Score', consequences: 'Refusal' },
      retention: { duration: { value: 3, unit: 'years' }, endAction: 'deletion-or-anonymisation' },
      retentionRules: [{ appliesTo: 'justificatifs', duration: { value: 1, unit: 'years' }, startEvent: 'la demande', endAction: 'deletion' }],
    });
    expect(input.recipients).toEqual([{ id: 'r0', name: 'Mailer', kind: 'processor', country: 'US' }]);
  });
});

describe('where the editor fixes the new findings', () => {
  const loaded: Doc = { ...site(), purposes: [{ documentId: 'p0', retention: { documentId: 'r0' }, retentionRules: [{ documentId: 'r1' }, { documentId: 'r2' }] }] };
  it.each([
    ['/purposes/0/retentionRules/1/appliesTo', { type: 'retention-period', documentId: 'r2', locale: 'fr' }],
    ['/minors/parentalConsent', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/contactPoint/role', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/introduction', undefined],
  ])('%s', (path, source) => expect(findingSource(path, loaded, 'fr')).toEqual(source));
});
