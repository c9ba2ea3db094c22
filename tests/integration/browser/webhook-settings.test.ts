import type { Browser, Page } from 'playwright-core';
import { asAdmin, baseUrl, superAdminJwt } from '../harness';
import { launchBrowser, logIn, viewScreenshot } from '../harness/browser';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

describe('subscribing a webhook to the legal page events in the admin', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('adds the events to a webhook made in Settings → Webhooks, and keeps its own', async () => {
    const admin = asAdmin(await superAdminJwt());
    const name = `Rebuild ${Date.now()}`;
    const created = await admin.post('/admin/webhooks').send({ name, url: 'https://frontend.example.org/api/revalidate', headers: {}, events: ['entry.publish'] });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;

    await logIn(page, SUPER_ADMIN);
    await page.goto(`${baseUrl()}/admin/settings/legal-pages`);
    await page.getByRole('heading', { name: 'Legal pages', level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: `Send legal-page.in-force to ${name}` }).click();
    await page.getByRole('checkbox', { name: `Send legal-page.withdraw to ${name}` }).click();
    await viewScreenshot(page, 'webhook-settings');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Webhook events saved').waitFor();

    const saved = await admin.get(`/admin/webhooks/${id}`).expect(200);
    expect([...saved.body.data.events].sort()).toEqual(['entry.publish', 'legal-page.in-force', 'legal-page.withdraw']);
    await admin.delete(`/admin/webhooks/${id}`).expect(200);
  });
});
