'use strict';

// Boots the built playground once on the database the environment names, prints what the installation looks like
// as one JSON line, optionally revokes the plugin's public access as an administrator would, then exits.
// `LEGAL_PAGES_ENABLED=false` boots the app with the plugin removed from its configuration.
const path = require('node:path');

const playgroundDir = path.resolve(__dirname, '../../../playground');
const PLUGIN_ACTION_PREFIX = 'plugin::legal-pages.';

const main = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] });
  const report = {
    pluginLoaded: Boolean(strapi.plugin('legal-pages')),
    versionsTable: await strapi.db.getSchemaConnection().hasTable('legal_pages_versions'),
    publicActions: role.permissions.map((p) => p.action).sort(),
  };
  if (process.argv.includes('--revoke')) {
    const ours = role.permissions.filter((p) => p.action.startsWith(PLUGIN_ACTION_PREFIX));
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { id: { $in: ours.map((p) => p.id) } } });
  }
  // Every write is committed; Strapi's destroy() would abort its own background queries, so exit directly, once the
  // report is flushed (a pipe takes writes asynchronously).
  process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
