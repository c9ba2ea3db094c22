/** The mapping from Strapi documents keeps "not answered yet" apart from "no". */
import { checkCompliance } from '../../server/src/core';
import { toPageInput, type Doc } from '../../server/src/mapping/to-input';

const controller = { documentId: 'ctrl', name: 'Commune d’Exemple', kind: 'public-body', street: '1 place de la Mairie', postalCode: '30000', city: 'Nîmes' };
const site = (fields: Record<string, unknown> = {}): Doc => ({
  documentId: 'site',
  name: 'Site',
  slug: 'site',
  baseUrl: 'https://www.exemple.fr',
  controller,
  purposes: [{ documentId: 'p0', title: 'Comptes', legalBasis: 'public-task', collectedFromDataSubject: null }],
  ...fields,
});

describe('toPageInput: the editor’s answers', () => {
  it('maps "yes" and "no", and leaves null unanswered', () => {
    const input = toPageInput(site({ transfersOutsideEea: 'no', cookiesUsed: 'yes', recipientsOutside: null, processorContracts: undefined, securityMeasures: 'yes', automatedDecisions: 'no' }), {
      kind: 'privacy-policy',
      locale: 'fr',
    });
    expect(input).toMatchObject({ transfersOutsideEea: 'no', cookiesUsed: 'yes', securityMeasures: 'yes', automatedDecisions: 'no' });
    expect(input).not.toHaveProperty('recipientsOutside');
    expect(input).not.toHaveProperty('processorContracts');
  });

  it('takes the notice period the page saved, and none when no choice was saved', () => {
    expect(toPageInput(site(), { kind: 'privacy-policy', locale: 'fr', page: { effectiveDelayDays: 0 } }).page?.noticeDays).toBe(0);
    expect(toPageInput(site(), { kind: 'privacy-policy', locale: 'fr', page: { effectiveDelayDays: 15 } }).page?.noticeDays).toBe(15);
    expect(toPageInput(site(), { kind: 'privacy-policy', locale: 'fr', page: null }).page?.noticeDays).toBeUndefined();
  });

  it('reads a purpose’s collection source only when it was set', () => {
    const unset = toPageInput(site(), { kind: 'privacy-policy', locale: 'fr' });
    expect(unset.purposes?.[0].collectedFrom).toBeUndefined();
    expect(checkCompliance(unset).map((f) => f.code)).toContain('gdpr.14.collection-source');
    const direct = toPageInput(site({ purposes: [{ documentId: 'p0', title: 'Comptes', collectedFromDataSubject: true }] }), { kind: 'privacy-policy', locale: 'fr' });
    expect(direct.purposes?.[0].collectedFrom).toBe('data-subject');
  });

  it('a site without a DPO contact has not answered the DPO question', () => {
    const input = toPageInput(site(), { kind: 'privacy-policy', locale: 'fr' });
    expect(input.dpo).toBeUndefined();
    expect(checkCompliance(input).map((f) => f.code)).toContain('gdpr.13.1.b.dpo-unanswered');
  });
});
