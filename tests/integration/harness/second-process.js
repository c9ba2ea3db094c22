'use strict';

// A second Strapi process on the run's database: boots the built playground, listens on a free port and prints
// it as one JSON line, then serves until killed.
const path = require('node:path');

const playgroundDir = path.resolve(__dirname, '../../../playground');

const main = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();
  await new Promise((resolve, reject) => {
    strapi.server.httpServer.once('error', reject);
    strapi.server.listen(0, '127.0.0.1', resolve);
  });
  // Ready means idle: the in-force clock's first look (it claims the versions that fell due while no process ran)
  // and the overview's background check are over. On SQLite a second writer is refused ("database is locked"), not
  // queued, so the test's own writes must not meet this process's start-up writes.
  const plugin = strapi.plugin('legal-pages');
  await plugin.service('in-force-clock').run();
  await plugin.service('page-states').settled();
  process.stdout.write(`${JSON.stringify({ port: strapi.server.httpServer.address().port })}\n`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
