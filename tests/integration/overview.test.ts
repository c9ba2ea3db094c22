import { randomBytes } from 'node:crypto';
import { asAdmin, superAdminJwt } from './harness';
import { connect, contentManager } from './harness/content-manager';
import { pageIn, settledOverview, type OverviewBody } from './harness/overview';
import { createCompleteSite } from './harness/sites';
import { PAGE_KINDS } from '../../server/src/core';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;

const admin = async () => asAdmin(await superAdminJwt());
const publish = async (site: Site, kind: string, locale = 'fr') =>
  (await admin()).post(`/legal-pages/sites/${site.site.documentId}/pages/${kind}/${locale}/publish`).send({}).expect(201);

// Sites of this file only: their names carry a token no other test file uses.
const run = `vue${randomBytes(3).toString('hex')}`;
const pending = (body: OverviewBody, sites: Site[], kind: string) => sites.map((s) => pageIn(body, s.site.documentId as string, kind)?.changesPending);

describe('the overview: changes pending after edits to shared facts (issue 19)', () => {
  let a: Site;
  let b: Site;
  let c: Site;
  const overview = () => settledOverview({ search: run });
  const republish = async (kind: string) => {
    for (const site of [a, b, c]) await publish(site, kind);
  };

  beforeAll(async () => {
    a = await createCompleteSite(`Vue d’ensemble ${run} A`);
    b = await createCompleteSite(`Vue d’ensemble ${run} B`);
    c = await createCompleteSite(`Vue d’ensemble ${run} C`);
    // B shares A's controller (and publisher) and DPO; C keeps its own.
    const cm = await contentManager();
    await cm.update('site', b.site.documentId as string, { controller: connect(a.controller.documentId), publisher: connect(a.controller.documentId), dpo: connect(a.dpo.documentId) }, 'fr').expect(200);
    await republish('privacy-policy');
    await republish('cookie-policy');
  }, 180_000);

  it('shows nothing pending right after publication', async () => {
    const body = await overview();
    expect(pending(body, [a, b, c], 'privacy-policy')).toEqual([false, false, false]);
    expect(pending(body, [a, b, c], 'cookie-policy')).toEqual([false, false, false]);
    expect(pageIn(body, a.site.documentId as string, 'privacy-policy')).toMatchObject({ state: 'published', version: expect.any(Number) });
  });

  it('sets nothing pending on unrelated edits or on formatting the pages do not show', async () => {
    const cm = await contentManager();
    const unrelated = await cm.make('organisation', { name: `Sans rapport ${run}`, kind: 'company', street: '1 rue X', postalCode: '75001', city: 'Paris', country: 'FR' });
    await cm.update('organisation', unrelated.documentId, { phone: '01 00 00 00 00' }).expect(200);
    // Trailing spaces in a shared entry's text: the pages trim them, so what the public would get is the same.
    let described: { documentId: string; description: string } | undefined;
    for (const purpose of await cm.related('site', a.site.documentId as string, 'purposes', 'fr')) {
      const stored = (await cm.get('purpose', purpose.documentId, 'fr').expect(200)).body.data as { documentId: string; description: string | null };
      if (stored.description) {
        described = { documentId: stored.documentId, description: stored.description };
        break;
      }
    }
    expect(described).toBeDefined();
    await cm.update('purpose', described!.documentId, { description: `${described!.description}   ` }, 'fr').expect(200);
    const body = await overview();
    expect(pending(body, [a, b, c], 'privacy-policy')).toEqual([false, false, false]);
    expect(pending(body, [a, b, c], 'cookie-policy')).toEqual([false, false, false]);
  }, 120_000);

  it('marks the sites sharing an organisation, and only them', async () => {
    const cm = await contentManager();
    await cm.update('organisation', a.controller.documentId, { phone: '04 73 00 00 01' }).expect(200);
    const body = await overview();
    expect(pending(body, [a, b, c], 'privacy-policy')).toEqual([true, true, false]);
    expect(pageIn(body, a.site.documentId as string, 'privacy-policy')?.state).toBe('changes-pending');
    await republish('privacy-policy');
  }, 120_000);

  it('marks the sites sharing a DPO contact, and only them', async () => {
    const cm = await contentManager();
    await cm.update('dpo-contact', a.dpo.documentId, { email: `dpo-${run}@region-exemple.fr` }).expect(200);
    expect(pending(await overview(), [a, b, c], 'privacy-policy')).toEqual([true, true, false]);
    await republish('privacy-policy');
  }, 120_000);

  it('marks the sites showing a purpose', async () => {
    const cm = await contentManager();
    const [purpose] = await cm.related('site', a.site.documentId as string, 'purposes', 'fr');
    await cm.update('purpose', purpose.documentId, { description: `Une description revue (${run}).` }, 'fr').expect(200);
    const body = await overview();
    expect(pending(body, [a, b], 'privacy-policy')).toEqual([true, true]);
    // The purpose is in the French privacy policy, not in the cookie policy.
    expect(pending(body, [a, b], 'cookie-policy')).toEqual([false, false]);
    await republish('privacy-policy');
  }, 120_000);

  it('marks the cookie policies of the sites listing a cookie', async () => {
    const cm = await contentManager();
    const [cookie] = await cm.related('site', a.site.documentId as string, 'cookies', 'fr');
    expect(cookie).toBeDefined();
    await cm.update('cookie', cookie.documentId, { purpose: `Mesure d’audience revue (${run}).` }, 'fr').expect(200);
    const body = await overview();
    expect(pending(body, [a, b], 'cookie-policy')).toEqual([true, true]);
    await republish('cookie-policy');
  }, 120_000);

  it('marks a page whose composition choices changed', async () => {
    await (await admin()).put(`/legal-pages/sites/${c.site.documentId}/pages/privacy-policy/fr`).send({ hiddenSections: ['security'] }).expect(200);
    expect(pending(await overview(), [a, b, c], 'privacy-policy')).toEqual([false, false, true]);
  }, 120_000);
});

describe('the overview: search, filters, paging', () => {
  it('finds sites by name, filters by state and locale, pages by site, with totals', async () => {
    const token = `${run}x`;
    const sites = [];
    for (const letter of ['A', 'B', 'C']) sites.push(await createCompleteSite(`Recherche ${token} ${letter}`));
    await publish(sites[0], 'legal-notice');

    const all = await settledOverview({ search: token.toUpperCase() });
    expect(all.data).toHaveLength(3);
    expect(all.meta.totals).toMatchObject({ sites: 3, pages: 3 * PAGE_KINDS.length * 2, published: 1 });
    expect(all.data[0].pages.map((p) => `${p.kind}/${p.locale}`)).toHaveLength(PAGE_KINDS.length * 2);

    const published = await settledOverview({ search: token, state: 'published' });
    expect(published.data.map((s) => s.documentId)).toEqual([sites[0].site.documentId]);
    expect(published.data[0].pages).toEqual([expect.objectContaining({ kind: 'legal-notice', locale: 'fr', state: 'published', version: 1 })]);
    expect(published.meta.totals.pages).toBe(3 * PAGE_KINDS.length * 2);

    const english = await settledOverview({ search: token, locale: 'en' });
    expect(english.data.flatMap((s) => s.pages).every((p) => p.locale === 'en')).toBe(true);
    expect(english.meta.totals.pages).toBe(3 * PAGE_KINDS.length);

    const first = await settledOverview({ search: token, pageSize: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    const second = await settledOverview({ search: token, pageSize: 2, page: 2 });
    expect(second.data).toHaveLength(1);
    expect(new Set([...first.data, ...second.data].map((s) => s.documentId)).size).toBe(3);
  }, 180_000);

  it('refuses bad query parameters with a 400 naming the parameter', async () => {
    const cases: Array<[string, RegExp]> = [
      ['state=draft', /^state must be one of blocked, changes-pending, scheduled, published, not-published/],
      ['locale=xx', /^locale must be one of the plugin's locales/],
      ['pageSize=500', /^pageSize must be a whole number from 1 to 100/],
      ['page=-1', /^page must be a whole number/],
      ['state=blocked&state=published', /^state must be given once/],
      ['order=name', /unknown query parameter "order"/],
    ];
    for (const [query, message] of cases) {
      const res = await (await admin()).get(`/legal-pages/pages?${query}`).expect(400);
      expect(res.body.error.message).toMatch(message);
    }
  });
});
