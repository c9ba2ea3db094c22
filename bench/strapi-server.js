'use strict';

// The benchmark's Strapi: the built playground in production mode, seeded with a realistic site and a large one,
// both published. Forked by http.bench.js; answers its messages over IPC.
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const playgroundDir = path.resolve(__dirname, '../playground');
const uid = (name) => `plugin::legal-pages.${name}`;

const org = (strapi, data) => strapi.documents(uid('organisation')).create({ data }).then((d) => d.documentId);

const createSite = async (strapi, name, extra) => {
  const controller = await org(strapi, {
    name: `Région ${name}`, kind: 'public-body', street: '1 place de la Préfecture', postalCode: '35000', city: 'Rennes', country: 'FR',
    phone: '02 99 00 00 00', email: 'contact@region-exemple.fr', website: 'https://www.region-exemple.fr', siren: '246300701', siret: '24630070100017',
  });
  const host = await org(strapi, {
    name: 'Hébergeur Exemple', kind: 'company', legalForm: 'SAS', street: '10 rue de l’Hébergement', postalCode: '75015', city: 'Paris',
    country: 'FR', phone: '01 23 45 67 89', siren: '200046977', rcs: 'RCS Paris 200 046 977', shareCapital: 100000,
  });
  const dpo = (await strapi.documents(uid('dpo-contact')).create({
    data: { label: `DPO ${name}`, appointed: true, email: 'dpo@region-exemple.fr', street: '1 place de la Préfecture', postalCode: '35000', city: 'Rennes', country: 'FR' },
  })).documentId;
  const site = await strapi.documents(uid('site')).create({
    locale: 'fr',
    data: {
      name: `Bench ${name}`, baseUrl: 'https://data.region-exemple.fr', publishedLocales: ['fr'], designation: 'Région', designationGender: 'feminine',
      directorOfPublicationName: 'Camille Martin', directorOfPublicationTitle: 'présidente de la Région', editorialManagement: 'La direction de la communication gère le site.',
      privacyPolicyUrl: '/confidentialite', cookiePolicyUrl: '/cookies', legalNoticeUrl: '/mentions-legales',
      controller: { connect: [{ documentId: controller }] }, publisher: { connect: [{ documentId: controller }] },
      host: { connect: [{ documentId: host }] }, dpo: { connect: [{ documentId: dpo }] },
    },
  });
  await strapi.plugin('legal-pages').service('starter-library').apply(site.documentId);
  if (extra) await extra(site.documentId);
  return site;
};

/** 100 purposes, 50 recipients and 50 cookies on top of the starter library. */
const enlarge = (strapi) => async (siteId) => {
  const recipients = [];
  for (let i = 1; i <= 50; i += 1) {
    recipients.push((await strapi.documents(uid('recipient')).create({ locale: 'fr', data: { name: `Destinataire ${i}`, kind: i % 2 ? 'processor' : 'internal', description: `Reçoit les données nécessaires à sa mission n° ${i}.` } })).documentId);
  }
  const retention = (await strapi.documents(uid('retention-period')).create({ locale: 'fr', data: { label: 'Trois ans', durationValue: 3, durationUnit: 'years', startEvent: 'le dernier contact', endAction: 'deletion' } })).documentId;
  const category = (await strapi.documents(uid('data-category')).create({ locale: 'fr', data: { name: 'Données d’identification', description: 'Nom, prénom, adresse électronique.' } })).documentId;
  const purposes = [];
  for (let i = 1; i <= 100; i += 1) {
    purposes.push((await strapi.documents(uid('purpose')).create({
      locale: 'fr',
      data: {
        title: `Finalité numéro ${i}`, description: `Description de la finalité ${i}, avec **du texte** et [un lien](https://example.fr/${i}).`,
        legalBasis: 'public-task', requirement: 'optional',
        dataCategories: { connect: [{ documentId: category, locale: 'fr' }] },
        recipients: { connect: [0, 1, 2].map((k) => ({ documentId: recipients[(i + k) % 50], locale: 'fr' })) },
        retention: { set: [{ documentId: retention, locale: 'fr' }] },
      },
    })).documentId);
  }
  const cookies = [];
  for (let i = 1; i <= 50; i += 1) {
    cookies.push((await strapi.documents(uid('cookie')).create({ locale: 'fr', data: { name: `cookie_${i}`, provider: 'Fournisseur', category: 'audience', purpose: `Mesure d’audience ${i}.`, durationValue: 13, durationUnit: 'months', consentRequired: i % 2 === 0 } })).documentId);
  }
  await strapi.documents(uid('site')).update({
    documentId: siteId, locale: 'fr',
    data: {
      purposes: { connect: purposes.map((documentId) => ({ documentId, locale: 'fr' })) },
      recipients: { connect: recipients.map((documentId) => ({ documentId, locale: 'fr' })) },
      cookies: { connect: cookies.map((documentId) => ({ documentId, locale: 'fr' })) },
    },
  });
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
