import { address, sharedAll, bool, contentTypeOptions, email, enumeration, loc, shared, starterKey, string, text } from '../attributes';
import { RIGHT_KINDS } from '../enums';

const sharedAddress = sharedAll(address('postal'));

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_rights',
    info: {
      singularName: 'right',
      pluralName: 'rights',
      displayName: 'Legal · Right',
      description: 'A right of the data subject and how to exercise it (GDPR Art. 13(2)(b)-(d), 15-22, 77).',
    },
    ...contentTypeOptions(true),
    attributes: {
      kind: shared(enumeration(RIGHT_KINDS, { required: true })),
      reference: shared(string({ maxLength: 200 })),
      howToExercise: loc(text({ maxLength: 3000 })),
      conditions: loc(text({ maxLength: 3000 })),
      email: shared(email()),
      webFormUrl: shared(string({ maxLength: 500 })),
      ...sharedAddress,
      identityProofRequired: shared(bool(false)),
      ...starterKey(),
    },
  },
};
