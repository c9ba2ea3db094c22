import { contentTypeOptions, enumeration, loc, shared, starterKey, text } from '../attributes';
import { SECURITY_MEASURE_KINDS } from '../enums';

/** Listed in the processing register only (Art. 30(1)(g)): the pages just state that measures are in place. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_security_measures',
    info: {
      singularName: 'security-measure',
      pluralName: 'security-measures',
      displayName: 'Legal · Security measure',
      description: 'A technical or organisational security measure, for the record of processing activities (GDPR Art. 30(1)(g), 32).',
    },
    ...contentTypeOptions(true),
    attributes: {
      kind: shared(enumeration(SECURITY_MEASURE_KINDS, { required: true })),
      detail: loc(text({ required: true, maxLength: 3000 })),
      ...starterKey(),
    },
  },
};
