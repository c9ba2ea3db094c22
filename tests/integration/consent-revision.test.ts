import { asAdmin, http, superAdminJwt } from './harness';
import { connectIn, contentManager } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

// The cookie policy's consent revision, as a consent manager reads it: in the JSON, a header and GraphQL.
describe('the consent revision of a cookie policy', () => {
  it('starts at 1, moves on a new tracker, and stays on a reworded purpose', async () => {
    const site = await createCompleteSite();
    const cm = await contentManager();
    const admin = asAdmin(await superAdminJwt());
    const publish = async (changeSummary: string) =>
      admin.post(`/legal-pages/sites/${site.site.documentId}/pages/cookie-policy/fr/publish`).send({ changeSummary }).expect(201);
    const read = async () => {
      const res = await http().get(`/api/legal-pages/pages/${site.slug}/cookie-policy?locale=fr`).expect(200);
      expect(res.body.data.consentRevision).toBe(res.body.meta.consentRevision);
      expect(res.headers['x-legal-page-consent-revision']).toBe(String(res.body.meta.consentRevision));
      return res.body.meta.consentRevision as number;
    };

    await publish('first');
    expect(await read()).toBe(1);

    const tracker = await cm.make(
      'cookie',
      { name: `_ga_${Date.now()}`, provider: 'Google', category: 'audience', purpose: 'Mesure d’audience.', durationValue: 13, durationUnit: 'months', consentRequired: true },
      'fr'
    );
    await cm.update('site', site.site.documentId, { cookies: connectIn('fr', tracker.documentId) }, 'fr').expect(200);
    await publish('a new tracker');
    expect(await read()).toBe(2);

    await cm.update('cookie', tracker.documentId, { purpose: 'Statistiques de fréquentation.' }, 'fr').expect(200);
    await publish('reworded');
    expect(await read()).toBe(2);

    const graphql = await http()
      .post('/graphql')
      .send({ query: `{ legalPage(site: "${site.slug}", kind: "cookie-policy", locale: "fr") { current { version consentRevision } } }` })
      .expect(200);
    expect(graphql.body.data.legalPage.current).toEqual({ version: 3, consentRevision: 2 });
    const privacy = await admin.post(`/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr/publish`).send({}).expect(201);
    expect(privacy.body.data).toBeDefined();
    const other = await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr`).expect(200);
    expect(other.body.data).not.toHaveProperty('consentRevision');
    expect(other.headers['x-legal-page-consent-revision']).toBeUndefined();
  });

  it('gives consent managers the cookies of the policy in force, grouped by category, in its locale', async () => {
    const site = await createCompleteSite();
    const cm = await contentManager();
    const admin = asAdmin(await superAdminJwt());
    const consent = (query = '?locale=fr') => http().get(`/api/legal-pages/pages/${site.slug}/cookie-policy/consent${query}`);
    await consent().expect(404);

    const tracker = await cm.make(
      'cookie',
      { name: `_pk_id_${Date.now()}`, provider: 'Matomo', category: 'audience', purpose: 'Mesure d’audience.', durationValue: 13, durationUnit: 'months', consentRequired: true },
      'fr'
    );
    await cm.update('site', site.site.documentId, { cookies: connectIn('fr', tracker.documentId) }, 'fr').expect(200);
    await admin.post(`/legal-pages/sites/${site.site.documentId}/pages/cookie-policy/fr/publish`).send({}).expect(201);

    const res = await consent().expect(200);
    expect(res.headers['x-legal-page-consent-revision']).toBe(String(res.body.data.consentRevision));
    expect(res.headers.etag).toMatch(/-consent"$/);
    expect(res.body.data).toMatchObject({ site: site.slug, locale: 'fr', version: 1, consentRevision: 1 });
    const audience = (res.body.data.categories as Array<{ category: string; label: string; consentRequired: boolean; cookies: Array<Record<string, unknown>> }>).find(
      (c) => c.category === 'audience'
    );
    expect(audience).toMatchObject({ label: 'mesure d\'audience', consentRequired: true });
    expect(audience!.cookies).toContainEqual({
      name: tracker.name,
      provider: 'Matomo',
      purpose: 'Mesure d’audience.',
      lifetime: expect.stringMatching(/^13\s+mois$/),
      duration: { value: 13, unit: 'months' },
      session: false,
      consentRequired: true,
    });
    // Only what the page told the public: no draft, no input field beyond the cookies'.
    expect(JSON.stringify(res.body)).not.toMatch(/publishedBy|createdBy|updatedBy/);
    await http().get(`/api/legal-pages/pages/${site.slug}/cookie-policy/consent?locale=fr`).set('If-None-Match', res.headers.etag).expect(304);
    await consent('?locale=fr&at=2000-01-01').expect(404);
  });
});
