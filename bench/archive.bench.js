'use strict';

// Size and time of the archive export for 1,000 published versions (issue 13). Boots the built playground on a
// SQLite database of its own (playground/.tmp/archive-bench.db, recreated), publishes one realistic privacy policy
// and one large one, copies them into 1,000 versions (as many publications would write them, without composing each),
// then exports the archive of all sites and imports it into the emptied tables, timing both. Writes
// bench/results/archive-<date>.json. Run after `npm run build && node scripts/playground.js build --if-stale`.
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const VERSIONS = Number(process.env.ARCHIVE_BENCH_VERSIONS || 1000);
const playgroundDir = path.resolve(__dirname, '../playground');
const dbFile = path.join(playgroundDir, '.tmp/archive-bench.db');

const main = async () => {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  fs.rmSync(dbFile, { force: true });
  Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '.tmp/archive-bench.db', NODE_ENV: 'production' });
  process.chdir(playgroundDir);
  const { createSite, enlarge } = require('./seed');
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();

  const plugin = strapi.plugin('legal-pages');
  const sites = [await createSite(strapi, 'ordinaire'), await createSite(strapi, 'grande', enlarge(strapi))];
  for (const site of sites) await plugin.service('publishing').publish({ siteDocumentId: site.documentId, kind: 'privacy-policy', locale: 'fr' });
  const versions = strapi.db.query('plugin::legal-pages.version');
  const originals = await versions.findMany({});
  for (let i = originals.length; i < VERSIONS; i += 1) {
    const { id, documentId, createdAt, updatedAt, ...row } = originals[i % originals.length];
    await versions.create({ data: { ...row, number: Math.floor(i / originals.length) + 1 } });
  }

  const archive = plugin.service('archive');
  let start = performance.now();
  const file = await archive.export();
  const exportMs = performance.now() - start;
  const bytes = fs.readFileSync(file.path);

  await versions.deleteMany({});
  start = performance.now();
  const { Readable } = require('node:stream');
  const imported = await archive.import(Readable.from(bytes));
  const importMs = performance.now() - start;
  await file.dispose();

  const report = {
    date: new Date().toISOString(),
    versions: file.versions,
    sizeBytes: file.size,
    sizeMiB: Number((file.size / 1024 / 1024).toFixed(2)),
    exportMs: Math.round(exportMs),
    importMs: Math.round(importMs),
    imported,
    bodyBytesPerVersion: originals.map((v) => v.html.length + v.markdown.length + v.plainText.length + JSON.stringify(v.tree).length),
  };
  const dir = path.resolve(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `archive-${report.date.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
