import { bool, contentTypeOptions, enumeration, integer, loc, shared, starterKey, string, text } from '../attributes';
import { COOKIE_CATEGORIES, COOKIE_DURATION_UNITS } from '../enums';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_cookies',
    info: {
      singularName: 'cookie',
      pluralName: 'cookies',
      displayName: 'Legal · Cookie',
      description: 'A cookie or tracker set by a site (ePrivacy, Art. 82 loi Informatique et Libertés).',
    },
    ...contentTypeOptions(true),
    attributes: {
      name: shared(string({ required: true, maxLength: 200 })),
      provider: shared(string({ maxLength: 200 })),
      category: shared(enumeration(COOKIE_CATEGORIES, { required: true, default: 'strictly-necessary' })),
      purpose: loc(text({ required: true, maxLength: 2000 })),
      durationValue: shared(integer({ min: 1, max: 1200 })),
      durationUnit: shared(enumeration(COOKIE_DURATION_UNITS, { required: true, default: 'months' })),
      consentRequired: shared(bool(true)),
      ...starterKey(),
    },
  },
};
