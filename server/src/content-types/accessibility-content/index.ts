import { contentTypeOptions, enumeration, loc, shared, starterKey, string, text } from '../attributes';
import { ACCESSIBILITY_CONTENT_KINDS } from '../enums';

/** One item of the statement's three lists of inaccessible content. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_accessibility_contents',
    info: {
      singularName: 'accessibility-content',
      pluralName: 'accessibility-contents',
      displayName: 'Legal · Inaccessible content',
      description: 'Content the accessibility statement lists as not accessible: a non-conformity, a disproportionate-burden derogation or exempt content.',
    },
    ...contentTypeOptions(true),
    attributes: {
      kind: shared(enumeration(ACCESSIBILITY_CONTENT_KINDS, { required: true })),
      description: loc(text({ required: true, maxLength: 3000 })),
      criteria: shared(string({ maxLength: 500 })),
      justification: loc(text({ maxLength: 3000 })),
      alternative: loc(text({ maxLength: 3000 })),
      ...starterKey(),
    },
  },
};
