'use strict';

/**
 * Task 2, as given to the user: "You are the DPO of the Ville de Montclair. The city has three sites (site de la
 * ville, médiathèque, office de tourisme) among the many the admin holds. Their privacy policies can no longer be
 * published: find why and fix it, then publish the three, with the usual notice period. Then answer a resident:
 * which privacy policy of the city's own site was in force on 1 June 2025?"
 * The seed (usability-seed.js) made the DPO contact the three sites share lose its e-mail.
 */
const { logIn, openPlugin, toOverview, openFromOverview, composer, errorsShown } = require('./usability-office');
const { CITY, CITY_SITES } = require('./usability-seed');

const KIND = 'Privacy policy';
const overview = (page) => page.getByRole('heading', { name: 'Legal pages', level: 1 }).waitFor({ timeout: 60000 });

/** The DPO contact's finding: its link, followed to the Content Manager, the e-mail typed and saved. */
const fixDpo = async ({ page, u, shot }) => {
  const errors = await errorsShown(page);
  u.note(`blocking findings: ${JSON.stringify(errors)}`);
  const checklist = page.getByRole('list', { name: 'Compliance checklist' });
  await u.click(checklist.getByRole('link', { name: /^Edit the DPO contact/ }).first(), 'finding: Edit the DPO contact');
  await page.waitForURL(/content-manager\/collection-types\/plugin::legal-pages\.dpo-contact\//);
  const email = page.locator('input[name="email"]');
  await email.waitFor();
  await shot('content-manager');
  await u.fill(email, 'dpo@montclair.fr', 'DPO e-mail');
  await u.click(page.getByRole('button', { name: 'Save', exact: true }), 'Save');
  await page.getByText(/Saved/).first().waitFor();
};

/** "Publish…", the notice period as the dialog offers it by default, "Publish". */
const publishWithNotice = async ({ page, u, shot }, label) => {
  await u.click(page.getByRole('button', { name: 'Publish…' }), 'Publish…');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Publish this page' }).waitFor();
  const when = (await dialog.innerText()).split('\n').filter((line) => /notice|days?|In force from/i.test(line));
  u.note(`dialog offers: ${JSON.stringify(when)}`);
  if (label === 1) await shot('publish-dialog');
  await u.click(dialog.getByRole('button', { name: 'Publish', exact: true }), 'Publish');
  await page.getByText(/Version \d+ published/).first().waitFor({ timeout: 30000 });
};

const after = async (ctx) => {
  const { page, u, shot } = ctx;
  await logIn(ctx);
  u.step('Open the plugin');
  await openPlugin(ctx);

  u.step('Find her sites');
  await u.fill(page.getByPlaceholder('Search a site by name'), CITY, 'Search a site');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid^="site-"]').length === 3, undefined, { timeout: 30000 });
  await shot('overview-search');

  u.step('Fix the shared DPO contact');
  await openFromOverview(ctx, CITY_SITES[0], KIND);
  await fixDpo(ctx);
  await u.click(page.getByRole('link', { name: 'Back to the composer' }), 'Back to the composer');
  await composer(page, KIND);

  u.step(`Publish ${CITY_SITES[0]}`);
  await page.getByRole('list', { name: 'Compliance checklist' }).getByRole('link', { name: /^Edit the DPO contact/ }).waitFor({ state: 'detached', timeout: 30000 });
  await publishWithNotice(ctx, 1);

  for (const [i, site] of CITY_SITES.slice(1).entries()) {
    u.step(`Publish ${site}`);
    await toOverview(ctx);
    // The search is kept in the overview's address: the three sites are still the only ones listed.
    if ((await page.getByPlaceholder('Search a site by name').inputValue()) !== CITY) {
      await u.fill(page.getByPlaceholder('Search a site by name'), CITY, 'Search a site');
    }
    await openFromOverview(ctx, site, KIND);
    await publishWithNotice(ctx, i + 2);
  }

  u.step('Version in force on 1 June 2025');
  await toOverview(ctx);
  if ((await page.getByPlaceholder('Search a site by name').inputValue()) !== CITY) {
    await u.fill(page.getByPlaceholder('Search a site by name'), CITY, 'Search a site');
  }
  await u.click(page.getByRole('link', { name: `History – ${CITY_SITES[0]}, ${KIND}, fr` }), 'overview: History');
  await u.fill(page.getByLabel('In force on', { exact: true }), ctx.city.askedDay, 'In force on');
  const answer = await page.getByText(/is the one in force on /).first().textContent({ timeout: 30000 });
  u.note(`answer read: ${answer}`);
  await shot('history-in-force-on');
};

const before = async (ctx) => {
  const { page, u, shot } = ctx;
  await logIn(ctx);
  u.step('Open the plugin');
  await openPlugin(ctx);

  // No search: the first of her rows is somewhere in one long table; she scrolls until she sees it.
  u.step('Find her sites');
  const row = (site) => page.getByRole('link', { name: new RegExp(`^(?!History).* – ${site}, ${KIND}, fr$`) }).first();
  await u.reach(row(CITY_SITES[0]));
  await shot('overview-found');

  u.step('Fix the shared DPO contact');
  await openFromOverview(ctx, CITY_SITES[0], KIND);
  await fixDpo(ctx);
  // No way back but the browser's.
  await u.back('browser back to the composer');
  await composer(page, KIND);

  u.step(`Publish ${CITY_SITES[0]}`);
  await page.getByRole('list', { name: 'Compliance checklist' }).getByRole('link', { name: /^Edit the DPO contact/ }).waitFor({ state: 'detached', timeout: 30000 });
  await publishWithNotice(ctx, 1);

  for (const [i, site] of CITY_SITES.slice(1).entries()) {
    u.step(`Publish ${site}`);
    await toOverview(ctx);
    await u.reach(row(site));
    await openFromOverview(ctx, site, KIND);
    await publishWithNotice(ctx, i + 2);
  }

  // No date question: she opens the history and compares the "In force from" dates of the rows herself.
  u.step('Version in force on 1 June 2025');
  await toOverview(ctx);
  await u.reach(row(CITY_SITES[0]));
  const history = page.getByRole('row').filter({ has: row(CITY_SITES[0]) }).getByRole('link', { name: 'History' });
  await u.click(history, 'overview: History');
  await page.getByText('Nouveau numéro de la mairie').waitFor({ timeout: 30000 });
  const dates = await page.getByRole('row').allInnerTexts();
  u.note(`rows compared by eye: ${JSON.stringify(dates.map((r) => r.replace(/\s+/g, ' ').slice(0, 60)))}`);
  await shot('history');
};

module.exports = { before, after };
