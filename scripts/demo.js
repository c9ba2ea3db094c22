#!/usr/bin/env node
'use strict';

// `npm run demo`: boots the built playground on SQLite, loads the demo data, makes sure a demo admin exists,
// prints its login and serves the admin on http://localhost:1337/admin until stopped.
// `node scripts/demo.js --load-only` loads the demo data into the database the environment names, then exits.
const path = require('node:path');
const { playgroundDir, ensurePlaygroundEnv } = require('./lib');
const { loadDemoData } = require('./demo/load');

const DEMO_ADMIN = Object.freeze({
  firstname: 'Demo',
  lastname: 'Editor',
  email: 'demo@example.com',
  password: 'Demo-Passw0rd',
});

/** The page the README's `curl` example reads; the demo publishes it. */
const DEMO_PAGE = 'open-data-clermont-auvergne-metropole/privacy-policy?locale=fr&format=html';

const ensureDemoAdmin = async (strapi) => {
  const users = strapi.service('admin::user');
  if (await users.exists({ email: DEMO_ADMIN.email })) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({ ...DEMO_ADMIN, isActive: true, registrationToken: null, roles: [superAdmin.id] });
};

const main = async () => {
  const loadOnly = process.argv.includes('--load-only');
  ensurePlaygroundEnv();
  // Strapi reads .env from the working directory, as when an app is started with `npm run develop`.
  process.chdir(playgroundDir);
  if (!loadOnly) {
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME ??= '.tmp/demo.db';
  }
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';

  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  await strapi.load();
  if (loadOnly) {
    // Every write is committed; Strapi's destroy() would abort its own background queries, so exit directly, once
    // the report is flushed (a pipe takes writes asynchronously).
    process.stdout.write(`${JSON.stringify(await loadDemoData(strapi))}\n`, () => process.exit(0));
    return;
  }
  await ensureDemoAdmin(strapi);
  await loadDemoData(strapi);
  await strapi.start();

  const origin = `http://localhost:${strapi.config.get('server.port')}`;
  console.log(
    `\nLegal pages demo is running on ${origin}/admin\n  email:    ${DEMO_ADMIN.email}\n  password: ${DEMO_ADMIN.password}\n` +
      `A published page: curl '${origin}/api/legal-pages/pages/${DEMO_PAGE}'\n`
  );
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
