import { contentTypeOptions, enumeration, integer, string, text } from '../attributes';
import { PAGE_KINDS } from '../../core/input/types';

/** The editor's composition choices for one site, page kind and locale. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_pages',
    info: {
      singularName: 'page',
      pluralName: 'pages',
      displayName: 'Legal · Page',
      description: 'How one legal page of a site is composed in one locale: section order, hidden and added sections.',
    },
    ...contentTypeOptions(false),
    attributes: {
      siteDocumentId: string({ required: true, maxLength: 64 }),
      kind: enumeration(PAGE_KINDS, { required: true }),
      locale: string({ required: true, maxLength: 16 }),
      title: string({ maxLength: 200 }),
      introduction: text({ maxLength: 5000 }),
      sectionOrder: { type: 'json' },
      hiddenSections: { type: 'json' },
      customSections: { type: 'json' },
      effectiveDelayDays: integer({ min: 0, max: 365, default: 0 }),
    },
  },
};
