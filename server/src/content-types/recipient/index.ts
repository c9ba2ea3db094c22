import { contentTypeOptions, enumeration, loc, manyToOne, shared, starterKey, string, text } from '../attributes';
import { RECIPIENT_KINDS } from '../enums';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_recipients',
    info: {
      singularName: 'recipient',
      pluralName: 'recipients',
      displayName: 'Legal · Recipient',
      description: 'Who receives the data: an internal service, a processor, an authority (GDPR Art. 13(1)(e)).',
    },
    ...contentTypeOptions(true),
    attributes: {
      name: loc(string({ required: true, maxLength: 200 })),
      kind: shared(enumeration(RECIPIENT_KINDS, { required: true, default: 'internal' })),
      organisation: shared(manyToOne('organisation')),
      description: loc(text({ maxLength: 2000 })),
      country: shared(string({ maxLength: 2, regex: '^[A-Z]{2}$' })),
      ...starterKey(),
    },
  },
};
