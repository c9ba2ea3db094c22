'use strict';

// The benchmark's Strapi: the built playground in production mode, seeded with a realistic site and a large one,
// both published. Forked by http.bench.js; answers its messages over IPC.
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const playgroundDir = path.resolve(__dirname, '../playground');
const { createSite, enlarge } = require('./seed');
const { rawGet } = require('./ipc');

const { median } = require('./lib');

const main = async () => {
  process.chdir(playgroundDir);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: playgroundDir, distDir: path.join(playgroundDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();

  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'api::footer.footer.find', role: publicRole.id } });
  await strapi.documents('api::footer.footer').create({ data: { copyright: '© Région d’exemple', contactEmail: 'contact@region-exemple.fr', legalLinksLabel: 'Mentions légales' } });

  const small = await createSite(strapi, 'ordinaire');
  const large = await createSite(strapi, 'grande', enlarge(strapi));
  const publishing = strapi.plugin('legal-pages').service('publishing');
  for (const site of [small, large]) await publishing.publish({ siteDocumentId: site.documentId, kind: 'privacy-policy', locale: 'fr' });

  let queries = 0;
  strapi.db.connection.on('query', () => (queries += 1));

  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();

  // Row E answers the small page's bytes and headers as the C rows get them (registered by the playground when
  // BENCH_FLOOR=1).
  if (process.env.BENCH_FLOOR === '1') {
    const page = `http://127.0.0.1:${port}/api/legal-pages/pages/${small.slug}/privacy-policy?locale=fr`;
    const answer = await rawGet(page, { 'accept-encoding': 'br, gzip' });
    const headers = Object.fromEntries(['content-type', 'content-encoding', 'vary', 'etag', 'cache-control'].filter((h) => answer.headers[h]).map((h) => [h, answer.headers[h]]));
    require(path.join(playgroundDir, 'dist/src/bench-floor.js')).setBenchFloor(answer.body, headers);
  }

  const inspector = require('node:inspector');
  const session = new inspector.Session();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

  process.on('message', async (message) => {
    if (message.cmd === 'profile-start') {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
      process.send({ cmd: 'profile-start' });
    } else if (message.cmd === 'profile-stop') {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      process.send({ cmd: 'profile-stop', profile });
    } else if (message.cmd === 'reset-queries') {
      queries = 0;
      process.send({ cmd: 'reset-queries' });
    } else if (message.cmd === 'read-queries') {
      process.send({ cmd: 'read-queries', queries });
    } else if (message.cmd === 'compose-times') {
      const { composeAndRender } = require('strapi-plugin-legal-pages/core');
      const sources = strapi.plugin('legal-pages').service('page-sources');
      const times = {};
      for (const [name, site] of Object.entries({ small, large })) {
        const { input } = await sources.buildInput(site.documentId, 'privacy-policy', 'fr');
        const runs = [];
        for (let i = 0; i < 40; i += 1) {
          const start = performance.now();
          composeAndRender(input);
          runs.push(performance.now() - start);
        }
        times[name] = { medianMs: median(runs.slice(10)), purposes: input.purposes.length, cookies: input.cookies.length, recipients: input.recipients.length };
      }
      process.send({ cmd: 'compose-times', times });
    }
  });
  process.send({ cmd: 'ready', port, slugs: { small: small.slug, large: large.slug } });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
