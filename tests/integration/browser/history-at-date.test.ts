import type { Page } from 'playwright-core';
import { asAdmin, baseUrl, superAdminJwt } from '../harness';
import { logIn, useBrowser, viewScreenshot } from '../harness/browser';
import { createCompleteSite } from '../harness/sites';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

const inDays = (days: number) => new Date(Date.now() + days * 86400000);
const day = (date: Date) => date.toISOString().slice(0, 10);
const adminUrl = (documentId: string, path = '') => `${baseUrl()}/admin/plugins/legal-pages/sites/${documentId}/privacy-policy/fr${path}`;

/**
 * The DPO's question, "which notice was in force on that date?", answered in the history; and the publish dialog's
 * dates: "in N days", the time zone they are read in, no error before any input, one summary per locale.
 */
describe('the history on a date and the publish dialog’s dates', () => {
  const browser = useBrowser();
  let page: Page;

  it('finds the version in force on a date between two, shows until when each is, and counts no change when only the date moved', async () => {
    const site = await createCompleteSite();
    const documentId = site.site.documentId as string;
    const admin = asAdmin(await superAdminJwt());
    const pageUrl = `/legal-pages/sites/${documentId}/pages/privacy-policy/fr`;
    await admin.post(`${pageUrl}/publish`).send({ effectiveInDays: 0, changeSummary: 'Première publication' }).expect(201);
    // The same facts, published again to take effect in ten days: only the page's dates differ.
    const second = new Date(`${day(inDays(10))}T12:00:00.000Z`);
    await admin.post(`${pageUrl}/publish`).send({ effectiveAt: second.toISOString(), changeSummary: 'Même texte, nouvelle date' }).expect(201);

    page = await browser.newPage({ timezoneId: 'Europe/Paris' });
    await logIn(page, SUPER_ADMIN);
    await page.goto(adminUrl(documentId, '/history'));
    await page.getByText('Même texte, nouvelle date').waitFor({ timeout: 30000 });

    // A day between the two effective dates: the first version.
    const inForceOn = page.getByLabel('In force on', { exact: true });
    await inForceOn.fill(day(inDays(5)));
    await page.getByText(/^Version 1 is the one in force on /).waitFor();
    await page.getByTestId('version-row-1').getByText(/^In force on /).waitFor();
    expect(await page.getByTestId('version-row-2').getByText(/^In force on /).count()).toBe(0);

    // The first is in force until the second takes effect; nothing is scheduled after the second.
    expect(await page.getByTestId('until-1').textContent()).toBe(await page.getByTestId('effective-2').textContent());
    expect(await page.getByTestId('until-2').textContent()).toBe('—');

    // The diff between them: the effective date moved, no section changed.
    await page.getByText('No section changed between version 1 and version 2.').waitFor();
    await page.getByTestId('diff-effective-date').waitFor();
    expect(await page.locator('[data-diff-section]').count()).toBe(0);
    await viewScreenshot(page, 'history-at-date');

    // After the second date, the second; before the first, none.
    await inForceOn.fill(day(inDays(12)));
    await page.getByText(/^Version 2 is the one in force on /).waitFor();
    await page.getByTestId('version-row-2').getByText(/^In force on /).waitFor();
    await inForceOn.fill(day(inDays(-1)));
    await page.getByText(/^No version is in force on /).waitFor();
  });

  it('publishes in a number of days, shows the time zone, and leaves the date field out of error until it is touched', async () => {
    const site = await createCompleteSite();
    const documentId = site.site.documentId as string;

    page = await browser.newPage({ timezoneId: 'Europe/Paris' });
    await logIn(page, SUPER_ADMIN);
    await page.goto(adminUrl(documentId));
    await page.getByRole('heading', { name: 'Privacy policy (fr)', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Publish this page' }).waitFor();

    // On a date: the zone is shown, the field waits for a date without being red, and nothing can be published yet.
    await dialog.getByRole('radio', { name: 'On a date' }).click();
    await dialog.getByText(/^Time zone: Europe\/Paris \(UTC\+[12]\)\.$/).waitFor();
    expect(await dialog.getByText('Choose the date the new version takes effect.').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);

    // In a number of days: the date it gives, in the browser's zone.
    await dialog.getByRole('radio', { name: /^In \d+ days?$/ }).click();
    await dialog.getByLabel('Number of days').fill('10');
    await dialog.getByRole('radio', { name: 'In 10 days' }).waitFor();
    await dialog.getByText(/^In force from .+ — time zone: Europe\/Paris \(UTC\+[12]\)\.$/).waitFor();

    // Several locales: one summary each; back to one locale, one summary.
    await dialog.getByRole('checkbox', { name: /\(en\)/ }).click();
    await dialog.getByLabel(/^Change summary — .*\(fr\)$/).waitFor();
    await dialog.getByLabel(/^Change summary — .*\(en\)$/).waitFor();
    await viewScreenshot(page, 'publish-dialog-dates');
    await dialog.getByRole('checkbox', { name: /\(en\)/ }).click();
    await dialog.getByLabel('Change summary').fill('Préavis de dix jours');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Version 1 published/).first().waitFor({ timeout: 30000 });

    const versions = await asAdmin(await superAdminJwt()).get(`/legal-pages/sites/${documentId}/pages/privacy-policy/fr/versions`).expect(200);
    expect(versions.body.data[0]).toMatchObject({ version: 1, changeSummary: 'Préavis de dix jours', inForce: false });
    // Ten days after the server's now, not the browser's.
    expect(Math.abs(Date.parse(versions.body.data[0].effectiveAt) - inDays(10).getTime())).toBeLessThan(10 * 60_000);
  });
});
