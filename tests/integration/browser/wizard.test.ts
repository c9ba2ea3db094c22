import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, http } from '../harness';
import { contentManager } from '../harness/content-manager';
import { launchBrowser, logIn, viewScreenshot as screenshot } from '../harness/browser';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

const sectionOrder = (page: Page) => page.locator('ol[aria-label="Sections"] > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-section')));

describe('from an empty site to a published page, through the wizard', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    // A failing step leaves the page as it was: keep it for whoever reads the CI log.
    if (page && !page.isClosed()) await screenshot(page, 'wizard-last-state').catch(() => undefined);
  });

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
  });

  it('creates a site, fixes the missing facts the checklist names, reorders, publishes in two locales, and serves the page', async () => {
    const name = `Commune de Testville ${randomBytes(3).toString('hex')}`;
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1500 } })).newPage();
    await logIn(page, SUPER_ADMIN);
    await page.goto(`${baseUrl()}/admin/plugins/legal-pages`);
    await page.getByRole('link', { name: 'New site' }).click();
    await page.getByRole('heading', { name: 'New site', level: 1 }).waitFor();

    // 0. The kind of controller comes first; it fills in the designation the site step then shows.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Choose the kind of controller.').waitFor();
    await page.getByRole('radio', { name: 'Public body' }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    // 1. The site. "Next" refuses an empty form and names what is missing.
    expect(await page.getByLabel('Short name in the text (fr)').inputValue()).toBe('Commune');
    expect(await page.getByLabel('Short name in the text (en)').inputValue()).toBe('Municipality');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('This field is required.').first().waitFor();
    await page.getByLabel('Site name').fill(name);
    await page.getByLabel('Address (URL)').fill('https://www.testville.fr');
    await page.getByLabel('Short name in the text (fr)').fill('Commune');
    await page.getByLabel('Short name in the text (en)').fill('Municipality');
    await screenshot(page, 'wizard-1-site');
    await page.getByRole('button', { name: 'Next' }).click();

    // 2. The controller, entered anew.
    await page.getByRole('heading', { name: 'Data controller', level: 2 }).waitFor();
    await page.getByLabel('Legal name').fill('Commune de Testville');
    await page.getByLabel('Legal form').fill('Collectivité territoriale');
    await page.getByLabel('Street address').fill('1 place de la Mairie');
    await page.getByLabel('Postal code').fill('30000');
    await page.getByLabel('City').fill('Nîmes');
    await page.getByLabel('E-mail').fill('contact@testville.fr');
    await page.getByLabel('SIREN').fill('213001894');
    await screenshot(page, 'wizard-2-controller');
    await page.getByRole('button', { name: 'Next' }).click();

    // 3. The DPO, with a label only: the page will lack a way to reach them.
    await page.getByRole('heading', { name: 'Data protection officer', level: 2 }).waitFor();
    await page.getByLabel('Label (for editors)').fill(`DPO ${name}`);
    await page.getByLabel('Name or title to show on the page').fill('Délégué à la protection des données');
    await page.getByRole('button', { name: 'Next' }).click();

    // 4. The controller publishes the site; its director of publication.
    await page.getByRole('heading', { name: 'Publisher and director of publication', level: 2 }).waitFor();
    await page.getByLabel('Director of publication').fill('Jeanne Martin');
    await page.getByLabel('Their title (fr)').fill('maire de Testville');
    await page.getByLabel('Their title (en)').fill('Mayor of Testville');
    await screenshot(page, 'wizard-4-publisher');
    await page.getByRole('button', { name: 'Next' }).click();

    // 5. The host. Its website is not a web address: the step itself refuses it, in plain words, before going on.
    await page.getByRole('heading', { name: 'Host', level: 2 }).waitFor();
    await page.getByLabel('Legal name').fill('Hébergeur de Testville');
    await page.getByLabel('Street address').fill('10 rue du Serveur');
    await page.getByLabel('Postal code').fill('75015');
    await page.getByLabel('City').fill('Paris');
    await page.getByLabel('Phone').fill('01 23 45 67 89');
    await page.getByLabel('Website').fill('hebergeur point fr');
    // A limit the wizard leaves to the server: a legal form longer than the 200 characters an entry holds.
    await page.getByLabel('Legal form').fill('SAS '.repeat(51));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Enter a full web address starting with https://, e.g. https://www.example.fr.').waitFor();
    await page.getByRole('heading', { name: 'Host', level: 2 }).waitFor();
    await screenshot(page, 'wizard-5-host-refused');
    await page.getByLabel('Website').fill('https://www.hebergeur-testville.fr');
    await page.getByRole('button', { name: 'Next' }).click();

    // 6. The answers behind the pages' statements: two given, the others left for the checklist to ask.
    await page.getByRole('heading', { name: 'What the pages may state', level: 2 }).waitFor();
    const answer = (question: RegExp, choice: 'Yes' | 'No') => page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: choice, exact: true }).click();
    await answer(/transferred outside the European Economic Area/, 'No');
    await answer(/security measures in place/, 'Yes');
    await screenshot(page, 'wizard-6-answers');
    await page.getByRole('button', { name: 'Next' }).click();

    // 7. The starter library: the public body's set, all chosen by default, and no company item.
    await page.getByRole('heading', { name: 'Starter library', level: 2 }).waitFor();
    await page.getByRole('checkbox', { name: 'Management of user accounts' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Invoicing and bookkeeping' }).count()).toBe(0);
    await screenshot(page, 'wizard-7-starter');
    await page.getByRole('button', { name: 'Create the site' }).click();

    // The server refuses the host's legal form: the wizard shows its message and goes back to the host's step.
    await page.getByText('The site was not created').waitFor();
    await page.getByText(/host\.data\.legalForm/).first().waitFor();
    await page.getByRole('heading', { name: 'Host', level: 2 }).waitFor();
    await screenshot(page, 'wizard-server-error');
    await page.getByLabel('Legal form').fill('SAS');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'What the pages may state', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    // The starter library is a long step: hold its request back long enough to see the progress.
    await page.route('**/legal-pages/sites/*/starter-library', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Create the site' }).click();
    await page.getByText('Site created. Adding the starter library in every locale…').waitFor();
    await screenshot(page, 'wizard-progress');

    // The composer opens on the new site's privacy policy; the checklist names the DPO contact to fix.
    await page.waitForURL(/\/admin\/plugins\/legal-pages\/sites\/[^/]+\/privacy-policy\/fr$/, { timeout: 60000 });
    const documentId = page.url().split('/sites/')[1].split('/')[0];
    await page.getByRole('heading', { name: 'Privacy policy (fr)', level: 1 }).waitFor();
    const checklist = page.getByRole('list', { name: 'Compliance checklist' });
    const fixDpo = checklist.getByRole('link', { name: 'Edit the DPO contact' }).first();
    await fixDpo.waitFor({ timeout: 30000 });
    expect(await checklist.getByText('Error', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'composer-findings');

    // Fix it in the Content Manager, on the exact entry the finding names.
    await fixDpo.click();
    await page.waitForURL(/content-manager\/collection-types\/plugin::legal-pages\.dpo-contact\//);
    await page.getByLabel('Email').fill('dpo@testville.fr');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Saved/).first().waitFor();
    await screenshot(page, 'content-manager-fix');

    // Back in the composer, the finding is gone and nothing blocks publication.
    await page.goBack();
    await page.getByRole('heading', { name: 'Privacy policy (fr)', level: 1 }).waitFor();
    await page.frameLocator('iframe[title="Preview of the page"]').getByText('dpo@testville.fr').first().waitFor({ timeout: 30000 });
    expect(await checklist.getByRole('link', { name: 'Edit the DPO contact' }).count()).toBe(0);
    expect(await checklist.getByText('Error', { exact: true }).count()).toBe(0);

    // Drag a section to another place: the preview follows before anything is saved.
    const before = await sectionOrder(page);
    const from = before.indexOf('security');
    // By the handles, where an editor grabs a section: the middle of an item may be one of its links. Both ends stay
    // on screen: a page that scrolls under a synthetic drag loses it, where an editor's browser would scroll along.
    await page.setViewportSize({ width: 1440, height: 3000 });
    await page.locator('li[data-section="security"] [data-drag-handle]').dragTo(page.locator(`li[data-section="${before[1]}"] [data-drag-handle]`));
    const after = await sectionOrder(page);
    expect(after.indexOf('security')).toBe(1);
    expect(from).toBeGreaterThan(1);
    const preview = page.frameLocator('iframe[title="Preview of the page"]');
    await preview.locator('h2').nth(1).filter({ hasText: /Sécurité des données/ }).waitFor({ timeout: 30000 });
    await screenshot(page, 'composer-reordered');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Choices saved.').first().waitFor();

    // Publish in French and English at once.
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Publish this page' }).waitFor();
    await dialog.getByRole('checkbox', { name: /\(en\)/ }).click();
    // One summary per locale once several are published.
    await dialog.getByLabel(/^Change summary — .*\(fr\)$/).fill('Première publication');
    await dialog.getByLabel(/^Change summary — .*\(en\)$/).fill('Première publication');
    await screenshot(page, 'publish-dialog-locales');
    await page.route('**/pages/privacy-policy/en/publish', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByText('Publishing 2 of 2 (en)…').waitFor();
    await screenshot(page, 'publish-progress');
    await page.getByText(/Version 1 published/).first().waitFor({ timeout: 30000 });

    // The public REST route serves both locales.
    const slug = (await (await contentManager()).get('site', documentId, 'fr').expect(200)).body.data.slug as string;
    const fr = await http().get(`/api/legal-pages/pages/${slug}/privacy-policy?locale=fr&format=html`).expect(200);
    expect(fr.text).toContain('dpo@testville.fr');
    // What the wizard's answers state, and nothing for the questions left open.
    expect(fr.text).toContain('ne sont pas transférées en dehors de');
    expect(fr.text).not.toContain('article 28 du RGPD');
    expect(fr.text).toContain('Commune de Testville');
    const en = await http().get(`/api/legal-pages/pages/${slug}/privacy-policy?locale=en`).expect(200);
    expect(en.body.data.version).toBe(1);
    expect(en.body.data).toMatchObject({ locale: 'en', version: 1, changeSummary: 'Première publication' });

    await page.goto(`${baseUrl()}/admin/plugins/legal-pages`);
    await page.getByTestId(`row-${documentId}-privacy-policy-fr`).getByText('Published v1').first().waitFor({ timeout: 30000 });
    await screenshot(page, 'overview-after-wizard');
  });
});
