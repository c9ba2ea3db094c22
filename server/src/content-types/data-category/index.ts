import { bool, contentTypeOptions, loc, manyToOne, shared, starterKey, string, text } from '../attributes';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_data_categories',
    info: {
      singularName: 'data-category',
      pluralName: 'data-categories',
      displayName: 'Legal · Data category',
      description: 'A category of personal data, such as identity or connection data.',
    },
    ...contentTypeOptions(true),
    attributes: {
      name: loc(string({ required: true, maxLength: 200 })),
      description: loc(text()),
      special: shared(bool(false)),
      // Art. 30(1)(f): only where this category is erased on another schedule than the purposes that use it.
      erasure: manyToOne('retention-period'),
      ...starterKey(),
    },
  },
};
