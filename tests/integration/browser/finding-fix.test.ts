import type { Page } from 'playwright-core';
import { baseUrl } from '../harness';
import { logIn, useBrowser, viewScreenshot } from '../harness/browser';
import { connect, contentManager } from '../harness/content-manager';
import { createCompleteSite } from '../harness/sites';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

const screenshot = viewScreenshot;
const composerUrl = (documentId: string, kind: string, locale: string) => `${baseUrl()}/admin/plugins/legal-pages/sites/${documentId}/${kind}/${locale}`;

describe('fixing a finding: from the composer to the field, and back', () => {
  const browser = useBrowser();
  let page: Page;

  it('opens the entry at the field to fix, names the sites it feeds, and leads back to the composer', async () => {
    const first = await createCompleteSite();
    const second = await createCompleteSite();
    const cm = await contentManager();
    // Two sites on one host, whose phone number is missing: both legal notices are blocked.
    await cm.update('site', second.site.documentId, { host: connect(first.host.documentId) }, 'fr').expect(200);
    await cm.update('organisation', first.host.documentId, { phone: null }).expect(200);
    const documentId = second.site.documentId as string;
    const siteNames = [first.site.name as string, second.site.name as string];

    page = await browser.newPage();
    await logIn(page, SUPER_ADMIN);
    await page.goto(composerUrl(documentId, 'legal-notice', 'fr'));
    await page.getByRole('heading', { name: 'Legal notice (fr)', level: 1 }).waitFor({ timeout: 30000 });

    // The finding names the field and the entry in plain words, and its link opens that entry.
    const checklist = page.getByRole('list', { name: 'Compliance checklist' });
    const finding = checklist.getByRole('listitem').filter({ hasText: 'The host\'s phone number is required.' });
    await finding.waitFor({ timeout: 30000 });
    await finding.getByText('Phone of “Hébergeur Exemple”').waitFor();
    // The host's section of the preview links the same entry and says which sites share it.
    const hostSection = page.locator('li[data-section="host"]');
    await hostSection.getByRole('link', { name: 'Edit “Hébergeur Exemple”' }).waitFor();
    await hostSection.getByText(/^Shared by 2 sites: .+\. Editing it changes all their pages\.$/).waitFor();
    for (const name of siteNames) expect(await hostSection.getByText(name, { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'finding-fix-composer');

    await finding.getByRole('link', { name: 'Edit the organisation' }).click();
    await page.waitForURL(new RegExp(`content-manager/collection-types/plugin::legal-pages\\.organisation/${first.host.documentId}\\?`));
    expect(new URL(page.url()).searchParams.get('field')).toBe('phone');

    // The edit view opens at the phone field, focused and marked.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'phone', undefined, { timeout: 30000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    await page.locator('[data-legal-pages-fix="phone"]').waitFor();

    // The plugin's panel: the sites whose pages saving the host changes, and the way back.
    const usedBy = page.getByText(/^Used by 2 sites: .+\. Saving it changes all their pages\.$/);
    await usedBy.waitFor({ timeout: 30000 });
    const note = await usedBy.textContent();
    for (const name of siteNames) expect(note).toContain(name);
    await screenshot(page, 'finding-fix-content-manager');

    await page.locator('input[name="phone"]').fill('01 23 45 67 89');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Saved/).first().waitFor();

    // One click back to the composer, where the finding is gone.
    await page.getByRole('link', { name: 'Back to the composer' }).click();
    await page.waitForURL(composerUrl(documentId, 'legal-notice', 'fr'));
    await page.getByRole('heading', { name: 'Legal notice (fr)', level: 1 }).waitFor();
    await page.frameLocator('iframe[title="Preview of the page"]').getByText('01 23 45 67 89').first().waitFor({ timeout: 30000 });
    await finding.waitFor({ state: 'detached' });
    await screenshot(page, 'finding-fix-back');
  });

  it('sends a fact no entry holds yet to the site’s field that chooses one', async () => {
    const site = await createCompleteSite();
    const cm = await contentManager();
    // No host in any locale (a shared relation left empty in one locale is taken from another).
    for (const locale of ['fr', 'en']) {
      await cm.update('site', site.site.documentId, { host: { disconnect: [{ documentId: site.host.documentId }] } }, locale).expect(200);
    }
    const documentId = site.site.documentId as string;

    page = await browser.newPage();
    await logIn(page, SUPER_ADMIN);
    await page.goto(composerUrl(documentId, 'legal-notice', 'fr'));
    await page.getByRole('heading', { name: 'Legal notice (fr)', level: 1 }).waitFor({ timeout: 30000 });
    const checklist = page.getByRole('list', { name: 'Compliance checklist' });
    // "The host of the website must be identified": the site's field that chooses the host, not a field it lacks.
    const finding = checklist.getByRole('listitem').filter({ hasText: 'The host of the website must be identified.' });
    await finding.waitFor({ timeout: 30000 });
    const link = finding.getByRole('link', { name: 'Edit the site' });
    expect(await link.getAttribute('data-fix-field')).toBe('host');

    await link.click();
    await page.waitForURL(new RegExp(`content-manager/collection-types/plugin::legal-pages\\.site/${documentId}\\?`));
    expect(new URL(page.url()).searchParams.get('field')).toBe('host');
    await page.locator('[data-legal-pages-fix="host"]').waitFor({ timeout: 30000 });
    await page.getByRole('link', { name: 'Back to the composer' }).click();
    await page.waitForURL(composerUrl(documentId, 'legal-notice', 'fr'));
  });
});
