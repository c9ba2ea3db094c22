import { contentTypeOptions, loc, starterKey, string, text } from '../attributes';

/** Shared by purposes: the register lists them per activity (Art. 30(1)(c)), the privacy policy per purpose. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_data_subjects',
    info: {
      singularName: 'data-subject',
      pluralName: 'data-subjects',
      displayName: 'Legal · Data subjects',
      description: 'A category of people the data is about, such as users of the portal or staff (GDPR Art. 30(1)(c)).',
    },
    ...contentTypeOptions(true),
    attributes: {
      name: loc(string({ required: true, maxLength: 200 })),
      description: loc(text({ maxLength: 2000 })),
      ...starterKey(),
    },
  },
};
