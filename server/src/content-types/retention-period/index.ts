import { contentTypeOptions, enumeration, integer, loc, shared, starterKey, string, text } from '../attributes';
import { DURATION_UNITS, END_ACTIONS } from '../enums';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_retention_periods',
    info: {
      singularName: 'retention-period',
      pluralName: 'retention-periods',
      displayName: 'Legal · Retention period',
      description: 'How long data is kept: a duration, or the criterion that sets it (GDPR Art. 13(2)(a)).',
    },
    ...contentTypeOptions(true),
    attributes: {
      label: loc(string({ required: true, maxLength: 200 })),
      durationValue: shared(integer({ min: 1, max: 1200 })),
      durationUnit: shared(enumeration(DURATION_UNITS)),
      criterion: loc(text({ maxLength: 2000 })),
      startEvent: loc(string({ maxLength: 255 })),
      endAction: shared(enumeration(END_ACTIONS, { required: true, default: 'deletion' })),
      legalReference: loc(string({ maxLength: 255 })),
      appliesTo: loc(string({ maxLength: 255 })),
      ...starterKey(),
    },
  },
};
