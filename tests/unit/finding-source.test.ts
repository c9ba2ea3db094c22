import { findingSource } from '../../server/src/mapping/finding-source';

const site = {
  documentId: 'site',
  controller: { documentId: 'ctrl' },
  publisher: { documentId: 'ctrl' },
  host: null,
  dpo: { documentId: 'dpo' },
  purposes: [
    { documentId: 'p0', retention: { documentId: 'r0' }, recipients: [{ documentId: 'rec-shared' }, { documentId: 'rec-p0' }] },
    { documentId: 'p1', retention: null, recipients: [] },
  ],
  recipients: [{ documentId: 'rec-shared' }],
  transfers: [],
  rights: [{ documentId: 'right0' }],
  cookies: [{ documentId: 'cookie0' }],
};

describe('findingSource: the entry an editor opens to fix a finding', () => {
  it.each([
    ['/controller/address', { type: 'organisation', documentId: 'ctrl' }],
    ['/publisher', { type: 'organisation', documentId: 'ctrl' }],
    ['/dpo/email', { type: 'dpo-contact', documentId: 'dpo' }],
    ['/rightsExercise/channels', { type: 'dpo-contact', documentId: 'dpo' }],
    ['/purposes/0/legalBasis', { type: 'purpose', documentId: 'p0', locale: 'fr' }],
    ['/purposes/0/legalBasisReference', { type: 'purpose', documentId: 'p0', locale: 'fr' }],
    // The authority follows the controller's establishment: its entry holds it.
    ['/supervisoryAuthority', { type: 'organisation', documentId: 'ctrl' }],
    ['/purposes/0/retention/duration', { type: 'retention-period', documentId: 'r0', locale: 'fr' }],
    ['/purposes/1/retention', { type: 'purpose', documentId: 'p1', locale: 'fr' }],
    // The page lists the site's recipients, then its purposes', each once.
    ['/recipients/1/country', { type: 'recipient', documentId: 'rec-p0', locale: 'fr' }],
    ['/rights/0/channels/1', { type: 'right', documentId: 'right0', locale: 'fr' }],
    ['/cookies/0/duration', { type: 'cookie', documentId: 'cookie0', locale: 'fr' }],
    ['/site/designation/text', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/page/links/privacyPolicy', { type: 'site', documentId: 'site', locale: 'fr' }],
    // The yes/no answers behind the pages' statements are the site's fields.
    ['/transfersOutsideEea', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/recipientsOutside', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/processorContracts', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/automatedDecisions', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/securityMeasures', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/cookies', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/recipients', { type: 'site', documentId: 'site', locale: 'fr' }],
    ['/purposes/1/collectedFrom', { type: 'purpose', documentId: 'p1', locale: 'fr' }],
  ])('%s → %j', (path, expected) => {
    expect(findingSource(path, site, 'fr')).toEqual(expected);
  });

  it('sends a missing relation to the site, where it is chosen', () => {
    expect(findingSource('/host', site, 'fr')).toEqual({ type: 'site', documentId: 'site', locale: 'fr' });
    expect(findingSource('/dpo', { ...site, dpo: null }, 'fr')).toEqual({ type: 'site', documentId: 'site', locale: 'fr' });
    expect(findingSource('/purposes', { ...site, purposes: [] }, 'en')).toEqual({ type: 'site', documentId: 'site', locale: 'en' });
  });

  it('names no entry for the page’s own choices', () => {
    expect(findingSource('/effectiveDate', site, 'fr')).toBeUndefined();
    expect(findingSource('/page/noticeDays', site, 'fr')).toBeUndefined();
    expect(findingSource('/page/order/3', site, 'fr')).toBeUndefined();
    expect(findingSource('/localeCoverage/missing/0', site, 'fr')).toEqual({ type: 'site', documentId: 'site', locale: 'fr' });
  });
});
