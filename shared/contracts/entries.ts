/**
 * `GET /entries/:type/:documentId/sites`: the sites whose pages an entry feeds, for the Content Manager to say, while
 * the entry is open, which sites' pages saving it changes.
 */
import type { EntryType, SharedEntryType, SiteRef } from '../../server/src/mapping/entry-usage';

export { ENTRY_TYPES } from '../../server/src/mapping/entry-usage';
export type { EntryType, SharedEntryType, SiteRef };

/** The answer's `data`: every site that reaches the entry, sorted by name; an entry no site uses has none. */
export interface EntryUsage {
  type: SharedEntryType;
  documentId: string;
  sites: SiteRef[];
}
