import type { Page } from 'playwright-core';
import { asAdmin, baseUrl, createAdminRole, createAdminUser, http, superAdminJwt } from '../harness';
import { logIn, useBrowser, viewScreenshot } from '../harness/browser';
import { createCompleteSite } from '../harness/sites';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

const PLUGIN = 'plugin::legal-pages';
const screenshot = viewScreenshot;

const composerUrl = (documentId: string, kind: string, locale: string) => `${baseUrl()}/admin/plugins/legal-pages/sites/${documentId}/${kind}/${locale}`;

describe('composing, previewing and publishing a page in the admin', () => {
  const browser = useBrowser();
  let page: Page;

  it('lets the super admin hide a section, add free text, preview, publish and compare versions', async () => {
    const site = await createCompleteSite();
    const documentId = site.site.documentId as string;
    // A first version, so the history has two versions to compare.
    const first = await asAdmin(await superAdminJwt())
      .post(`/legal-pages/sites/${documentId}/pages/privacy-policy/fr/publish`)
      .send({ changeSummary: 'Première publication' });
    expect(first.status).toBe(201);

    page = await browser.newPage();
    await logIn(page, SUPER_ADMIN);
    await page.goto(`${baseUrl()}/admin/plugins/legal-pages`);
    await page.getByRole('heading', { name: 'Legal pages', level: 1 }).waitFor();
    const row = page.getByTestId(`row-${documentId}-privacy-policy-fr`);
    await row.waitFor();
    await row.getByText('Published v1').first().waitFor();
    await page.getByTestId(`row-${documentId}-legal-notice-fr`).getByText('Not published').waitFor({ timeout: 30000 });
    await screenshot(page, 'overview');

    await row.getByRole('link', { name: /^Open/ }).click();
    await page.waitForURL(composerUrl(documentId, 'privacy-policy', 'fr'));
    await page.getByRole('heading', { name: 'Privacy policy (fr)', level: 1 }).waitFor();
    const preview = page.frameLocator('iframe[title="Preview of the page"]');
    await preview.getByRole('heading', { name: /Sécurité des données/ }).waitFor();
    const sincePublished = page.getByTestId('changes-since-published');
    await sincePublished.getByText('Same as version 1, apart from its dates').waitFor();

    await page.getByRole('checkbox', { name: 'Hide the section “Data security”' }).click();
    await page.getByRole('button', { name: 'Add a free-text section' }).click();
    const modal = page.getByRole('dialog');
    await modal.getByLabel('Title').fill('Accessibilité numérique');
    await modal.getByLabel('Text').fill('Ce site vise la conformité au **RGAA 4.1**. Signalez un défaut à accessibilite@region-exemple.fr.');
    await modal.getByRole('button', { name: 'Add the section' }).click();
    await modal.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Move “Accessibilité numérique” up' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await preview.getByRole('heading', { name: /Accessibilité numérique/ }).waitFor();
    await preview.getByRole('heading', { name: /Sécurité des données/ }).waitFor({ state: 'detached' });
    await screenshot(page, 'composer');
    // What "Changes pending" means for this page: the hidden section and the new one, word by word.
    await sincePublished.getByText(/^\d+ sections changed since version 1\.$/).waitFor();
    await sincePublished.getByRole('button', { name: 'Show the changes' }).click();
    const changes = page.getByRole('dialog');
    await changes.getByRole('heading', { name: 'Changes since version 1' }).waitFor();
    await changes.locator('[data-diff-section="custom-accessibilite-numerique"]').getByText('Added').waitFor();
    await changes.getByText('Removed').waitFor();
    await screenshot(page, 'composer-changes-since-published');
    await changes.getByRole('button', { name: 'Close' }).click();
    await changes.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Publish this page' }).waitFor();
    await dialog.getByLabel('Change summary').fill('Section accessibilité ajoutée, section sécurité retirée');
    await screenshot(page, 'publish-dialog');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Version 2 published/).waitFor();

    const published = await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr&format=html`).expect(200);
    expect(published.text).toContain('Accessibilité numérique');
    expect(published.text).toContain('RGAA 4.1');
    expect(published.text).not.toContain('Sécurité des données');
    await sincePublished.getByText('Same as version 2, apart from its dates').waitFor();

    await page.getByRole('link', { name: 'History' }).click();
    await page.waitForURL(`${composerUrl(documentId, 'privacy-policy', 'fr')}/history`);
    await page.getByText('Section accessibilité ajoutée, section sécurité retirée').waitFor();
    await page.getByText(/sections? changed between version 1 and version 2/).waitFor();
    await page.locator('[data-diff-section="custom-accessibilite-numerique"]').waitFor();
    await screenshot(page, 'history');

    await page.getByRole('button', { name: 'View v2' }).click();
    await page.getByRole('dialog').frameLocator('iframe').getByRole('heading', { name: /Accessibilité numérique/ }).waitFor();
    await screenshot(page, 'history-version');
  });

  it('shows no publish button to an editor without the publish permission, and the API refuses them', async () => {
    const site = await createCompleteSite();
    const documentId = site.site.documentId as string;
    const role = await createAdminRole([
      { action: `${PLUGIN}.read` },
      { action: `${PLUGIN}.compose` },
      { action: 'plugin::content-manager.explorer.read', subject: `${PLUGIN}.site`, properties: { fields: ['name', 'slug', 'publishedLocales'], locales: ['fr', 'en'] } },
    ]);
    const editor = await createAdminUser([role]);

    page = await browser.newPage();
    await logIn(page, editor.credentials);
    await page.goto(composerUrl(documentId, 'privacy-policy', 'fr'));
    await page.getByRole('heading', { name: 'Privacy policy (fr)', level: 1 }).waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: 'Add a free-text section' }).waitFor();
    await page.frameLocator('iframe[title="Preview of the page"]').getByRole('heading', { name: /Responsable du traitement/ }).waitFor();
    expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0);
    await screenshot(page, 'composer-editor-without-publish');

    const res = await asAdmin(editor.token).post(`/legal-pages/sites/${documentId}/pages/privacy-policy/fr/publish`).send({});
    expect(res.status).toBe(403);
    const versions = await http().get(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions?locale=fr`);
    expect(versions.status).toBe(404);
  });
});
