/**
 * strapi-plugin-legal-pages/types — the TypeScript types of what the public API and the webhooks send, for frontends
 * that render the pages (`import type { … } from 'strapi-plugin-legal-pages/types'`).
 *
 * Types only: nothing here exists at run time, so a frontend bundle gains no byte from it. The server code uses
 * these same declarations (`describeVersion` returns `PublicVersion`, the controller types its `meta` with
 * `PublicPageMeta`), and a unit test validates real responses against the OpenAPI schemas of `openapi/spec.ts`:
 * the types, the responses and the documentation stay one shape.
 */
import type { PageKind } from './core/input/types';
import type { LegalDocument } from './core/tree';
import type { PageEventName, PageEventPayload } from './services/page-events';
import type { Format } from './public/shape';
import type { AccessibilityMention } from './core/accessibility';
import type { ConsentCategory } from './core/consent-data';

export type { PageKind } from './core/input/types';
export type { Block, GrammaticalForm, Inline, LegalDocument, RefNode, Section, TermNode } from './core/tree';
export type { PageEventName, PageEventPayload } from './services/page-events';
export type { Format } from './public/shape';
export type { AccessibilityMention, ConformityStatus } from './core/accessibility';
export type { ConsentCategory, ConsentCookie } from './core/consent-data';

/** What the public sees of a version, in every response that names one (REST and GraphQL). */
export interface PublicVersion {
  /** The site's slug today (a request under an older slug is redirected to it). */
  site: string;
  kind: PageKind;
  locale: string;
  /** The version number, from 1; a version never changes once published. */
  version: number;
  /** ISO 8601; from this moment the version is the one in force (unless withdrawn before). */
  effectiveAt: string;
  /** ISO 8601; when it was published. */
  publishedAt: string;
  changeSummary: string | null;
  /** SHA-256 of the published content; the `ETag` is derived from it. */
  contentHash: string;
  /** Set when the version was withdrawn before it took effect: it was never in force. */
  withdrawn: { at: string; reason: string } | null;
  /** Cookie policies only (absent on other kinds): moves only when the cookie facts change materially. */
  consentRevision?: number | null;
  /** Accessibility statements only (absent on other kinds): the conformity mention for every page's footer. */
  accessibility?: AccessibilityMention | null;
}

/** `meta` of the page routes' JSON. */
export interface PublicPageMeta {
  /**
   * The version scheduled to replace the current one, or null when none is: only on `/pages/:site/:kind` without
   * `at` (absent for a date lookup and for `/versions/:number`).
   */
  upcoming?: { version: number; effectiveAt: string } | null;
  /** Cookie policies only, as `data.consentRevision`. */
  consentRevision?: number | null;
}

/** `GET /api/legal-pages/pages/:site/:kind` and `/versions/:number` with `format=json` (the default). */
export interface PublicPageResponse {
  data: PublicVersion & { document: LegalDocument };
  meta: PublicPageMeta;
}

/** One entry of the versions list. */
export interface PublicVersionListItem extends PublicVersion {
  /** Whether this is the version in force now (at most one; none once the site is retired). */
  inForce: boolean;
  /**
   * ISO 8601; when the version stops being in force: the next version's effective date, or the site's retirement.
   * Null while nothing is scheduled after it, and for a version never in force (withdrawn, or replaced the moment it
   * took effect).
   */
  until: string | null;
}

/** `GET /api/legal-pages/pages/:site/:kind/versions`: every version, newest first. */
export interface PublicVersionsResponse {
  data: PublicVersionListItem[];
  meta: { site: string; kind: PageKind; locale: string; count: number; retiredAt: string | null };
}

/** Strapi's error body, e.g. `404` for an unknown site, kind, locale or version, `400` for a malformed parameter. */
export interface PublicErrorResponse {
  data: null;
  error: { status: number; name: string; message: string; details?: Record<string, unknown> };
}

/** The body Strapi's webhooks POST for the plugin's events (`legal-page.publish`, `.in-force`, `.withdraw`). */
export interface LegalPageWebhookBody {
  event: PageEventName;
  createdAt: string;
  legalPage: PageEventPayload;
}

/** `GET /api/legal-pages/pages/:site/cookie-policy/consent`: the cookies of the cookie policy in force, by category. */
export interface PublicConsentResponse {
  data: { site: string; locale: string; version: number; consentRevision: number | null; categories: ConsentCategory[] };
  meta: Record<string, never>;
}

/** `GET /api/legal-pages/pages/:site/accessibility-statement/mention`: the footer mention of the statement in force. */
export interface PublicMentionResponse {
  data: { site: string; locale: string; version: number; effectiveAt: string } & AccessibilityMention;
}

/** The query parameters of the page routes. */
export interface PublicPageQuery {
  locale?: string;
  format?: Format;
  /** `YYYY-MM-DD`: the version in force at the end of that day (UTC); `/pages/:site/:kind` only. */
  at?: string;
}
