import { bool, contentTypeOptions, enumeration, integer, string, text } from '../attributes';
import { PAGE_KINDS } from '../../core/input/types';

/**
 * A published legal page: its content is immutable once written (a scheduled version may only be withdrawn). Numbers run 1, 2, 3... per site, kind and locale; the unique
 * index makes two simultaneous publications retry instead of sharing a number.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_versions',
    info: {
      singularName: 'version',
      pluralName: 'versions',
      displayName: 'Legal · Published version',
      description: 'A published legal page, kept as it was published.',
    },
    ...contentTypeOptions(false),
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      siteDocumentId: string({ required: true, maxLength: 64 }),
      siteSlug: string({ required: true, maxLength: 120 }),
      kind: enumeration(PAGE_KINDS, { required: true }),
      locale: string({ required: true, maxLength: 16 }),
      number: integer({ required: true, min: 1 }),
      effectiveAt: { type: 'datetime', required: true },
      publishedOn: { type: 'datetime', required: true },
      publishedById: integer({ private: true }),
      changeSummary: text({ maxLength: 2000 }),
      contentHash: string({ required: true, maxLength: 64 }),
      publishedWithErrors: bool(false),
      // Cookie policies only: moves on a material change of the cookie facts (core/consent-revision.ts).
      consentRevision: integer({ min: 1 }),
      // Accessibility statements only: the footer mention { status, rate, label, url }, computed at publication.
      accessibility: { type: 'json' },
      findings: { type: 'json' },
      html: { type: 'text' },
      markdown: { type: 'text' },
      plainText: { type: 'text' },
      tree: { type: 'json' },
      input: { type: 'json', private: true },
      // The bodies compressed with brotli and gzip (public/representation.ts), written once right after the version is
      // created: derived from the fields above, so the archive leaves them out and an import computes them again.
      encodings: { type: 'json', private: true },
      // A scheduled version withdrawn before it took effect: kept in the archive, never in force. With `encodings`,
      // the only fields written after publication, once.
      withdrawnAt: { type: 'datetime' },
      withdrawalReason: text({ maxLength: 2000 }),
      withdrawnById: integer({ private: true }),
      // When the `legal-page.in-force` event was claimed: set once, by the one process whose conditional update
      // wins, so the event goes out exactly once however many processes share the database.
      inForceAnnouncedAt: { type: 'datetime', private: true },
    },
    indexes: [
      {
        name: 'legal_pages_versions_number_unique',
        columns: ['site_document_id', 'kind', 'locale', 'number'],
        type: 'unique',
      },
      {
        name: 'legal_pages_versions_in_force_pending',
        columns: ['in_force_announced_at', 'effective_at'],
      },
    ],
  },
};
