import { contentTypeOptions, enumeration, loc, shared, starterKey, string, text } from '../attributes';
import { SAFEGUARDS } from '../enums';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_transfers',
    info: {
      singularName: 'transfer',
      pluralName: 'transfers',
      displayName: 'Legal · Transfer',
      description: 'A transfer outside the EU/EEA and its safeguard (GDPR Art. 13(1)(f), 44-49).',
    },
    ...contentTypeOptions(true),
    attributes: {
      country: shared(string({ required: true, maxLength: 2, regex: '^[A-Z]{2}$' })),
      recipientName: shared(string({ maxLength: 200 })),
      safeguard: shared(enumeration(SAFEGUARDS, { required: true })),
      safeguardDetail: loc(text({ maxLength: 2000 })),
      copyUrl: shared(string({ maxLength: 500 })),
      ...starterKey(),
    },
  },
};
