import type { Browser, Page } from 'playwright-core';
import { baseUrl, http } from '../harness';
import { addAccessibilityFacts } from '../harness/accessibility';
import { launchBrowser, logIn, viewScreenshot } from '../harness/browser';
import { createCompleteSite } from '../harness/sites';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

describe('the accessibility statement in the composer', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the computed conformity and a finding, and publishes the statement', async () => {
    const site = await createCompleteSite();
    const documentId = site.site.documentId as string;
    // No action plan: a public body's statement gets a warning for it, which does not block publication.
    await addAccessibilityFacts(documentId, site.slug, ['actionPlanUrl']);

    page = await (await browser.newContext({ viewport: { width: 1440, height: 1500 } })).newPage();
    await logIn(page, SUPER_ADMIN);
    await page.goto(`${baseUrl()}/admin/plugins/legal-pages/sites/${documentId}/accessibility-statement/fr`);
    await page.getByRole('heading', { name: 'Accessibility statement (fr)', level: 1 }).waitFor({ timeout: 30000 });
    const preview = page.frameLocator('iframe[title="Preview of the page"]');
    // Computed from the audit (38 of 50 criteria met), never typed.
    await preview.getByText(/partiellement conforme/).first().waitFor();
    await page.getByText('A public body publishes its action plan for the current year: set its link.').waitFor();
    await viewScreenshot(page, 'accessibility-statement-composer');

    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Change summary').fill('Première déclaration');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Version 1 published/).waitFor();

    const mention = await http().get(`/api/legal-pages/pages/${site.slug}/accessibility-statement/mention?locale=fr`).expect(200);
    expect(mention.body.data).toMatchObject({ status: 'partially-compliant', rate: 76, version: 1 });
  });
});
