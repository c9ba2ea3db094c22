import { randomBytes } from 'node:crypto';
import { asAdmin, http, superAdminJwt } from './harness';
import { contentManager, validationErrors } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

const admin = async () => asAdmin(await superAdminJwt());
const suffix = () => randomBytes(3).toString('hex');

const wizard = (name: string) => ({
  name,
  baseUrl: 'https://www.commune-exemple.fr',
  locales: ['fr'],
  texts: { fr: { designation: 'Commune', designationGender: 'feminine' } },
  controller: { data: { name: 'Commune d’Exemple', kind: 'public-body', street: '2 place de la Mairie', postalCode: '30000', city: 'Nîmes', siren: '213001894' } },
});

const nested = (depth: number) => {
  let value: Record<string, unknown> = { leaf: 'x' };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
};

/** The server still answers, and answers right. */
const serverUp = async () => {
  await (await admin()).get('/legal-pages/info').expect(200);
};

describe('hostile input', () => {
  let site: Awaited<ReturnType<typeof createCompleteSite>>;

  beforeAll(async () => {
    site = await createCompleteSite();
    const res = await (await admin()).post(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr/publish`).send({});
    if (res.status !== 201) throw new Error(`publish: ${res.status} ${res.text}`);
  });

  it('refuses a link that leaves the site, in the Content Manager, with the field and the reason', async () => {
    const cm = await contentManager();
    for (const value of ['/\\evil.example/phish', '//evil.example/phish']) {
      const res = await cm.update('site', site.site.documentId, { privacyPolicyUrl: value }, 'fr').expect(400);
      expect(validationErrors(res).join('\n')).toMatch(/privacyPolicyUrl: .*leave the site/);
    }
    const stored = (await cm.get('site', site.site.documentId, 'fr').expect(200)).body.data;
    expect(stored.privacyPolicyUrl).toBe('/confidentialite');
  });

  it('refuses in the Content Manager what publication would refuse: a quote in baseUrl, a dataSources text over the limit', async () => {
    const cm = await contentManager();
    const quote = await cm.update('site', site.site.documentId, { baseUrl: 'https://data.region-exemple.fr/"onmouseover="x' }, 'fr').expect(400);
    expect(validationErrors(quote).join('\n')).toMatch(/baseUrl: .*characters a URL allows/);

    const purposes = await cm.count('purpose', 'fr');
    const long = await cm.create('purpose', { title: `Finalité ${suffix()}`, legalBasis: 'consent', collectedFromDataSubject: false, dataSources: 'x'.repeat(2001) }, 'fr');
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body.error)).toMatch(/dataSources/);
    expect(await cm.count('purpose', 'fr')).toBe(purposes);
  });

  it.each(['__proto__', 'constructor', 'toString'])('answers ?format=%s with a 400 naming the format', async (format) => {
    const res = await http().get(`/api/legal-pages/pages/${site.slug}/legal-notice?format=${format}`).expect(400);
    expect(res.body.error.message).toMatch(/format .* is not one of json, html, markdown, text/);
  });

  it('gives a long site name a slug within the limit, cut at a word boundary, that publication accepts', async () => {
    const name = `Plateforme territoriale ${'des données ouvertes '.repeat(8)}${suffix()}`;
    const res = await (await admin()).post('/legal-pages/sites').send(wizard(name)).expect(201);
    expect(res.body.data.slug.length).toBeLessThanOrEqual(120);
    expect(res.body.data.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(name.toLowerCase().replace(/\s+/g, '-')).toContain(res.body.data.slug.split('-').slice(0, 3).join('-'));
  });

  it('refuses a body nested thousands of levels deep with a 400, before validation; the server stays up', async () => {
    const cm = await contentManager();
    const sites = await cm.count('site', 'fr');
    const res = await (await admin()).post('/legal-pages/sites').send({ ...wizard(`Profond ${suffix()}`), deep: nested(5000) });
    expect(res.status).toBe(400);
    // Strapi's body parser may refuse it first; either way it is a 400 and no write happens.
    expect(res.body.error.message).toMatch(/nested more than 32 levels|invalid JSON/);
    await (await admin()).put(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr`).send({ customSections: nested(5000) }).expect(400);
    expect(await cm.count('site', 'fr')).toBe(sites);
    await serverUp();
  });

  it('refuses NUL characters in names and titles, naming the field; nothing is written', async () => {
    const cm = await contentManager();
    const sites = await cm.count('site', 'fr');
    const wizardRes = await (await admin()).post('/legal-pages/sites').send(wizard(`Commune\u0000${suffix()}`)).expect(400);
    expect(validationErrors(wizardRes).join('\n')).toMatch(/name: .*NUL/);
    const title = await (await admin()).put(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr`).send({ title: 'Mentions\u0000' }).expect(400);
    expect(validationErrors(title).join('\n')).toMatch(/title: .*NUL/);
    const direct = await cm.create('organisation', { name: `Org\u0000${suffix()}`, kind: 'company' });
    expect(direct.status).toBe(400);
    expect(validationErrors(direct).join('\n')).toMatch(/name: .*NUL/);
    expect(await cm.count('site', 'fr')).toBe(sites);
    await serverUp();
  });

  it('answers an unknown site with a 404, again and again', async () => {
    for (let i = 0; i < 5; i += 1) await http().get(`/api/legal-pages/pages/no-such-site-${i % 2}/legal-notice`).expect(404);
    await http().get(`/api/legal-pages/pages/${'x'.repeat(500)}/legal-notice`).expect(404);
  });
});
