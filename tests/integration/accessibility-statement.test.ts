import { asAdmin, http, superAdminJwt } from './harness';
import { contentManager } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';
import { addAccessibilityFacts } from './harness/accessibility';

const graphql = (query: string, variables: object = {}) => http().post('/graphql').send({ query, variables });


/**
 * The accessibility statement (issue 14), from facts entered in the Content Manager to the published statement and
 * its footer mention, over REST and GraphQL.
 */
describe('the accessibility statement', () => {
  let siteId: string;
  let slug: string;

  beforeAll(async () => {
    const complete = await createCompleteSite();
    siteId = complete.site.documentId;
    slug = complete.slug;
    await addAccessibilityFacts(siteId, slug);

    const admin = asAdmin(await superAdminJwt());
    for (const locale of ['fr', 'en']) {
      await admin.post(`/legal-pages/sites/${siteId}/pages/accessibility-statement/${locale}/publish`).send({ changeSummary: 'Première déclaration' }).expect(201);
    }
  });

  it('is previewed with its computed status and no blocking finding', async () => {
    const admin = asAdmin(await superAdminJwt());
    const res = await admin.get(`/legal-pages/sites/${siteId}/pages/accessibility-statement/fr/preview`).expect(200);
    expect(res.body.data.blocked).toBe(false);
    expect(res.body.data.html).toContain('partiellement conforme');
    expect(res.body.data.html).toContain('76\u00a0%');
  });

  it('is served over REST with its footer mention in the version', async () => {
    const res = await http().get(`/api/legal-pages/pages/${slug}/accessibility-statement?locale=fr`).expect(200);
    expect(res.body.data).toMatchObject({
      kind: 'accessibility-statement',
      version: 1,
      accessibility: { status: 'partially-compliant', rate: 76, label: 'Accessibilité\u00a0: partiellement conforme', url: '/accessibilite' },
    });
    expect(res.body.data.document.sections.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['plans', 'conformity', 'inaccessible-content', 'establishment', 'feedback', 'remedy'])
    );
    const html = await http().get(`/api/legal-pages/pages/${slug}/accessibility-statement?locale=en&format=html`).expect(200);
    expect(html.text).toContain('partially compliant');
    expect(html.text).toContain('Libre réponse 71120, 75342 Paris CEDEX 07');
    await asAdmin(await superAdminJwt()).post(`/legal-pages/sites/${siteId}/pages/privacy-policy/fr/publish`).send({}).expect(201);
    const other = await http().get(`/api/legal-pages/pages/${slug}/privacy-policy?locale=fr`).expect(200);
    expect(other.body.data).not.toHaveProperty('accessibility');
  });

  it('serves the footer mention on its own, to the public, with a validator', async () => {
    const fr = await http().get(`/api/legal-pages/pages/${slug}/accessibility-statement/mention?locale=fr`).expect(200);
    expect(fr.body.data).toMatchObject({ site: slug, locale: 'fr', version: 1, status: 'partially-compliant', rate: 76, label: 'Accessibilité\u00a0: partiellement conforme', url: '/accessibilite' });
    const en = await http().get(`/api/legal-pages/pages/${slug}/accessibility-statement/mention?locale=en`).expect(200);
    expect(en.body.data).toMatchObject({ status: 'partially-compliant', label: 'Accessibility: partially compliant' });
    expect(fr.headers.etag).toBeDefined();
    await http().get(`/api/legal-pages/pages/${slug}/accessibility-statement/mention?locale=fr`).set('If-None-Match', fr.headers.etag).expect(304);
  });

  it('is served over GraphQL, the mention as a field of the version and as a query of its own', async () => {
    const res = await graphql(
      `query ($site: String!) {
        legalPage(site: $site, kind: "accessibility-statement", locale: "fr") { current { version accessibility { status rate label url } } }
        legalPageAccessibilityMention(site: $site, locale: "en") { status rate label url version }
      }`,
      { site: slug }
    ).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.legalPage.current).toEqual({
      version: 1,
      accessibility: { status: 'partially-compliant', rate: 76, label: 'Accessibilité\u00a0: partiellement conforme', url: '/accessibilite' },
    });
    expect(res.body.data.legalPageAccessibilityMention).toEqual({ status: 'partially-compliant', rate: 76, label: 'Accessibility: partially compliant', url: '/accessibilite', version: 1 });
  });

  it('cannot be published without a feedback channel or its date, and then has no mention', async () => {
    const bare = await createCompleteSite();
    const admin = asAdmin(await superAdminJwt());
    const res = await admin.post(`/legal-pages/sites/${bare.site.documentId}/pages/accessibility-statement/fr/publish`).send({}).expect(400);
    const codes = (res.body.error.details.findings as Array<{ code: string }>).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['a11y.feedback-missing', 'a11y.established-date', 'a11y.audit-missing']));
    await http().get(`/api/legal-pages/pages/${bare.slug}/accessibility-statement/mention?locale=fr`).expect(404);
  });

  it('refuses a derogation without its accessible alternative', async () => {
    const cm = await contentManager();
    const res = await cm.create('accessibility-content', { kind: 'derogation', description: 'Les vidéos.', justification: 'Une charge disproportionnée.' }, 'fr');
    expect(res.status).toBe(400);
    expect(res.text).toContain('alternative');
  });
});
