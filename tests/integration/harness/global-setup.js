'use strict';

// Boots the built playground once for the whole integration run and publishes its URL to the tests.
const path = require('node:path');
const { createEmptyDatabase } = require('./database');
const { strapiSecrets } = require('../../../scripts/lib');
const { SUPER_ADMIN } = require('./credentials');

const playgroundDir = path.resolve(__dirname, '../../../playground');

module.exports = async () => {
  Object.assign(process.env, strapiSecrets(), await createEmptyDatabase(playgroundDir), {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
    // Each browser test logs in through the admin's form; Strapi's default limit (5 per account in 5 minutes) would
    // refuse the sixth.
    ADMIN_RATE_LIMIT_ENABLED: 'false',
  });
  process.env.STRAPI_LOG_LEVEL ??= 'error';

  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = process.env.STRAPI_LOG_LEVEL;
  await strapi.load();
  await new Promise((resolve, reject) => {
    strapi.server.httpServer.once('error', reject);
    strapi.server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = strapi.server.httpServer.address();
  globalThis.__LEGAL_PAGES_STRAPI__ = strapi;
  process.env.STRAPI_URL = `http://127.0.0.1:${port}`;

  const response = await fetch(`${process.env.STRAPI_URL}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SUPER_ADMIN),
  });
  if (!response.ok) throw new Error(`registering the super admin failed: ${response.status} ${await response.text()}`);
  // Shared with every test file: admin logins are rate-limited per account.
  process.env.STRAPI_SUPER_ADMIN_JWT = (await response.json()).data.token;
};
