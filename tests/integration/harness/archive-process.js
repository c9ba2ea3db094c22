'use strict';

// Starts the built playground on the database the environment names (on a port of its own), and prints one JSON
// line: whether the plugin is loaded, how many versions its table holds, what an import of `--import <file>`
// reported, and the public answer (status, body, hash header) to each URL listed in `--fetch <file.json>`.
// `LEGAL_PAGES_ENABLED=false` starts the app with the plugin removed, which drops its tables as an uninstall does.
const fs = require('node:fs');
const path = require('node:path');

const playgroundDir = path.resolve(__dirname, '../../../playground');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

const main = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.start();

  const plugin = strapi.plugin('legal-pages');
  const report = { pluginLoaded: Boolean(plugin), versions: null, imported: null, answers: {} };
  if (plugin) {
    const file = arg('--import');
    if (file) report.imported = await plugin.service('archive').import(fs.createReadStream(file));
    report.versions = await strapi.db.query('plugin::legal-pages.version').count();
    const list = arg('--fetch');
    if (list) {
      const { port } = strapi.server.httpServer.address();
      for (const url of JSON.parse(fs.readFileSync(list, 'utf8'))) {
        const res = await fetch(`http://127.0.0.1:${port}${url}`);
        report.answers[url] = { status: res.status, body: await res.text(), version: res.headers.get('x-legal-page-version') };
      }
    }
  }
  // Exit once the report is flushed: a pipe takes writes asynchronously, and a large report would be cut.
  process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
