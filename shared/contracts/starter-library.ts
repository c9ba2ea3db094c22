/** `GET /starter-library?locale=&kind=` and `POST /sites/:documentId/starter-library`. */
import type { OrganisationKind } from '../../server/src/core/input/types';
import type { LibrarySection } from '../../server/src/starter/library';

/** One item the library offers, labelled in the asked locale. */
export interface StarterLibraryItem {
  section: LibrarySection;
  key: string;
  label: string;
  /** The kinds of controller whose set offers the item. */
  kinds: OrganisationKind[];
}

/** The body of `POST /sites/:documentId/starter-library`: the items to add; by default the site's kind's set. */
export interface StarterApplyRequest {
  keys?: string[];
}

export interface StarterEntry {
  section: LibrarySection;
  key: string;
  documentId: string;
}

export interface StarterReport {
  created: StarterEntry[];
  reused: StarterEntry[];
  linked: Array<{ locale: string; field: string; count: number }>;
  locales: string[];
  skippedLocales: string[];
}
