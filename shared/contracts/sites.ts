/** The new-site wizard's routes: `GET /site-setup`, `POST /sites`, and `POST /sites/:documentId/retire`. */
import type { OrganisationKind } from '../../server/src/core/input/types';
import type { SiteAnswers } from '../../server/src/mapping/to-input';

type Data = Record<string, unknown>;

/** An existing entry, or the fields of a new one. */
export type EntryRef = { documentId: string } | { data: Data };

export interface SiteTexts {
  designation: string;
  designationGender?: 'feminine' | 'masculine';
  directorOfPublicationTitle?: string;
  /** What the site's contact point is for, printed as its label. */
  contactRole?: string;
}

/** The body of `POST /sites`; the yes/no answers are absent while not answered. */
export interface NewSiteRequest extends SiteAnswers {
  name: string;
  baseUrl: string;
  locales: string[];
  texts: Record<string, SiteTexts>;
  controller: EntryRef;
  /** Omitted: the controller publishes the site, as for most public bodies. */
  publisher?: EntryRef | null;
  host?: EntryRef | null;
  dpo?: EntryRef | null;
  directorOfPublicationName?: string;
  directorOfPublicationGender?: 'feminine' | 'masculine';
  contactEmail?: string;
  contactPhone?: string;
  contactUrl?: string;
}

/** The answer of `POST /sites`. */
export interface NewSite {
  documentId: string;
  name: string;
  slug: string;
  locales: string[];
  created: Array<{ type: 'organisation' | 'dpo-contact'; role: string; documentId: string }>;
}

/** The short name a new site gives its controller, by kind of controller and locale; null where none fits. */
export type Designations = Record<OrganisationKind, Record<string, Pick<SiteTexts, 'designation' | 'designationGender'> | null>>;

/** `GET /site-setup`: what the wizard offers. */
export interface SiteSetupOptions {
  /** The locales pages can be composed in: configured for the plugin and enabled in Settings → Internationalization. */
  locales: string[];
  /** Configured for the plugin but missing from Settings → Internationalization. */
  missingLocales: string[];
  organisations: Array<{ documentId: string; name: string; kind: string; city: string | null }>;
  dpoContacts: Array<{ documentId: string; label: string; email: string | null }>;
  designations: Designations;
}

/** The body of `POST /sites/:documentId/retire`. */
export interface RetireRequest {
  /** ISO 8601; now by default. */
  retiredAt?: string;
  reason: string;
}
