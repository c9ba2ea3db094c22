import { string } from '../attributes';
import { SLUG_MAX_LENGTH } from '../../core/fields/slug';

/**
 * A slug under which a site has published a version: reserved for that site for good, so a published URL never
 * serves another site's page. A renamed site keeps its old slugs here; the public routes answer them with a 301.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_slugs',
    info: {
      singularName: 'slug',
      pluralName: 'slugs',
      displayName: 'Legal · Reserved slug',
      description: 'A slug that has published versions, reserved for its site.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      slug: string({ required: true, unique: true, maxLength: SLUG_MAX_LENGTH }),
      siteDocumentId: string({ required: true, maxLength: 64 }),
      reservedOn: { type: 'datetime', required: true },
    },
    // Strapi checks `unique` only on Document Service writes; these rows are written with the Query Engine.
    indexes: [{ name: 'legal_pages_slugs_slug_unique', columns: ['slug'], type: 'unique' }],
  },
};
