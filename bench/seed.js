'use strict';

// Sites the benchmarks publish: a realistic one, and a large one (100 purposes, 50 recipients, 50 cookies).
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
      // The answers behind the pages' statements of fact (an unanswered transfers question blocks publication).
      transfersOutsideEea: 'no', securityMeasures: 'yes', automatedDecisions: 'no', processorContracts: 'yes',
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

module.exports = { createSite, enlarge };
