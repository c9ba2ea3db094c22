import { contentTypeOptions, integer, loc, shared, string, text } from '../attributes';

/**
 * An RGAA conformity audit of a site. The statement's conformity status is computed from its counts (or its
 * per-criterion results) and its date, never typed.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_accessibility_audits',
    info: {
      singularName: 'accessibility-audit',
      pluralName: 'accessibility-audits',
      displayName: 'Legal · Accessibility audit',
      description: 'An RGAA conformity audit: the accessibility statement computes its conformity status from it.',
    },
    ...contentTypeOptions(true),
    attributes: {
      label: shared(string({ required: true, maxLength: 200 })),
      date: shared({ type: 'date', required: true }),
      auditor: shared(string({ required: true, maxLength: 200 })),
      rgaaVersion: shared(string({ required: true, maxLength: 10, default: '4.1' })),
      applicableCriteria: shared(integer({ min: 0, max: 200 })),
      metCriteria: shared(integer({ min: 0, max: 200 })),
      // {"1.1": "met", "1.2": "not-met", "1.3": "not-applicable", …}: an alternative to the two counts.
      criteriaResults: shared({ type: 'json' }),
      sampledPages: loc(text({ maxLength: 10000 })),
      technologies: shared(text({ maxLength: 2000 })),
      testEnvironment: loc(text({ maxLength: 3000 })),
      tools: shared(text({ maxLength: 2000 })),
    },
  },
};
