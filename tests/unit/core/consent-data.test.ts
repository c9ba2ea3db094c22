import { consentCategories, type Cookie } from '../../../server/src/core';

const cookie = (over: Partial<Cookie>): Cookie => ({ name: 'c', provider: 'Site', purpose: 'Why.', consentRequired: false, ...over });

describe('the consent data of a cookie policy', () => {
  it('groups cookies by category in the catalogue order, uncategorised last, and leaves empty categories out', () => {
    const categories = consentCategories(
      [
        cookie({ name: 'other' }),
        cookie({ name: '_pk_id', category: 'audience', consentRequired: true, duration: { value: 13, unit: 'months' } }),
        cookie({ name: 'session', category: 'strictly-necessary', session: true }),
      ],
      'en'
    );
    expect(categories.map((c) => c.category)).toEqual(['strictly-necessary', 'audience', null]);
    expect(categories[0]).toMatchObject({ label: 'strictly necessary', consentRequired: false });
    expect(categories[0].cookies[0]).toMatchObject({ name: 'session', lifetime: 'session', session: true, duration: null });
    expect(categories[1]).toMatchObject({ consentRequired: true });
    expect(categories[1].cookies[0].duration).toEqual({ value: 13, unit: 'months' });
    expect(categories[2]).toMatchObject({ label: null, cookies: [expect.objectContaining({ name: 'other', lifetime: 'not specified' })] });
  });

  it('speaks the page locale', () => {
    const [audience] = consentCategories([cookie({ category: 'audience', duration: { value: 13, unit: 'months' } })], 'fr');
    expect(audience.label).toBe("mesure d'audience");
    expect(audience.cookies[0].lifetime).toMatch(/^13\s+mois$/);
  });
});
