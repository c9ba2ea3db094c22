#!/usr/bin/env node
'use strict';

/**
 * `npm run bench:usability` (issue 17): the two usability runs of the issue, repeated by a counting user in a real
 * Chromium, so the note can say how many clicks, fields, page changes and backtracks each task costs.
 *  - office: the office manager of a 12-person company publishes her privacy policy and legal notice from nothing;
 *    she types her SIREN with one digit wrong at first and has no DPO.
 *  - dpo: the DPO of a city finds her three sites among others, fixes the DPO contact they share (its e-mail is
 *    missing, which blocks their privacy policies), publishes them with the notice period, and finds which version
 *    of a page was in force on a past date.
 * Each task has two flows: `before` (the admin of commit 36741f9, before issue 17's work) and `after` (main).
 * A measurement, not a test: it is not part of `npm test`.
 *
 * Options: --flow before|after (default after); --task office|dpo|all; --base-url http://host:port to drive a
 * Strapi already running (its admin must accept --email/--password, or have no admin yet); without it, the built
 * playground is booted in this process on a fresh SQLite database. --screenshots <dir> keeps one PNG per step.
 * Writes bench/results/usability-<flow>-latest.json and prints one table per task.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { chromium } = require('playwright-core');
const { Meter, table } = require('./usability-meter');
const { adminApi, seedOthers, seedCity } = require('./usability-seed');
const FLOWS = { office: require('./usability-office'), dpo: require('./usability-dpo') };

const { arg } = require('./lib');
const flow = arg('flow', 'after');
const task = arg('task', 'all');
const credentials = { email: arg('email', 'usability@example.com'), password: arg('password', 'Usability-Passw0rd') };
const screenshotDir = arg('screenshots', undefined);
if (!['before', 'after'].includes(flow)) throw new Error('--flow must be before or after');
const tasks = task === 'all' ? Object.keys(FLOWS) : [task];
const VIEWPORT = { width: 1440, height: 900 };

/** The built playground of this checkout, on a database of its own, listening on a free port. */
const bootPlayground = async () => {
  const playgroundDir = path.resolve(__dirname, '../playground');
  const { strapiSecrets } = require('../scripts/lib');
  fs.rmSync(path.join(playgroundDir, '.tmp/usability.db'), { force: true });
  Object.assign(process.env, strapiSecrets(), { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '.tmp/usability.db', NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', HOST: '127.0.0.1' });
  process.chdir(playgroundDir);
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [playgroundDir] }));
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const backdate = async (siteDocumentId, kind, number, at) => {
    const where = { siteDocumentId, kind, locale: 'fr', number };
    const n = await strapi.db.query('plugin::legal-pages.version').updateMany({ where, data: { effectiveAt: at, publishedOn: at } });
    if (!n.count) throw new Error(`no version to backdate: ${JSON.stringify(where)}`);
  };
  return { base: `http://127.0.0.1:${strapi.server.httpServer.address().port}`, backdate, stop: () => strapi.destroy().catch(() => {}) };
};

/** The Chromium the browser tests drive: CHROMIUM_PATH, else the one @sparticuz/chromium ships (ESM: asked of a child). */
const chromiumPath = () => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const script = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
  return execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' }).trim();
};

const commit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: __dirname, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

const main = async () => {
  const started = Date.now();
  const server = arg('base-url', undefined) ? { base: arg('base-url').replace(/\/$/, ''), stop: async () => {} } : await bootPlayground();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results = {};
  try {
    // The same seed for both flows, through the admin API. The office manager starts from an empty plugin, so she
    // goes first; the city's DPO then finds her sites among the others (hers included).
    const api = await adminApi(server.base, credentials);
    let city;
    for (const name of tasks) {
      if (name === 'dpo') {
        console.log('Seeding the other organisations’ sites and the city…');
        await seedOthers(api);
        city = await seedCity(api, server.backdate);
      }
      const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Europe/Paris', locale: 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(30000);
      const meter = new Meter(page, { viewportHeight: VIEWPORT.height });
      await meter.install();
      const shot = async (label) => {
        if (!screenshotDir) return;
        fs.mkdirSync(screenshotDir, { recursive: true });
        await page.screenshot({ path: path.join(screenshotDir, `usability-${flow}-${name}-${label}.png`) });
      };
      const t0 = Date.now();
      let error;
      try {
        await FLOWS[name][flow]({ page, u: meter, base: server.base, credentials, city, shot });
      } catch (e) {
        error = String(e.stack ?? e);
        await shot('failed').catch(() => {});
        // What the page offered at that moment, for whoever adapts the flow's selectors.
        if (screenshotDir) fs.writeFileSync(path.join(screenshotDir, `usability-${flow}-${name}-failed.aria.yml`), await page.locator('body').ariaSnapshot().catch(() => ''));
        console.error(`${name}/${flow} stopped: ${error}`);
      }
      results[name] = { ...meter.report(), seconds: Math.round((Date.now() - t0) / 1000), finished: !error, error };
      console.log(`\n${table(`${name} — ${flow}`, results[name])}\n(trusted DOM clicks seen by the page: ${results[name].domClicks})\n`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const report = { date: new Date().toISOString(), flow, commit: commit(), baseUrl: arg('base-url', null), seconds: Math.round((Date.now() - started) / 1000), tasks: results };
  const dir = path.resolve(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `usability-${flow}-latest.json`), `${JSON.stringify(report, null, 2)}\n`);
  process.exit(Object.values(results).every((r) => r.finished) ? 0 : 1);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
