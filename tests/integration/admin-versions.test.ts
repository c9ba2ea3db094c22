import { asAdmin, createAdminRole, createAdminUser, http, setRolePermissions, superAdminJwt } from './harness';
import { createCompleteSite } from './harness/sites';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;

const PLUGIN = 'plugin::legal-pages';
const PUBLIC_ACTIONS = ['find', 'findVersions', 'findVersion'].map((action) => `${PLUGIN}.public-pages.${action}`);
const admin = async () => asAdmin(await superAdminJwt());
const pageUrl = (site: Site, kind = 'privacy-policy', locale = 'fr') => `/legal-pages/sites/${site.site.documentId}/pages/${kind}/${locale}`;

/**
 * The history's admin routes answer what the public routes answer for the same page, behind the plugin's Read
 * permission: the history keeps working when an administrator revokes the Public role's access.
 */
describe('the admin routes of a page\'s versions', () => {
  let site: Site;

  beforeAll(async () => {
    site = await createCompleteSite();
    const editor = await admin();
    await editor.post(`${pageUrl(site)}/publish`).send({ changeSummary: 'Première version' }).expect(201);
    await editor.post(`${pageUrl(site)}/publish`).send({ changeSummary: 'Deuxième version' }).expect(201);
  });

  it('lists the versions as the public list does, newest first, the one in force marked', async () => {
    const [fromAdmin, fromPublic] = await Promise.all([
      (await admin()).get(`${pageUrl(site)}/versions`).expect(200),
      http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions?locale=fr`).expect(200),
    ]);
    expect(fromAdmin.body).toEqual(fromPublic.body);
    expect(fromAdmin.body.data.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(fromAdmin.body.data[0]).toMatchObject({ inForce: true, changeSummary: 'Deuxième version', site: site.slug });
    expect(fromAdmin.headers['cache-control']).toBe('no-store');
  });

  it('returns one version as its JSON tree, HTML, Markdown or text, the bytes the public route sends', async () => {
    const json = await (await admin()).get(`${pageUrl(site)}/versions/1`).expect(200);
    expect(json.body.data).toMatchObject({ version: 1, changeSummary: 'Première version' });
    expect(json.body.data.document.sections.length).toBeGreaterThan(0);
    for (const format of ['html', 'markdown', 'text']) {
      const [fromAdmin, fromPublic] = await Promise.all([
        (await admin()).get(`${pageUrl(site)}/versions/1?format=${format}`).expect(200),
        http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions/1?locale=fr&format=${format}`).expect(200),
      ]);
      expect(fromAdmin.text).toBe(fromPublic.text);
      expect(fromAdmin.headers['content-type']).toBe(fromPublic.headers['content-type']);
    }
  });

  it('keeps answering when the Public role may read nothing', async () => {
    try {
      await setRolePermissions('public', Object.fromEntries(PUBLIC_ACTIONS.map((action) => [action, false])));
      await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions?locale=fr`).expect(403);
      await (await admin()).get(`${pageUrl(site)}/versions`).expect(200);
      await (await admin()).get(`${pageUrl(site)}/versions/2?format=html`).expect(200);
    } finally {
      await setRolePermissions('public', Object.fromEntries(PUBLIC_ACTIONS.map((action) => [action, true])));
    }
  });

  it('answers 404 for a page never published, an unknown version or kind, and 400 for a malformed one', async () => {
    const editor = await admin();
    expect((await editor.get(`${pageUrl(site, 'legal-notice')}/versions`)).status).toBe(404);
    expect((await editor.get(`${pageUrl(site)}/versions/99`)).status).toBe(404);
    expect((await editor.get(`${pageUrl(site, 'no-such-kind')}/versions`)).status).toBe(404);
    expect((await editor.get(`${pageUrl(site)}/versions/0`)).status).toBe(400);
    expect((await editor.get(`${pageUrl(site)}/versions/1?format=pdf`)).status).toBe(400);
  });

  it('needs the plugin\'s Read permission', async () => {
    const withoutRead = await createAdminUser([await createAdminRole([{ action: `${PLUGIN}.settings` }])]);
    expect((await asAdmin(withoutRead.token).get(`${pageUrl(site)}/versions`)).status).toBe(403);
    expect((await asAdmin(withoutRead.token).get(`${pageUrl(site)}/versions/1`)).status).toBe(403);
    const reader = await createAdminUser([await createAdminRole([{ action: `${PLUGIN}.read` }])]);
    await asAdmin(reader.token).get(`${pageUrl(site)}/versions`).expect(200);
  });
});

/**
 * The DPO's question, "which notice was in force on that date?", through the admin route: `?at=YYYY-MM-DD` reads as the
 * public `?at=` does (the end of that day, UTC), and each version says until when it is in force.
 */
describe('the admin versions route on a date', () => {
  const inDays = (days: number) => new Date(Date.now() + days * 86400000);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  let site: Site;
  let second: Date;

  beforeAll(async () => {
    site = await createCompleteSite();
    const editor = await admin();
    await editor.post(`${pageUrl(site)}/publish`).send({ effectiveInDays: 0, changeSummary: 'En vigueur tout de suite' }).expect(201);
    second = new Date(`${day(inDays(10))}T12:00:00.000Z`);
    const scheduled = await editor.post(`${pageUrl(site)}/publish`).send({ effectiveAt: second.toISOString(), changeSummary: 'Dans dix jours' }).expect(201);
    expect(scheduled.body.data.effectiveAt).toBe(second.toISOString());
  });

  it('marks the version in force at the end of the day asked, and gives each version its end', async () => {
    const editor = await admin();
    const between = await editor.get(`${pageUrl(site)}/versions?at=${day(inDays(5))}`).expect(200);
    expect(between.body.meta.at).toBe(day(inDays(5)));
    expect(between.body.data.map((v: { version: number; inForce: boolean; until: string | null }) => [v.version, v.inForce, v.until])).toEqual([
      [2, false, null],
      [1, true, second.toISOString()],
    ]);
    const after = await editor.get(`${pageUrl(site)}/versions?at=${day(inDays(11))}`).expect(200);
    expect(after.body.data.map((v: { inForce: boolean }) => v.inForce)).toEqual([true, false]);
    const before = await editor.get(`${pageUrl(site)}/versions?at=${day(inDays(-1))}`).expect(200);
    expect(before.body.data.map((v: { inForce: boolean }) => v.inForce)).toEqual([false, false]);
  });

  it('answers as the public list without `at`, the version in force now marked and the ends given', async () => {
    const [fromAdmin, fromPublic] = await Promise.all([
      (await admin()).get(`${pageUrl(site)}/versions`).expect(200),
      http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions?locale=fr`).expect(200),
    ]);
    expect(fromAdmin.body).toEqual(fromPublic.body);
    expect(fromAdmin.body.meta.at).toBeUndefined();
    expect(fromAdmin.body.data[1]).toMatchObject({ version: 1, inForce: true, until: second.toISOString() });
    // The public `?at=` names the same version for the same day.
    const publicAt = await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr&at=${day(inDays(5))}`).expect(200);
    expect(publicAt.body.data.version).toBe(1);
  });

  it('refuses a malformed or repeated `at` with a 400 naming it', async () => {
    const editor = await admin();
    for (const query of ['at=2026-02-30', 'at=soon', `at=${day(inDays(1))}&at=${day(inDays(2))}`]) {
      const res = await editor.get(`${pageUrl(site)}/versions?${query}`).expect(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toMatch(/^at /);
    }
  });

  it('refuses an effectiveInDays that is not a whole number of days from 0, or given with effectiveAt', async () => {
    const editor = await admin();
    for (const body of [{ effectiveInDays: -1 }, { effectiveInDays: 1.5 }, { effectiveInDays: 2, effectiveAt: inDays(3).toISOString() }]) {
      const res = await editor.post(`${pageUrl(site)}/publish`).send(body).expect(400);
      expect(res.body.error.message).toMatch(/effectiveInDays/);
    }
    const versions = await editor.get(`${pageUrl(site)}/versions`).expect(200);
    expect(versions.body.meta.count).toBe(2);
  });
});
