import { asAdmin, createAdminRole, createAdminUser, http, superAdminJwt } from './harness';
import { contentManager, validationErrors } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;

const admin = async () => asAdmin(await superAdminJwt());
const pagePath = (site: Site, kind: string, locale: string) => `/legal-pages/sites/${site.site.documentId}/pages/${kind}/${locale}`;
const publish = async (site: Site, kind: string, locale: string, body: object = {}) => (await admin()).post(`${pagePath(site, kind, locale)}/publish`).send(body);
const published = async (site: Site, kind: string, locale: string, body: object = {}) => {
  const res = await publish(site, kind, locale, body);
  if (res.status !== 201) throw new Error(`publish ${kind}/${locale}: ${res.status} ${res.text}`);
  return res.body.data as { number: number };
};
const page = (slug: string, kind = 'privacy-policy', suffix = '') => `/api/legal-pages/pages/${slug}/${kind}${suffix}`;
const inDays = (days: number) => new Date(Date.now() + days * 86400000);
const day = (date: Date) => date.toISOString().slice(0, 10);

describe('a published URL keeps its meaning', () => {
  it('refuses to delete a site that has published (409, saying to retire it), and retires it instead', async () => {
    const site = await createCompleteSite();
    await published(site, 'privacy-policy', 'fr');
    await published(site, 'legal-notice', 'fr');
    const cm = await contentManager();
    const before = await cm.count('site', 'fr');

    const refused = await cm.delete('site', site.site.documentId, 'fr');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/retire it instead/i);
    expect(await cm.count('site', 'fr')).toBe(before);
    await http().get(page(site.slug)).expect(200);

    const retired = await (await admin()).post(`/legal-pages/sites/${site.site.documentId}/retire`).send({ reason: 'Portail fermé' }).expect(200);
    expect(retired.body.data).toMatchObject({ siteDocumentId: site.site.documentId, reason: 'Portail fermé' });

    const now = await http().get(page(site.slug)).expect(404);
    expect(now.body.error.message).toMatch(/retired/);
    const list = await http().get(page(site.slug, 'privacy-policy', '/versions')).expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ version: 1, inForce: false })]);
    expect(list.body.meta.retiredAt).toBe(retired.body.data.retiredAt);
    await http().get(page(site.slug, 'privacy-policy', '/versions/1?format=html')).expect(200);
    await http().get(page(site.slug, 'legal-notice', '/versions/1?format=text')).expect(200);

    const again = await publish(site, 'privacy-policy', 'fr');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/retired/);
    await (await admin()).post(`/legal-pages/sites/${site.site.documentId}/retire`).send({ reason: 'Encore' }).expect(409);
  });

  it('retires a site from a later date: in force until then, not after', async () => {
    const site = await createCompleteSite();
    await published(site, 'legal-notice', 'fr');
    const retiredAt = inDays(2);
    await (await admin()).post(`/legal-pages/sites/${site.site.documentId}/retire`).send({ reason: 'Fusion des portails', retiredAt: retiredAt.toISOString() }).expect(200);
    const now = await http().get(page(site.slug, 'legal-notice')).expect(200);
    expect(Number(/max-age=(\d+)/.exec(now.headers['cache-control'])?.[1])).toBeLessThanOrEqual(2 * 86400);
    await http().get(page(site.slug, 'legal-notice', `?at=${day(new Date())}`)).expect(200);
    await http().get(page(site.slug, 'legal-notice', `?at=${day(inDays(3))}`)).expect(404);
  });

  it('refuses a retirement while a version is scheduled after it', async () => {
    const site = await createCompleteSite();
    await published(site, 'legal-notice', 'fr');
    await published(site, 'legal-notice', 'fr', { effectiveAt: inDays(20).toISOString() });
    const res = await (await admin()).post(`/legal-pages/sites/${site.site.documentId}/retire`).send({ reason: 'Fermeture' }).expect(409);
    expect(res.body.error.message).toMatch(/withdraw them first .*legal-notice fr v2/);
  });

  it('deletes a site that has published nothing', async () => {
    const site = await createCompleteSite();
    await (await contentManager()).delete('site', site.site.documentId, 'fr').expect(200);
  });

  it('refuses a retirement without a reason, or beyond the horizon, naming the field', async () => {
    const site = await createCompleteSite();
    await published(site, 'legal-notice', 'fr');
    const path = `/legal-pages/sites/${site.site.documentId}/retire`;
    const noReason = await (await admin()).post(path).send({}).expect(400);
    expect(validationErrors(noReason).join('\n')).toMatch(/reason/);
    const far = await (await admin()).post(path).send({ reason: 'Fermeture', retiredAt: '9999-12-31' }).expect(400);
    expect(validationErrors(far).join('\n')).toMatch(/retiredAt/);
  });

  it('reserves a slug that has published: another site cannot take it (400 naming it), not even after a rename', async () => {
    const site = await createCompleteSite();
    await published(site, 'privacy-policy', 'fr');
    const v1 = await http().get(page(site.slug, 'privacy-policy', '/versions/1?format=html')).expect(200);
    const cm = await contentManager();

    const renamed = `${site.slug}-nouveau`;
    await cm.update('site', site.site.documentId, { slug: renamed }, 'fr').expect(200);
    const sitesBefore = await cm.count('site', 'fr');
    const taken = await cm.create('site', { name: site.site.name as string, slug: site.slug, baseUrl: 'https://autre.example.fr', designation: 'Autre' }, 'fr');
    expect(taken.status).toBe(400);
    expect(validationErrors(taken).join('\n')).toMatch(new RegExp(`slug: .*${site.slug}.*reserved`));
    // Without a slug, the name gives the same one: refused the same way.
    const byName = await cm.create('site', { name: site.site.name as string, baseUrl: 'https://autre.example.fr', designation: 'Autre' }, 'fr');
    expect(byName.status).toBe(400);
    expect(await cm.count('site', 'fr')).toBe(sitesBefore);

    // The old URL still serves the same bytes, through a 301.
    const moved = await http().get(page(site.slug, 'privacy-policy', '/versions/1?format=html')).redirects(0).expect(301);
    expect(moved.headers.location).toBe(page(renamed, 'privacy-policy', '/versions/1?format=html'));
    const followed = await http().get(moved.headers.location).expect(200);
    expect(followed.text).toBe(v1.text);
    const current = await http().get(page(site.slug, 'privacy-policy', '?locale=fr')).redirects(0).expect(301);
    expect(current.headers.location).toBe(page(renamed, 'privacy-policy', '?locale=fr'));

    // Renamed back, the site takes its own slug again.
    await cm.update('site', site.site.documentId, { slug: site.slug }, 'fr').expect(200);
    await http().get(page(site.slug, 'privacy-policy', '/versions/1?format=html')).redirects(0).expect(200);
  });

  it('keeps the archived versions of a locale the site no longer publishes readable, and locale-less URLs in their language', async () => {
    const site = await createCompleteSite();
    await published(site, 'privacy-policy', 'fr');
    await published(site, 'privacy-policy', 'en');
    const enV1 = await http().get(page(site.slug, 'privacy-policy', '/versions/1?locale=en&format=html')).expect(200);
    const frDefault = await http().get(page(site.slug, 'privacy-policy', '/versions/1?format=html')).expect(200);

    await (await contentManager()).update('site', site.site.documentId, { publishedLocales: ['en'] }, 'fr').expect(200);

    const archived = await http().get(page(site.slug, 'privacy-policy', '/versions/1?locale=en&format=html')).expect(200);
    expect(archived.text).toBe(enV1.text);
    await http().get(page(site.slug, 'privacy-policy', `?locale=fr&at=${day(new Date())}`)).expect(200);
    await http().get(page(site.slug, 'privacy-policy', '/versions?locale=fr')).expect(200);
    // A request without a locale still reads the language it read before: never silently another one.
    const stillFr = await http().get(page(site.slug, 'privacy-policy', '/versions/1?format=html')).expect(200);
    expect(stillFr.text).toBe(frDefault.text);
    const notCurrent = await http().get(page(site.slug, 'privacy-policy', '?locale=fr')).expect(404);
    expect(notCurrent.body.error.message).toMatch(/no longer publishes .* "fr"/);
    await http().get(page(site.slug, 'privacy-policy', '?locale=en')).expect(200);
  });
});

describe('withdrawing a scheduled version', () => {
  it('keeps it in the archive as withdrawn, never in force, with its reason', async () => {
    const site = await createCompleteSite();
    await published(site, 'legal-notice', 'fr');
    const effectiveAt = inDays(10);
    await published(site, 'legal-notice', 'fr', { effectiveAt: effectiveAt.toISOString(), changeSummary: 'Nouvel hébergeur' });

    const res = await (await admin()).post(`${pagePath(site, 'legal-notice', 'fr')}/versions/2/withdraw`).send({ reason: 'Année mal saisie' }).expect(200);
    expect(res.body.data).toMatchObject({ number: 2, withdrawn: { reason: 'Année mal saisie' } });

    const now = await http().get(page(site.slug, 'legal-notice')).expect(200);
    expect(now.body.data.version).toBe(1);
    expect(now.body.meta.upcoming).toBeNull();
    const later = await http().get(page(site.slug, 'legal-notice', `?at=${day(inDays(11))}`)).expect(200);
    expect(later.body.data.version).toBe(1);
    const list = await http().get(page(site.slug, 'legal-notice', '/versions')).expect(200);
    expect(list.body.data[0]).toMatchObject({ version: 2, inForce: false, withdrawn: { reason: 'Année mal saisie', at: expect.any(String) } });
    expect(list.body.data[1]).toMatchObject({ version: 1, inForce: true, withdrawn: null });
    const v2 = await http().get(page(site.slug, 'legal-notice', '/versions/2')).expect(200);
    expect(v2.body.data.withdrawn).toMatchObject({ reason: 'Année mal saisie' });
    expect(v2.headers['x-legal-page-withdrawn-at']).toBeDefined();

    // The next publication takes the next number; the withdrawn one keeps its own.
    expect((await published(site, 'legal-notice', 'fr')).number).toBe(3);
  });

  it('refuses to withdraw a version in force, one already withdrawn, or without a reason', async () => {
    const site = await createCompleteSite();
    await published(site, 'legal-notice', 'fr');
    await published(site, 'legal-notice', 'fr', { effectiveAt: inDays(5).toISOString() });
    const path = (n: number) => `${pagePath(site, 'legal-notice', 'fr')}/versions/${n}/withdraw`;
    const inForce = await (await admin()).post(path(1)).send({ reason: 'Erreur' }).expect(409);
    expect(inForce.body.error.message).toMatch(/in force/);
    const noReason = await (await admin()).post(path(2)).send({}).expect(400);
    expect(validationErrors(noReason).join('\n')).toMatch(/reason/);
    await (await admin()).post(path(2)).send({ reason: 'Erreur de date' }).expect(200);
    await (await admin()).post(path(2)).send({ reason: 'Encore' }).expect(409);
    await (await admin()).post(path(9)).send({ reason: 'Inconnue' }).expect(404);
  });

  it('needs the Publish permission', async () => {
    const site = await createCompleteSite();
    await published(site, 'legal-notice', 'fr');
    await published(site, 'legal-notice', 'fr', { effectiveAt: inDays(5).toISOString() });
    const role = await createAdminRole([{ action: 'plugin::legal-pages.read' }, { action: 'plugin::legal-pages.compose' }]);
    const { token } = await createAdminUser([role]);
    await asAdmin(token).post(`${pagePath(site, 'legal-notice', 'fr')}/versions/2/withdraw`).send({ reason: 'Erreur' }).expect(403);
    await asAdmin(token).post(`/legal-pages/sites/${site.site.documentId}/retire`).send({ reason: 'Fermeture' }).expect(403);
  });
});

describe('the effective-date horizon', () => {
  it('refuses 9999-12-31 (and anything beyond a year ahead) with a 400 naming effectiveAt; nothing is written', async () => {
    const site = await createCompleteSite();
    await published(site, 'legal-notice', 'fr');
    for (const effectiveAt of ['9999-12-31', day(inDays(400))]) {
      const res = await publish(site, 'legal-notice', 'fr', { effectiveAt });
      expect(res.status).toBe(400);
      expect(validationErrors(res).join('\n')).toMatch(/effectiveAt: .*365 days ahead/);
    }
    const list = await http().get(page(site.slug, 'legal-notice', '/versions')).expect(200);
    expect(list.body.meta.count).toBe(1);
    await http().get(page(site.slug, 'legal-notice', '?at=9999-12-31')).expect(200).expect((res) => expect(res.body.data.version).toBe(1));
    expect((await published(site, 'legal-notice', 'fr', { effectiveAt: day(inDays(300)) })).number).toBe(2);
  });
});
