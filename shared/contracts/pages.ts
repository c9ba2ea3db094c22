/**
 * The composer's routes: `GET|PUT /sites/:documentId/pages/:kind/:locale` (the page's choices),
 * `GET|POST …/preview`, `POST …/publish`, `POST …/versions/:number/withdraw`.
 */
import type { SectionSpec } from '../../server/src/core/compose/catalog';
import type { LegalDocument } from '../../server/src/core/tree';
import type { Finding as CoreFinding } from '../../server/src/core/compliance/codes';
import type { CustomSection } from '../../server/src/core/input/types';
import type { SiteRef } from '../../server/src/mapping/entry-usage';
import type { DescribedSource } from '../../server/src/mapping/finding-field';
import type { SectionEntry } from '../../server/src/mapping/section-sources';

/** The entry that holds a finding's fact, with the field and the entry's name in plain words where known. */
export type FindingSource = DescribedSource;
export type { CustomSection, SectionSpec };

/** The body of `PUT` and of `POST …/preview`: the choices to store, or to preview unsaved. */
export interface PageChoicesRequest {
  title?: string | null;
  sectionOrder?: string[] | null;
  hiddenSections?: string[] | null;
  customSections?: CustomSection[] | null;
  effectiveDelayDays?: number | null;
  /** Markdown printed after the page's lead; its home is the page, as each kind needs its own words. */
  introduction?: string | null;
}

/** The choices as stored: every field present, null where the editor chose nothing. */
export interface PageChoices {
  title: string | null;
  sectionOrder: string[] | null;
  hiddenSections: string[] | null;
  customSections: CustomSection[] | null;
  effectiveDelayDays: number | null;
  introduction?: string | null;
}

/** `GET|PUT /sites/:documentId/pages/:kind/:locale`: the stored choices and the kind's sections. */
export interface ChoicesResponse {
  choices: PageChoices;
  sections: readonly SectionSpec[];
}

/** An input problem: the page cannot be composed until it is fixed. */
export interface Problem {
  path: string;
  message: string;
  /** The entry that holds the fact, for the editor to open; null where the page's own choices hold it. */
  source?: FindingSource | null;
}

/** A compliance finding of the core with the entry that holds its fact. */
export interface Finding extends CoreFinding {
  source?: FindingSource | null;
}

/** An entry a section is composed from, to open in the Content Manager (at `field` where one holds the section). */
export interface SectionSource extends SectionEntry {
  /** Every site whose pages the entry feeds, sorted by name; given only when it feeds more than this page's site. */
  usedBy?: SiteRef[];
}

/** `GET|POST …/preview`: what publishing would do now. */
export interface Preview {
  problems: Problem[];
  findings: Finding[];
  html: string | null;
  /** The composed page the preview shows (null while its input has problems): the composer compares it with the latest version. */
  document: LegalDocument | null;
  blocked: boolean;
  /** The entries each standard section comes from, by section id; sections of fixed text have none. */
  sections: Record<string, SectionSource[]>;
}

/** The body of `POST …/publish`. */
export interface PublishRequest {
  /** ISO 8601, now or later; by default now plus the page's notice period. */
  effectiveAt?: string;
  /**
   * Takes effect this many days after the server's now (0: at once), instead of `effectiveAt`: "now" and "in N days"
   * then depend on the server's clock, not on the editor's.
   */
  effectiveInDays?: number;
  /** Stored with this version only: each locale's version has its own. */
  changeSummary?: string;
}

/** The body of `POST …/versions/:number/withdraw`. */
export interface WithdrawRequest {
  reason: string;
}

/** What every description of a stored version holds (the admin's answers, the public reads, the archive). */
export interface StoredVersionFields {
  number: number;
  /** ISO 8601. */
  effectiveAt: string;
  publishedOn: string;
  changeSummary: string | null;
  contentHash: string;
  publishedWithErrors: boolean;
}

/** The answer of a publication and of a withdrawal: the version as stored. */
export interface VersionSummary extends StoredVersionFields {
  withdrawn: { at: string; reason: string } | null;
}
