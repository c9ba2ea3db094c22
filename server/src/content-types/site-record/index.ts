import { integer, string, text } from '../attributes';

/**
 * What the public routes need to know of a site that has published, kept apart from the site's editable facts:
 * which locale a request without one reads (fixed at the first publication, so those URLs never switch language),
 * and the site's retirement, which only the plugin's admin route sets and nothing undoes. It outlives the site's
 * entry, so an archive imported into a fresh install is served without the facts it was composed from.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_site_records',
    info: {
      singularName: 'site-record',
      pluralName: 'site-records',
      displayName: 'Legal · Site record',
      description: 'Default locale and retirement of a site that has published versions.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      siteDocumentId: string({ required: true, unique: true, maxLength: 64 }),
      defaultLocale: string({ required: true, maxLength: 16 }),
      retiredAt: { type: 'datetime' },
      retirementReason: text({ maxLength: 2000 }),
      retiredById: integer({ private: true }),
    },
    // Strapi checks `unique` only on Document Service writes; these rows are written with the Query Engine.
    indexes: [{ name: 'legal_pages_site_records_site_unique', columns: ['site_document_id'], type: 'unique' }],
  },
};
