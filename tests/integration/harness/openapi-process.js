'use strict';

// Boots the built playground with @strapi/plugin-documentation enabled, has it generate its full OpenAPI document,
// prints the part of it that concerns the legal pages as one JSON line, then exits.
//
// It runs on the run's database: it serves nothing and writes none of the plugin's data. (The documentation plugin
// stores its own settings in the core store the first time, as any start with it would.)
const fs = require('node:fs');
const path = require('node:path');

const playgroundDir = path.resolve(__dirname, '../../../playground');
const PREFIX = '/legal-pages/';

const main = async () => {
  process.env.PLAYGROUND_DOCUMENTATION = 'true';
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();

  const documentation = strapi.plugin('documentation');
  if (!documentation) throw new Error('the documentation plugin is not loaded: is it installed in the playground and PLAYGROUND_DOCUMENTATION read by its config?');
  const service = documentation.service('documentation');
  // Its bootstrap generated the document already, outside production only: generate it again so the report never
  // depends on NODE_ENV, then read what it wrote, as a user of the documentation plugin would get it.
  await service.generateFullDoc();
  const version = service.getDocumentationVersion();
  const file = path.join(service.getFullDocumentationPath(), version, 'full_documentation.json');
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));

  const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).filter(([route]) => route.startsWith(PREFIX)));
  const schemas = Object.fromEntries(Object.entries(doc.components?.schemas ?? {}).filter(([name]) => name.startsWith('LegalPages')));
  const report = { openapi: doc.openapi, version, file: path.relative(playgroundDir, file), servers: doc.servers ?? [], paths, schemas };
  // Strapi's destroy() would abort its own background work; exit once the report is flushed (a pipe takes writes
  // asynchronously).
  process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
