import type { Browser, Page } from 'playwright-core';
import { baseUrl } from '../harness';
import { launchBrowser, logIn, viewScreenshot } from '../harness/browser';
import { createCompleteSite } from '../harness/sites';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

/**
 * The Content Manager's form of a plugin entry in the French admin: the labels, hints and choices the plugin gives
 * its fields (server/src/content-manager/help) are the ones an editor reads, not the attributes' names.
 */
describe('a plugin entry in the French admin', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('labels, explains and lists the choices of the fields in French', async () => {
    const { host } = await createCompleteSite();
    await logIn(page, SUPER_ADMIN);
    // The admin's own language switch keeps the choice here.
    await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'fr'));
    await page.goto(`${baseUrl()}/admin/content-manager/collection-types/plugin::legal-pages.organisation/${host.documentId}`);

    const name = page.getByRole('textbox', { name: /^Dénomination/ });
    await name.waitFor({ timeout: 30000 });
    expect(await name.inputValue()).toBe('Hébergeur Exemple');
    await page.getByText('Exactement comme elle est enregistrée : « Clermont Auvergne Métropole », « OpenDataSoft ».').waitFor();

    // A choice shows its label, not the stored value.
    const kind = page.getByRole('combobox', { name: /^Nature/ });
    await kind.waitFor();
    expect(await kind.textContent()).toMatch(/société/i);
    expect(await kind.textContent()).not.toMatch(/company/);

    // No attribute's name is shown as a label.
    for (const raw of ['shareCapitalCurrency', 'nameInText', 'representativeName']) expect(await page.getByText(raw, { exact: true }).count()).toBe(0);
    await viewScreenshot(page, 'content-manager-french');
  });
});
