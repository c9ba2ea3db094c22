#!/usr/bin/env node
'use strict';

/**
 * `npm run bench:admin` (issue 19): the editor's overview at scale. Boots the built playground in this process on a
 * database of its own, publishes 2 sites × 4 kinds × 2 locales (16 pages) and measures `GET /legal-pages/pages`, then
 * grows it to 200 sites (1,600 published versions), changes a fact shared by 50 sites (their controller's phone),
 * waits for the background check, and measures again: SQL queries per call (knex 'query' events of this process,
 * the admin's authentication included), median time, and whether exactly the 50 affected sites show changes pending.
 * Then reads every published version through the public route and reports the process's memory after it.
 * Writes bench/results/admin-<db>-latest.json. Options: --db sqlite|postgres, --calls <n> (default 30).
 * Run after `npm run build && node scripts/playground.js build --if-stale`.
 */
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { strapiSecrets } = require('../scripts/lib');

const { arg, median, databaseEnv } = require('./lib');
const { rawGet } = require('./ipc');

const db = arg('db', 'sqlite');
const CALLS = Number(arg('calls', '30'));
const SITES = Number(process.env.ADMIN_BENCH_SITES || 200);
const SHARED = 50;
const SMALL = 2;
const LOCALES = ['fr', 'en'];
const PASSWORD = 'Bench-Passw0rd';
const playgroundDir = path.resolve(__dirname, '../playground');
const uid = (name) => `plugin::legal-pages.${name}`;

const organisation = (strapi, name, extra = {}) =>
  strapi.documents(uid('organisation')).create({
    data: {
      name, nameInText: 'feminine', kind: 'public-body', legalForm: 'Collectivité territoriale', street: '1 place de la Préfecture', postalCode: '35000',
      city: 'Rennes', country: 'FR', phone: '02 99 00 00 00', email: 'contact@region-exemple.fr', website: 'https://www.region-exemple.fr',
      siren: '246300701', siret: '24630070100017', representativeName: 'Camille Martin', representativeTitle: 'Présidente', ...extra,
    },
  }).then((d) => d.documentId);

/** The facts every bench site shares: two controllers (the first for 50 sites), one host, one DPO per controller. */
const sharedFacts = async (strapi) => {
  const controllers = [await organisation(strapi, 'Région d’exemple'), await organisation(strapi, 'Département d’exemple')];
  const host = await organisation(strapi, 'Hébergeur Exemple', {
    nameInText: 'proper-name', kind: 'company', legalForm: 'SAS', street: '10 rue de l’Hébergement', postalCode: '75015', city: 'Paris', phone: '01 23 45 67 89',
    siren: '200046977', siret: null, rcs: 'RCS Paris 200 046 977', shareCapital: 100000, representativeName: null, representativeTitle: null,
  });
  const dpos = [];
  for (const [i, controller] of controllers.entries()) {
    dpos.push((await strapi.documents(uid('dpo-contact')).create({
      data: { label: `DPO ${i}`, appointed: true, name: 'Délégué à la protection des données', email: 'dpo@region-exemple.fr', street: '1 place de la Préfecture', postalCode: '35000', city: 'Rennes', country: 'FR', organisation: { set: [{ documentId: controller }] } },
    })).documentId);
  }
  return { controllers, host, dpos };
};

const LOCALIZED = {
  fr: { designation: 'Région', directorOfPublicationTitle: 'présidente de la Région', editorialManagement: 'La direction de la communication gère le site.' },
  en: { designation: 'Region', directorOfPublicationTitle: 'President of the Region', editorialManagement: 'The communication department manages the site.' },
};
const LISTS = ['purposes', 'rights', 'recipients', 'cookies', 'transfers', 'securityMeasureList'];

/** Site `i`: controller 0 for the first 50, controller 1 for the others; the starter library's entries of site 0. */
const createSite = async (strapi, i, facts, library) => {
  const group = i < SHARED ? 0 : 1;
  let documentId;
  for (const locale of LOCALES) {
    const relations = library ? Object.fromEntries(LISTS.map((field) => [field, { set: (library[locale][field] ?? []).map((d) => ({ documentId: d, locale })) }])) : {};
    const data = {
      ...(documentId ? {} : { name: `Site de bench ${String(i).padStart(3, '0')}`, baseUrl: `https://site-${i}.example.fr`, publishedLocales: LOCALES }),
      ...LOCALIZED[locale], designationGender: 'feminine', directorOfPublicationName: 'Camille Martin', dataLicence: 'Licence Ouverte 2.0',
      privacyPolicyUrl: '/confidentialite', cookiePolicyUrl: '/cookies', legalNoticeUrl: '/mentions-legales', consentManagerUrl: '/cookies#choix',
      transfersOutsideEea: 'no', processorContracts: 'yes', automatedDecisions: 'no', securityMeasures: 'yes', ...(library?.answers ?? {}),
      controller: { set: [{ documentId: facts.controllers[group] }] }, publisher: { set: [{ documentId: facts.controllers[group] }] },
      host: { set: [{ documentId: facts.host }] }, dpo: { set: [{ documentId: facts.dpos[group] }] },
      ...relations,
    };
    const documents = strapi.documents(uid('site'));
    documentId = (documentId ? await documents.update({ documentId, locale, data }) : await documents.create({ locale, data })).documentId;
  }
  return documentId;
};

/** What the starter library linked to the first site, per locale, so the other sites link the same entries. */
const libraryOf = async (strapi, documentId) => {
  const library = {};
  for (const locale of LOCALES) {
    const site = await strapi.documents(uid('site')).findOne({ documentId, locale, populate: Object.fromEntries(LISTS.map((f) => [f, { fields: ['documentId'] }])) });
    library[locale] = Object.fromEntries(LISTS.map((f) => [f, (site[f] ?? []).map((e) => e.documentId)]));
    if (locale === 'fr') library.answers = Object.fromEntries(['recipientsOutside', 'processorContracts', 'transfersOutsideEea', 'cookiesUsed', 'automatedDecisions', 'securityMeasures'].map((f) => [f, site[f]]).filter(([, v]) => v));
  }
  return library;
};

const publishAll = async (strapi, siteIds) => {
  const publishing = strapi.plugin('legal-pages').service('publishing');
  const { PAGE_KINDS } = require('strapi-plugin-legal-pages/core');
  // The privacy and legal pages (the goal's 4 kinds): the seed sites hold no accessibility audit, so their
  // accessibility statements stay unpublished (blocked) and are still counted in the overview.
  const kinds = PAGE_KINDS.filter((kind) => kind !== 'accessibility-statement');
  for (const siteDocumentId of siteIds) {
    for (const kind of kinds) for (const locale of LOCALES) await publishing.publish({ siteDocumentId, kind, locale });
  }
};

/**
 * Every published version read once through the public route as JSON and HTML, brotli as browsers ask, and as
 * plain JSON, ten requests at a time: what a process holds in memory once a site's whole history has been read.
 */
const serveEvery = async (base, versions) => {
  const urls = versions.flatMap((v) => {
    const url = `${base}/api/legal-pages/pages/${v.siteSlug}/${v.kind}/versions/${v.number}?locale=${v.locale}`;
    return [[`${url}&format=json`, { 'accept-encoding': 'br, gzip' }], [`${url}&format=html`, { 'accept-encoding': 'br, gzip' }], [`${url}&format=json`, {}]];
  });
  let failed = 0;
  for (let i = 0; i < urls.length; i += 10) {
    const answers = await Promise.all(urls.slice(i, i + 10).map(([url, headers]) => rawGet(url, headers)));
    failed += answers.filter((a) => a.status !== 200).length;
  }
  if (failed) throw new Error(`${failed} of ${urls.length} public requests failed`);
  return urls.length;
};

const mib = (bytes) => Number((bytes / 1024 / 1024).toFixed(1));

const main = async () => {
  Object.assign(process.env, strapiSecrets(), await databaseEnv(db, 'admin-bench'), { NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', HOST: '127.0.0.1' });
  process.chdir(playgroundDir);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
  let queries = 0;
  strapi.db.connection.on('query', () => (queries += 1));

  const registered = await fetch(`${base}/admin/register-admin`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: PASSWORD, firstname: 'Bench', lastname: 'Admin' }),
  }).then((r) => r.json());
  const token = registered.data?.token;
  if (!token) throw new Error(`admin registration failed: ${JSON.stringify(registered)}`);
  const overview = async (query = '') => {
    const res = await fetch(`${base}/legal-pages/pages${query}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`GET /legal-pages/pages${query}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const states = strapi.plugin('legal-pages').service('page-states');
  /** Until the background check has no page left (it runs in this process; a GET starts it if idle). */
  const settle = async () => {
    const start = performance.now();
    for (;;) {
      await states.settled();
      if ((await overview()).meta.checking === 0) return Math.round(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const measure = async (query = '') => {
    await overview(query);
    const times = [];
    const counts = [];
    for (let i = 0; i < CALLS; i += 1) {
      const before = queries;
      const start = performance.now();
      await overview(query);
      times.push(performance.now() - start);
      counts.push(queries - before);
    }
    return { ms: Number(median(times).toFixed(1)), queries: Math.max(...counts) };
  };

  console.log(`Seeding ${SMALL} sites on ${db}…`);
  const facts = await sharedFacts(strapi);
  const first = await createSite(strapi, 0, facts, null);
  await strapi.plugin('legal-pages').service('starter-library').apply(first);
  const library = await libraryOf(strapi, first);
  const siteIds = [first];
  for (let i = 1; i < SMALL; i += 1) siteIds.push(await createSite(strapi, i, facts, library));
  await publishAll(strapi, siteIds);
  await settle();
  const small = await measure();
  const smallPages = (await overview()).meta.totals.pages;

  console.log(`Seeding ${SITES - SMALL} more sites and publishing every page…`);
  let start = performance.now();
  for (let i = SMALL; i < SITES; i += 1) {
    const id = await createSite(strapi, i, facts, library);
    siteIds.push(id);
    await publishAll(strapi, [id]);
    if (i % 20 === 0) console.log(`  ${i} sites`);
  }
  const seedMs = Math.round(performance.now() - start);
  const initialCheckMs = await settle();
  const versions = await strapi.db.query(uid('version')).count({});

  // A fact 50 sites share: their controller's phone, printed on every kind of page.
  start = performance.now();
  await strapi.documents(uid('organisation')).update({ documentId: facts.controllers[0], data: { phone: '04 73 00 00 01' } });
  const markMs = Math.round(performance.now() - start);
  const recheckMs = await settle();
  const large = await measure();
  const largeFull = await measure('?pageSize=100');
  const filtered = await measure('?state=changes-pending&locale=fr');

  const pending = new Map();
  for (let page = 1; ; page += 1) {
    const body = await overview(`?pageSize=100&page=${page}`);
    for (const site of body.data) pending.set(site.documentId, site.pages.filter((p) => p.changesPending).length);
    if (page >= body.meta.pagination.pageCount) break;
  }
  const affected = new Set(siteIds.slice(0, SHARED));
  const affectedPending = [...affected].filter((id) => pending.get(id) > 0).length;
  const othersPending = [...pending.entries()].filter(([id, n]) => !affected.has(id) && n > 0).length;
  const totals = (await overview()).meta.totals;

  const before = process.memoryUsage();
  const published = await strapi.db.query(uid('version')).findMany({ select: ['siteSlug', 'kind', 'locale', 'number'] });
  start = performance.now();
  const requests = await serveEvery(base, published);
  const serveMs = Math.round(performance.now() - start);
  const after = process.memoryUsage();
  const memory = {
    versionsServed: published.length,
    requests,
    rssBeforeServingMiB: mib(before.rss),
    rssAfterServingMiB: mib(after.rss),
    heapUsedAfterServingMiB: mib(after.heapUsed),
    externalAfterServingMiB: mib(after.external + after.arrayBuffers),
    publicBodyCacheBytes: strapi.config.get('plugin::legal-pages').publicBodyCacheBytes,
  };

  const report = {
    date: new Date().toISOString(),
    db,
    sites: SITES,
    pages: totals.pages,
    versions,
    overviewQueries: large.queries,
    overviewMsMedian: large.ms,
    overviewMsMedianSmall: small.ms,
    overviewQueriesSmall: small.queries,
    smallPages,
    ratioLargeToSmall: Number((large.ms / small.ms).toFixed(2)),
    overviewPageSize100: largeFull,
    overviewFilteredPendingFr: filtered,
    totals,
    pendingCheck: { affectedSites: SHARED, affectedSitesPending: affectedPending, otherSitesPending: othersPending, ok: affectedPending === SHARED && othersPending === 0 },
    memory,
    timings: { seedAndPublishMs: seedMs, initialCheckMs, markMs, recheckAfterSharedChangeMs: recheckMs, serveEveryVersionMs: serveMs },
    goals: { queriesAtMost50: large.queries <= 50, ratioAtMost3: large.ms <= 3 * small.ms, underOneSecond: large.ms < 1000 },
  };
  const dir = path.resolve(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `admin-${db}-latest.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  await strapi.destroy().catch(() => {});
  process.exit(report.pendingCheck.ok ? 0 : 1);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
