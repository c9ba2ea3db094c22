import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { asAdmin, baseUrl, http, superAdminJwt } from '../harness';
import { contentManager } from '../harness/content-manager';
import { launchBrowser, logIn, viewScreenshot as screenshot } from '../harness/browser';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('../harness/credentials');

/** Each step of the wizard refuses what the server would, where the field is; the DPO step answers "none appointed". */

const SIREN_MISTYPED = 'This SIREN looks mistyped: check the digits.';

const admin = async () => asAdmin(await superAdminJwt());

/** Logs in and opens the wizard, as wizard.test.ts does. */
const openWizard = async (browser: Browser): Promise<Page> => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1500 } })).newPage();
  await logIn(page, SUPER_ADMIN);
  await page.goto(`${baseUrl()}/admin/plugins/legal-pages`);
  await page.getByRole('link', { name: 'New site' }).click();
  await page.getByRole('heading', { name: 'New site', level: 1 }).waitFor();
  return page;
};

/** Steps 0 and 1 for a company: its kind, then the site, with the designations the kind fills in. */
const companySite = async (page: Page, name: string) => {
  await page.getByRole('radio', { name: 'Company' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Site name').fill(name);
  await page.getByLabel('Address (URL)').fill('https://www.acme-testville.fr');
  expect(await page.getByLabel('Short name in the text (fr)').inputValue()).toBe('Société');
};

/** Step 2: a company entered anew, with the SIREN given. */
const companyController = async (page: Page, siren: string) => {
  await page.getByRole('heading', { name: 'Data controller', level: 2 }).waitFor();
  await page.getByLabel('Legal name').fill('Acme Testville SAS');
  await page.getByLabel('Legal form').fill('SAS');
  await page.getByLabel('Street address').fill('10 rue du Commerce');
  await page.getByLabel('Postal code').fill('75015');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('E-mail').fill('contact@acme-testville.fr');
  await page.getByLabel('Phone').fill('01 23 45 67 89');
  await page.getByLabel('SIREN').fill(siren);
};

describe('the wizard’s steps', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    // A failing step leaves the page as it was: keep it for whoever reads the CI log.
    if (page && !page.isClosed()) await screenshot(page, 'wizard-steps-last-state').catch(() => undefined);
    await page?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a mistyped SIREN on the controller’s step, in plain words, and goes on once it is corrected', async () => {
    page = await openWizard(browser);
    await companySite(page, `Acme ${randomBytes(3).toString('hex')}`);

    // The short name is explained by kind, the chosen kind first; typed with its article, the step refuses it.
    const examples = page.getByRole('list', { name: 'Examples of short names' });
    expect(await examples.getByRole('listitem').first().textContent()).toContain('Acme SAS → Société');
    expect(await examples.getByRole('listitem').count()).toBe(4);
    await page.getByLabel('Short name in the text (fr)').fill('la Société');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Type “Société” without “la”: the pages add the article themselves.').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'texts.fr.designation');
    await screenshot(page, 'wizard-steps-designation-refused');
    await page.getByLabel('Short name in the text (fr)').fill('Société');
    await page.getByRole('button', { name: 'Next' }).click();

    // A SIREN with one digit wrong: refused here, not after the last step, and the focus is on it.
    await companyController(page, '200046978');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(SIREN_MISTYPED).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'controller.siren');
    expect(await page.getByLabel('SIREN').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('heading', { name: 'Data controller', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Data protection officer', level: 2 }).count()).toBe(0);
    await screenshot(page, 'wizard-steps-siren-refused');

    // Corrected, the message goes as it is typed, and "Next" moves on.
    await page.getByLabel('SIREN').fill('200046977');
    await page.getByText(SIREN_MISTYPED).waitFor({ state: 'detached' });
    await screenshot(page, 'wizard-steps-siren-corrected');

    // A company's step asks its share capital, which its legal notice states: an amount, or refused here.
    await page.getByLabel('Share capital (euros)').fill('dix mille');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Type an amount in euros, e.g. 10 000 or 10000.50.').waitFor();
    await page.getByLabel('Share capital (euros)').fill('10 000');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Data protection officer', level: 2 }).waitFor();
  });

  it('creates a site with "No DPO appointed" whose published privacy policy says so, in fr and en', async () => {
    const name = `Acme ${randomBytes(3).toString('hex')}`;
    page = await openWizard(browser);
    await companySite(page, name);
    await page.getByRole('button', { name: 'Next' }).click();
    await companyController(page, '200046977');
    await page.getByLabel('Share capital (euros)').fill('10 000');
    await page.getByRole('button', { name: 'Next' }).click();

    // 3. The DPO: none is appointed, which is an answer; "later" no longer reads as if a DPO were required.
    await page.getByRole('heading', { name: 'Data protection officer', level: 2 }).waitFor();
    await page.getByRole('radio', { name: 'Decide later (the checklist will ask whether one is appointed)' }).waitFor();
    await page.getByRole('radio', { name: 'No DPO appointed' }).click();
    await page.getByText('The privacy policy will say that no data protection officer has been appointed', { exact: false }).waitFor();
    expect(await page.getByLabel('Label (for editors)').count()).toBe(0);
    await screenshot(page, 'wizard-steps-no-dpo');
    await page.getByRole('button', { name: 'Next' }).click();

    // 4. The controller publishes the site.
    await page.getByRole('heading', { name: 'Publisher and director of publication', level: 2 }).waitFor();
    await page.getByLabel('Director of publication').fill('Claire Exemple');
    await page.getByRole('button', { name: 'Next' }).click();

    // 5. The host.
    await page.getByRole('heading', { name: 'Host', level: 2 }).waitFor();
    await page.getByLabel('Legal name').fill('Hébergeur d’Acme');
    await page.getByLabel('Street address').fill('10 rue du Serveur');
    await page.getByLabel('Postal code').fill('75015');
    await page.getByLabel('City').fill('Paris');
    await page.getByLabel('Phone').fill('01 98 76 54 32');
    await page.getByLabel('Website').fill('https://www.hebergeur-acme.fr');
    await page.getByRole('button', { name: 'Next' }).click();

    // 6. The answers: no transfer outside the EEA, the others left for the checklist.
    await page.getByRole('heading', { name: 'What the pages may state', level: 2 }).waitFor();
    await page.getByRole('radiogroup', { name: /transferred outside the European Economic Area/ }).getByRole('radio', { name: 'No', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    // 7. The company's starter library, then the site.
    await page.getByRole('heading', { name: 'Starter library', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Create the site' }).click();
    await page.waitForURL(/\/admin\/plugins\/legal-pages\/sites\/[^/]+\/privacy-policy\/fr$/, { timeout: 60000 });
    const documentId = page.url().split('/sites/')[1].split('/')[0];

    // The composer's preview states it; nothing about the DPO blocks publication.
    await page.getByRole('heading', { name: 'Privacy policy (fr)', level: 1 }).waitFor();
    await page.frameLocator('iframe[title="Preview of the page"]').getByText(/pas désigné de délégué à la protection des données/).first().waitFor({ timeout: 30000 });
    await screenshot(page, 'wizard-steps-no-dpo-composer');
    for (const locale of ['fr', 'en']) {
      const preview = await (await admin()).get(`/legal-pages/sites/${documentId}/pages/privacy-policy/${locale}/preview`).expect(200);
      const findings = preview.body.data.findings as Array<{ code: string; severity: string }>;
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.map((f) => f.code).filter((code) => /dpo/.test(code))).toEqual([]);
      await (await admin()).post(`/legal-pages/sites/${documentId}/pages/privacy-policy/${locale}/publish`).send({}).expect(201);
    }

    // The DPO contact the wizard created is the DPO form's own answer: none appointed.
    const cm = await contentManager();
    const [linked] = await cm.related('site', documentId, 'dpo', 'fr');
    const dpo = (await cm.get('dpo-contact', linked.documentId as string).expect(200)).body.data;
    expect(dpo).toMatchObject({ appointed: false, label: `No DPO appointed (${name})` });

    // The published pages, as the public gets them.
    const slug = (await cm.get('site', documentId, 'fr').expect(200)).body.data.slug as string;
    const fr = await http().get(`/api/legal-pages/pages/${slug}/privacy-policy?locale=fr&format=html`).expect(200);
    expect(fr.text).toMatch(/pas désigné de délégué à la protection des données/);
    expect(fr.text).not.toMatch(/a désigné un délégué/);
    const en = await http().get(`/api/legal-pages/pages/${slug}/privacy-policy?locale=en&format=html`).expect(200);
    expect(en.text).toMatch(/not appointed a data protection officer/);

    // The share capital typed in the wizard: the legal notice states it and does not ask for it.
    const notice = await (await admin()).get(`/legal-pages/sites/${documentId}/pages/legal-notice/fr/preview`).expect(200);
    expect((notice.body.data.findings as Array<{ code: string }>).map((f) => f.code)).not.toContain('lcen.6.share-capital');
    expect(notice.body.data.html).toMatch(/10[\s\u00a0\u202f]000/);
  });
});
