import type { Browser, Page } from 'playwright-core';
import { baseUrl } from '../harness';
import { launchBrowser, logIn, screenshot } from '../harness/browser';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

describe('the plugin in the real admin', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('adds a "Legal pages" entry to the main menu that opens the plugin', async () => {
    await logIn(page, SUPER_ADMIN);
    const link = page.getByRole('link', { name: 'Legal pages' });
    await link.waitFor({ timeout: 30000 });
    await screenshot(page, 'admin-home-with-menu');

    await link.click();
    await page.waitForURL(`${baseUrl()}/admin/plugins/legal-pages`);
    await page.getByRole('heading', { name: 'Legal pages', level: 1 }).waitFor();
    await page.getByText(/Plugin version \d+\.\d+\.\d+/).waitFor();
    await screenshot(page, 'legal-pages-home');
  });
});
