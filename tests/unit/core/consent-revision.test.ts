import { materialCookieChange, nextConsentRevision, type Cookie } from '../../../server/src/core';

const audience: Cookie = { name: '_pk_id', provider: 'Région Bretagne', purpose: 'Mesure d’audience', duration: { value: 13, unit: 'months' }, consentRequired: false, category: 'audience' };
const session: Cookie = { name: 'session', provider: 'Région Bretagne', purpose: 'Connexion', session: true, consentRequired: false, category: 'strictly-necessary' };
const before = [audience, session];

describe('the consent revision of a cookie policy', () => {
  it.each<[string, Cookie[], string]>([
    ['a tracker added', [...before, { ...audience, name: '_pk_ses' }], 'cookie added: _pk_ses'],
    ['a provider added', [...before, { ...audience, name: '_ga', provider: 'Google' }], 'provider added: Google'],
    ['a category added', [...before, { ...audience, name: 'ads', category: 'advertising' }], 'category added: advertising'],
    ['a cookie moved to another category', [{ ...audience, category: 'strictly-necessary' }, session], 'category changed: _pk_id'],
    ['a lifetime lengthened', [{ ...audience, duration: { value: 2, unit: 'years' } }, session], 'lifetime lengthened: _pk_id'],
    ['a session cookie made persistent', [audience, { ...session, session: false, duration: { value: 1, unit: 'days' } }], 'lifetime lengthened: session'],
    ['consent now required', [{ ...audience, consentRequired: true }, session], 'consent now required: _pk_id'],
  ])('moves on %s', (_, after, reason) => {
    expect(materialCookieChange(before, after)).toBe(reason);
    expect(nextConsentRevision({ revision: 3, cookies: before }, after)).toBe(4);
  });

  it.each<[string, Cookie[]]>([
    ['a reworded purpose', [{ ...audience, purpose: 'Statistiques de fréquentation anonymes' }, session]],
    ['another order', [session, audience]],
    ['a cookie removed', [audience]],
    ['a lifetime shortened', [{ ...audience, duration: { value: 6, unit: 'months' } }, session]],
    ['consent no longer required', [audience, { ...session, consentRequired: false }]],
    ['the same name typed with other capitals', [{ ...audience, name: '_PK_ID' }, session]],
  ])('stays on %s', (_, after) => {
    expect(materialCookieChange(before, after)).toBeNull();
    expect(nextConsentRevision({ revision: 3, cookies: before }, after)).toBe(3);
  });

  it('starts at 1', () => expect(nextConsentRevision(null, before)).toBe(1));
});
