import { asAdmin, createAdminRole, createAdminUser, superAdminJwt } from './harness';
import { connect, contentManager } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;

const admin = async () => asAdmin(await superAdminJwt());
const sitesOf = (type: string, documentId: string, query = '') => `/legal-pages/entries/${type}/${documentId}/sites${query}`;
const names = (sites: Array<{ name: string }>) => sites.map((s) => s.name);

describe('the sites an entry feeds (GET /entries/:type/:documentId/sites) and the sources of each section of the preview', () => {
  let first: Site;
  let second: Site;

  beforeAll(async () => {
    first = await createCompleteSite();
    second = await createCompleteSite();
    // The second site moves to the first one's host: one host, two sites' legal notices.
    const cm = await contentManager();
    await cm.update('site', second.site.documentId, { host: connect(first.host.documentId) }, 'fr').expect(200);
  });

  it('names every site that uses an entry, sorted by name, and only those', async () => {
    const shared = await (await admin()).get(sitesOf('organisation', first.host.documentId)).expect(200);
    expect(shared.body.data).toMatchObject({ type: 'organisation', documentId: first.host.documentId });
    expect(names(shared.body.data.sites)).toEqual([first.site.name, second.site.name].sort((a, b) => String(a).localeCompare(String(b))));
    expect(shared.body.data.sites.map((s: { documentId: string }) => s.documentId).sort()).toEqual([first.site.documentId, second.site.documentId].sort());

    const own = await (await admin()).get(sitesOf('dpo-contact', first.dpo.documentId, '?locale=fr')).expect(200);
    expect(own.body.data.sites).toEqual([{ documentId: first.site.documentId, name: first.site.name }]);

    // The second site's former host now feeds no site.
    const former = await (await admin()).get(sitesOf('organisation', second.host.documentId)).expect(200);
    expect(former.body.data.sites).toEqual([]);
  });

  it('finds entries reached through a purpose', async () => {
    const cm = await contentManager();
    const [purpose] = await cm.related('site', first.site.documentId, 'purposes', 'fr');
    const res = await (await admin()).get(sitesOf('purpose', purpose.documentId)).expect(200);
    expect(names(res.body.data.sites)).toContain(first.site.name);
  });

  it('refuses an unknown type, the site itself, an unknown entry and an unknown parameter', async () => {
    expect((await (await admin()).get(sitesOf('jokes', 'x'))).status).toBe(404);
    expect((await (await admin()).get(sitesOf('site', first.site.documentId as string))).status).toBe(404);
    const missing = await (await admin()).get(sitesOf('organisation', 'no-such-document'));
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/No organisation with documentId "no-such-document"/);
    expect((await (await admin()).get(sitesOf('organisation', first.host.documentId, '?colour=red'))).status).toBe(400);
  });

  it('requires the plugin’s Read permission', async () => {
    const role = await createAdminRole([]);
    const outsider = await createAdminUser([role]);
    expect((await asAdmin(outsider.token).get(sitesOf('organisation', first.host.documentId))).status).toBe(403);
    const reader = await createAdminUser([await createAdminRole([{ action: 'plugin::legal-pages.read' }])]);
    expect((await asAdmin(reader.token).get(sitesOf('organisation', first.host.documentId))).status).toBe(200);
  });

  it('gives the preview the entries of each section, naming every site a shared one feeds', async () => {
    const res = await (await admin()).get(`/legal-pages/sites/${second.site.documentId}/pages/legal-notice/fr/preview`).expect(200);
    const { sections } = res.body.data;
    expect(sections.host).toEqual([
      expect.objectContaining({ type: 'organisation', documentId: first.host.documentId, entryName: 'Hébergeur Exemple', usedBy: expect.any(Array) }),
    ]);
    expect(names(sections.host[0].usedBy).sort()).toEqual([first.site.name, second.site.name].sort());
    // The publisher is the second site's own controller: not shared, no note.
    expect(sections.publisher).toEqual([expect.objectContaining({ type: 'organisation', documentId: second.controller.documentId })]);
    expect(sections.publisher[0].usedBy).toBeUndefined();
    expect(sections.director).toEqual([{ type: 'site', documentId: second.site.documentId, locale: 'fr', entryName: second.site.name, field: 'directorOfPublicationName' }]);

    const privacy = await (await admin()).get(`/legal-pages/sites/${second.site.documentId}/pages/privacy-policy/fr/preview`).expect(200);
    expect(privacy.body.data.sections.purposes.length).toBeGreaterThan(0);
    expect(privacy.body.data.sections.purposes.every((s: { type: string; locale: string }) => s.type === 'purpose' && s.locale === 'fr')).toBe(true);
    expect(privacy.body.data.sections.dpo).toEqual([expect.objectContaining({ type: 'dpo-contact', documentId: second.dpo.documentId })]);
  });
});
