import { asAdmin, http, superAdminJwt } from './harness';
import { createCompleteSite } from './harness/sites';

const graphql = (query: string, variables: object = {}) => http().post('/graphql').send({ query, variables });

const PAGE = `query Page($site: String!, $kind: String!, $locale: String, $at: String) {
  legalPage(site: $site, kind: $kind, locale: $locale, at: $at) {
    current { site kind locale version effectiveAt changeSummary contentHash html markdown text document }
    upcoming { version effectiveAt }
  }
}`;

describe('GraphQL', () => {
  let site: Awaited<ReturnType<typeof createCompleteSite>>;

  beforeAll(async () => {
    site = await createCompleteSite();
    const admin = asAdmin(await superAdminJwt());
    await admin.post(`/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr/publish`).send({ changeSummary: 'GraphQL' }).expect(201);
  });

  it('reads the same page as REST', async () => {
    const res = await graphql(PAGE, { site: site.slug, kind: 'privacy-policy', locale: 'fr' }).expect(200);
    expect(res.body.errors).toBeUndefined();
    const { current, upcoming } = res.body.data.legalPage;
    const rest = await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr`).expect(200);
    const restHtml = await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr&format=html`).expect(200);
    expect(current).toMatchObject({ site: site.slug, kind: 'privacy-policy', locale: 'fr', version: 1, changeSummary: 'GraphQL', contentHash: rest.body.data.contentHash });
    expect(current.html).toBe(restHtml.text);
    expect(current.document).toEqual(rest.body.data.document);
    expect(upcoming).toBeNull();
  });

  it('lists versions and reads one by number', async () => {
    const res = await graphql(
      `query { legalPageVersions(site: "${site.slug}", kind: "privacy-policy", locale: "fr") { version }
               legalPageVersion(site: "${site.slug}", kind: "privacy-policy", locale: "fr", number: 1) { version changeSummary } }`
    ).expect(200);
    expect(res.body.data).toEqual({ legalPageVersions: [{ version: 1 }], legalPageVersion: { version: 1, changeSummary: 'GraphQL' } });
  });

  it('answers with the REST messages for unknown pages and malformed arguments', async () => {
    const unknown = await graphql(PAGE, { site: 'no-such-site', kind: 'privacy-policy' });
    expect(unknown.body.errors[0].message).toBe('No site "no-such-site"');
    const badDate = await graphql(PAGE, { site: site.slug, kind: 'privacy-policy', at: 'tomorrow' });
    expect(badDate.body.errors[0].message).toBe('at "tomorrow" is not a date written YYYY-MM-DD');
  });

  it('exposes none of the plugin content types, for reading or writing', async () => {
    const res = await graphql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }').expect(200);
    const queries: string[] = res.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name);
    const mutations: string[] = (res.body.data.__schema.mutationType?.fields ?? []).map((f: { name: string }) => f.name);
    expect(queries.filter((name) => /legal/i.test(name)).sort()).toEqual(['legalPage', 'legalPageAccessibilityMention', 'legalPageVersion', 'legalPageVersions']);
    expect(queries.filter((name) => /site|purpose|organisation|dpo|cookie|version/i.test(name) && !/^legalPage/.test(name))).toEqual([]);
    expect(mutations.filter((name) => /legal|site|purpose|organisation|dpo|cookie|right|transfer|recipient|retention|version|page/i.test(name))).toEqual([]);
  });
});
