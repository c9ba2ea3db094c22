import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { asAdmin, baseUrl, superAdminJwt } from '../harness';
import { launchBrowser, logIn, viewScreenshot } from '../harness/browser';
import { contentManager } from '../harness/content-manager';
import { settledOverview } from '../harness/overview';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

const SITES = 60;

describe('the overview with 60 sites (issue 17)', () => {
  let browser: Browser;
  let page: Page;
  const token = `parc${randomBytes(3).toString('hex')}`;
  const ids: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    // Through the wizard's route, as the admin creates them: one request per site, both locales at once.
    const cm = await contentManager();
    const controller = await cm.make('organisation', {
      name: `Commune ${token}`, kind: 'public-body', street: '1 place de la Mairie', postalCode: '63000', city: 'Clermont-Ferrand', country: 'FR',
      phone: '04 73 00 00 00', email: 'mairie@commune-exemple.fr', siren: '246300701',
    });
    const admin = asAdmin(await superAdminJwt());
    for (let i = 0; i < SITES; i += 1) {
      const res = await admin.post('/legal-pages/sites').send({
        name: `Parc ${token} ${String(i).padStart(2, '0')}`,
        baseUrl: `https://parc-${i}.commune-exemple.fr`,
        locales: ['fr', 'en'],
        texts: { fr: { designation: 'Commune' }, en: { designation: 'Municipality' } },
        controller: { documentId: controller.documentId },
        // Half the sites answer the transfer question; the others are blocked at least until they do.
        ...(i % 2 ? {} : { transfersOutsideEea: 'no' }),
      });
      if (res.status !== 201) throw new Error(`create site ${i}: ${res.status} ${res.text}`);
      ids.push(res.body.data.documentId as string);
    }
    const body = await settledOverview({ search: token }, 180_000);
    expect(body.meta.totals.sites).toBe(SITES);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await page?.context().close();
  });

  it('finds a site by search and shows only blocked pages by filter', async () => {
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1500 } })).newPage();
    await logIn(page, SUPER_ADMIN);
    await page.goto(`${baseUrl()}/admin/plugins/legal-pages`);
    await page.getByRole('heading', { name: 'Legal pages', level: 1 }).waitFor();

    // Search: one site out of the 60.
    await page.getByPlaceholder('Search a site by name').fill(`${token} 42`);
    const target = page.getByTestId(`site-${ids[42]}`);
    await target.waitFor({ timeout: 30000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="site-"]').length === 1, undefined, { timeout: 30000 });
    await target.getByTestId(`row-${ids[42]}-privacy-policy-fr`).waitFor();
    await viewScreenshot(page, 'overview-search');

    // Filter: among this run's sites, only blocked pages remain, each saying what blocks it.
    await page.getByPlaceholder('Search a site by name').fill(token);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="site-"]').length > 1, undefined, { timeout: 30000 });
    await page.getByTestId('total-blocked').click();
    await page.waitForURL(/state=blocked/);
    // The most recent sites come first; an odd one left the transfer question unanswered.
    await page.getByTestId(`row-${ids[SITES - 1]}-privacy-policy-fr`).getByText('Blocked by errors').waitFor({ timeout: 30000 });
    const cells = page.locator('[data-testid^="row-"]');
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('[data-testid^="row-"]', { hasText: 'Blocked by errors' }).count()).toBe(count);
    await viewScreenshot(page, 'overview-blocked');
  }, 180_000);
});
