import { asAdmin, http, superAdminJwt } from './harness';
import { contentManager } from './harness/content-manager';
import { pageIn, settledOverview } from './harness/overview';
import { createCompleteSite } from './harness/sites';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;

const admin = async () => asAdmin(await superAdminJwt());
const pageUrl = (site: Site, kind: string, locale = 'fr') => `/legal-pages/sites/${site.site.documentId}/pages/${kind}/${locale}`;
const errorsOf = (res: { body: { error: { details: { errors: Array<{ path: string[]; message: string }> } } } }) =>
  res.body.error.details.errors.map((e) => `${e.path.join('.')}: ${e.message}`);

describe('composition choices, effective-date policy and pending changes (the register: register.test.ts)', () => {
  let site: Site;

  beforeAll(async () => {
    site = await createCompleteSite();
  });

  it('stores section order, hidden sections and free-text sections, and publishes with them', async () => {
    const choices = {
      hiddenSections: ['security'],
      customSections: [{ id: 'accessibilite', title: 'Accessibilité', body: 'Le site vise le niveau **AA** du RGAA.', after: 'rights' }],
    };
    const saved = await (await admin()).put(pageUrl(site, 'privacy-policy')).send(choices).expect(200);
    expect(saved.body.data.choices).toMatchObject(choices);
    expect(saved.body.data.sections).toEqual(expect.arrayContaining([{ id: 'rights', optional: false }, { id: 'security', optional: true }]));

    await (await admin()).post(`${pageUrl(site, 'privacy-policy')}/publish`).send({}).expect(201);
    const html = await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy?format=html`).expect(200);
    expect(html.text).toContain('Accessibilité');
    expect(html.text).toContain('<strong>AA</strong>');
    expect(html.text).not.toMatch(/id="[^"]*security"/);
  });

  it('refuses choices that would break the page, naming the field', async () => {
    const cases: Array<[object, RegExp]> = [
      [{ hiddenSections: ['rights'] }, /^hiddenSections\.0: "rights" is required by law and cannot be hidden$/],
      [{ sectionOrder: ['rights', 'jokes'] }, /^sectionOrder\.1: "jokes" is not a section of a privacy-policy$/],
      [{ customSections: [{ id: 'Bad Id', title: 'x', body: 'y' }] }, /^customSections\.0\.id: id must be lower-case/],
      [{ customSections: [{ id: 'a', title: 'x' }] }, /^customSections\.0\.body: customSections\[0\]\.body is a required field$/],
      [{ effectiveDelayDays: -1 }, /^effectiveDelayDays: /],
      [{ colour: 'red' }, /unknown field "colour"/],
    ];
    for (const [body, message] of cases) {
      const res = await (await admin()).put(pageUrl(site, 'privacy-policy')).send(body).expect(400);
      expect([res.body.error.message, ...errorsOf(res)]).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    }
    const kept = await (await admin()).get(pageUrl(site, 'privacy-policy')).expect(200);
    expect(kept.body.data.choices.hiddenSections).toEqual(['security']);
  });

  it('applies the page’s effective-date delay when a publication names no date', async () => {
    await (await admin()).put(pageUrl(site, 'legal-notice')).send({ effectiveDelayDays: 30 }).expect(200);
    const res = await (await admin()).post(`${pageUrl(site, 'legal-notice')}/publish`).send({}).expect(201);
    const days = (new Date(res.body.data.effectiveAt).getTime() - Date.now()) / 86400000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    const now = await http().get(`/api/legal-pages/pages/${site.slug}/legal-notice`).expect(404);
    expect(now.body.error.message).toBe('This page is published but not in force yet');
  });

  it('reports the pages whose source data changed since their publication', async () => {
    const own = await createCompleteSite();
    await (await admin()).post(`${pageUrl(own, 'cookie-policy')}/publish`).send({}).expect(201);
    await (await admin()).post(`${pageUrl(own, 'privacy-policy')}/publish`).send({}).expect(201);
    // The overview answers from the pages' stored states, checked again in the background after each write.
    const find = async (kind: string) => pageIn(await settledOverview({ search: own.slug }), own.site.documentId as string, kind);
    expect(await find('cookie-policy')).toMatchObject({ locale: 'fr', version: 1, state: 'published', changesPending: false, errors: 0 });

    const cm = await contentManager();
    await cm.update('dpo-contact', own.dpo.documentId, { email: 'protection@region-exemple.fr' }).expect(200);
    // Pending means the page the public would get differs: the privacy policy names the DPO's address, the cookie
    // policy does not.
    expect(await find('privacy-policy')).toMatchObject({ version: 1, changesPending: true });
    expect(await find('cookie-policy')).toMatchObject({ version: 1, changesPending: false });
  });
});
