import type { Browser, Page } from 'playwright-core';
import { asAdmin, baseUrl, http, setRolePermissions, superAdminJwt } from '../harness';
import { launchBrowser, logIn, viewScreenshot } from '../harness/browser';
import { createCompleteSite } from '../harness/sites';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

const PUBLIC_ACTIONS = ['find', 'findVersions', 'findVersion'].map((action) => `plugin::legal-pages.public-pages.${action}`);
const setPublic = (enabled: boolean) => setRolePermissions('public', Object.fromEntries(PUBLIC_ACTIONS.map((action) => [action, enabled])));

/** The history reads through the admin API: revoking the Public role's access (which the README supports) leaves it working. */
describe('the history page without public access', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await page?.context().close();
    await setPublic(true);
  });

  it('lists the versions, compares two and shows one when the Public role may read nothing', async () => {
    const site = await createCompleteSite();
    const documentId = site.site.documentId as string;
    const admin = asAdmin(await superAdminJwt());
    const pageUrl = `/legal-pages/sites/${documentId}/pages/privacy-policy/fr`;
    await admin.post(`${pageUrl}/publish`).send({ changeSummary: 'Première publication' }).expect(201);
    await admin.put(pageUrl).send({ hiddenSections: ['security'] }).expect(200);
    await admin.post(`${pageUrl}/publish`).send({ changeSummary: 'Section sécurité retirée' }).expect(201);

    await setPublic(false);
    // The revocation has taken effect: the public routes refuse what the history shows.
    await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions?locale=fr`).expect(403);
    await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions/1?locale=fr&format=json`).expect(403);

    page = await (await browser.newContext({ viewport: { width: 1440, height: 1500 } })).newPage();
    await logIn(page, SUPER_ADMIN);
    await page.goto(`${baseUrl()}/admin/plugins/legal-pages/sites/${documentId}/privacy-policy/fr/history`);
    await page.getByText('Section sécurité retirée').waitFor({ timeout: 30000 });
    await page.getByText('Première publication').waitFor();
    expect(await page.getByText('No version yet').count()).toBe(0);
    await page.getByText(/sections? changed between version 1 and version 2/).waitFor();
    await page.locator('[data-diff-section="security"]').waitFor();
    await viewScreenshot(page, 'history-without-public');

    await page.getByRole('button', { name: 'View v2' }).click();
    await page.getByRole('dialog').frameLocator('iframe').getByRole('heading', { name: /Responsable du traitement/ }).waitFor();
  });
});
