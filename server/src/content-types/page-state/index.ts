import { bool, enumeration, integer, string } from '../attributes';
import { PAGE_KINDS } from '../../core/input/types';

/**
 * The last check of one page (site, kind, locale), so the overview answers from one row per page instead of
 * recomposing every page on every load. A write to the facts marks the rows of the sites it reaches stale (with a
 * new `staleToken`); a background check recomputes them and clears `stale` only if no write came meanwhile (same
 * token). Derived data: it can be dropped at any time and is rebuilt from the facts and the versions.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_page_states',
    info: {
      singularName: 'page-state',
      pluralName: 'page-states',
      displayName: 'Legal · Page state',
      description: 'The last computed state of a page, for the overview.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      siteDocumentId: string({ required: true, maxLength: 64 }),
      kind: enumeration(PAGE_KINDS, { required: true }),
      locale: string({ required: true, maxLength: 16 }),
      stale: bool(true),
      staleToken: string({ maxLength: 40 }),
      computedAt: { type: 'datetime' },
      engine: string({ maxLength: 40 }),
      versionNumber: integer({ min: 1 }),
      versionEffectiveAt: { type: 'datetime' },
      versionHash: string({ maxLength: 64 }),
      composedHash: string({ maxLength: 64 }),
      problemCount: integer({ min: 0, default: 0 }),
      errorCount: integer({ min: 0, default: 0 }),
      warningCount: integer({ min: 0, default: 0 }),
      firstFinding: { type: 'json' },
    },
    // Strapi checks `unique` only on Document Service writes; these rows are written with the Query Engine.
    indexes: [{ name: 'legal_pages_page_states_page_unique', columns: ['site_document_id', 'kind', 'locale'], type: 'unique' }],
  },
};
