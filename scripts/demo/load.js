'use strict';

// Loads the demo sites of seed-sites.js through the Document Service, so every write is validated like an
// editor's. Sites that already exist are left as they are.
const { SITES: SEED_SITES, SUBJECTS, SECURITY } = require('./seed-sites');
const { publishDemoPages } = require('./publish');

const uid = (name) => `plugin::legal-pages.${name}`;
const LOCALES = ['fr', 'en'];

const findOrCreateOrganisation = async (strapi, data) => {
  const existing = await strapi.db.query(uid('organisation')).findOne({ where: { name: data.name }, select: ['documentId'] });
  if (existing) return existing.documentId;
  return (await strapi.documents(uid('organisation')).create({ data })).documentId;
};

const byStarterKey = async (strapi, type, key) =>
  (await strapi.db.query(uid(type)).findOne({ where: { starterKey: key }, select: ['documentId'] }))?.documentId;

/** Creates a localized entry in every locale, or returns the one an earlier run created. */
const ensureLocalized = async (strapi, type, key, dataFor) => {
  const existing = await byStarterKey(strapi, type, key);
  if (existing) return existing;
  let documentId;
  for (const locale of LOCALES) {
    const data = { ...dataFor(locale), starterKey: key };
    const saved = documentId
      ? await strapi.documents(uid(type)).update({ documentId, locale, data })
      : await strapi.documents(uid(type)).create({ locale, data });
    documentId = saved.documentId;
  }
  return documentId;
};

const loadSite = async (strapi, seed) => {
  const controller = await findOrCreateOrganisation(strapi, seed.controller);
  const host = await findOrCreateOrganisation(strapi, seed.host);
  const processors = await Promise.all((seed.processors ?? []).map((p) => findOrCreateOrganisation(strapi, p)));
  const dpo = (await strapi.documents(uid('dpo-contact')).create({ data: seed.dpo })).documentId;

  const site = await strapi.documents(uid('site')).create({
    locale: LOCALES[0],
    data: {
      ...seed.site,
      ...seed.text[LOCALES[0]],
      controller: { connect: [{ documentId: controller }] },
      publisher: { connect: [{ documentId: controller }] },
      host: { connect: [{ documentId: host }] },
      dpo: { connect: [{ documentId: dpo }] },
      processors: { connect: processors.map((documentId) => ({ documentId })) },
    },
  });
  for (const locale of LOCALES.slice(1)) {
    await strapi.documents(uid('site')).update({ documentId: site.documentId, locale, data: seed.text[locale] });
  }

  await strapi.plugin('legal-pages').service('starter-library').apply(site.documentId, seed.starterKeys);

  const categories = {};
  for (const category of seed.categories) {
    categories[category.key] = await ensureLocalized(strapi, 'data-category', `demo.category.${category.key}`, (locale) => ({
      name: category.name[locale],
      description: category.description[locale],
    }));
  }

  const subjects = {};
  for (const key of new Set(seed.purposes.flatMap((p) => p.subjects ?? []))) {
    subjects[key] = await ensureLocalized(strapi, 'data-subject', `demo.subjects.${key}`, (locale) => ({ name: SUBJECTS[key].name[locale] }));
  }
  const measures = [];
  for (const m of SECURITY) {
    measures.push(await ensureLocalized(strapi, 'security-measure', `demo.security.${m.key}`, (locale) => ({ kind: m.kind, detail: m.detail[locale] })));
  }

  const purposes = [];
  for (const p of seed.purposes) {
    const retention = await byStarterKey(strapi, 'retention-period', p.retention);
    purposes.push(
      await ensureLocalized(strapi, 'purpose', `demo.purpose.${p.key}`, (locale) => ({
        title: p.title[locale],
        description: p.description[locale],
        legalBasis: p.legalBasis,
        requirement: p.requirement,
        requirementConsequence: p.requirementConsequence?.[locale],
        dataCategories: { connect: p.categories.map((key) => ({ documentId: categories[key], locale })) },
        dataSubjects: { connect: (p.subjects ?? []).map((key) => ({ documentId: subjects[key], locale })) },
        retention: retention ? { set: [{ documentId: retention, locale }] } : undefined,
      }))
    );
  }
  for (const locale of LOCALES) {
    await strapi.documents(uid('site')).update({
      documentId: site.documentId,
      locale,
      data: {
        purposes: { connect: purposes.map((documentId) => ({ documentId, locale })) },
        securityMeasureList: { connect: measures.map((documentId) => ({ documentId, locale })) },
      },
    });
  }
  return site.documentId;
};

/**
 * Loads the demo data modelled on the shared seeds (sites that already exist are left as they are), then publishes
 * their pages that pass the compliance check and have no version yet.
 */
const loadDemoData = async (strapi) => {
  const loaded = [];
  for (const seed of SEED_SITES) {
    const exists = await strapi.db.query(uid('site')).findOne({ where: { name: seed.site.name }, select: ['id'] });
    if (exists) continue;
    await strapi.db.transaction(() => loadSite(strapi, seed));
    loaded.push(seed.site.name);
  }
  if (loaded.length) strapi.log.info(`[legal-pages demo] loaded ${loaded.join(', ')}`);
  const { published, blocked } = await publishDemoPages(strapi, SEED_SITES.map((seed) => seed.site.name));
  if (published.length) strapi.log.info(`[legal-pages demo] published ${published.length} pages; ${blocked.length} stay blocked by compliance errors`);
  return { loaded, published, blocked };
};

module.exports = { loadDemoData, SEED_SITES };
