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
  process.stdout.write(`${JSON.stringify({ port: strapi.server.httpServer.address().port })}\n`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
