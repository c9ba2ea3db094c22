'use strict';

// Publishes the demo sites' pages that pass the compliance check, so the public API answers at once; pages with
// blocking findings stay unpublished, for the admin's checklist to show. Pages already published are left alone.
const { playgroundDir } = require('../lib');

const SITE = 'plugin::legal-pages.site';
const VERSION = 'plugin::legal-pages.version';

/** The kinds as the plugin's own core lists them, read from the build the playground uses. */
const pageKinds = () => require(require.resolve('strapi-plugin-legal-pages/core', { paths: [playgroundDir] })).PAGE_KINDS;

const publishDemoPages = async (strapi, siteNames) => {
  const publishing = strapi.plugin('legal-pages').service('publishing');
  const published = [];
  const blocked = [];
  for (const name of siteNames) {
    const rows = await strapi.db.query(SITE).findMany({ where: { name }, select: ['documentId', 'locale', 'slug'] });
    for (const { documentId, locale, slug } of rows) {
      for (const kind of pageKinds()) {
        const page = `${slug}/${kind}?locale=${locale}`;
        if (await strapi.db.query(VERSION).count({ where: { siteDocumentId: documentId, kind, locale } })) continue;
        const preview = await publishing.preview(documentId, kind, locale);
        if (preview.blocked) {
          blocked.push(page);
          continue;
        }
        await publishing.publish({ siteDocumentId: documentId, kind, locale, changeSummary: 'Demo data' });
        published.push(page);
      }
    }
  }
  return { published, blocked };
};

module.exports = { publishDemoPages };
