import type { AccessibilityMention } from '../core';
import { inForceAt, inForcePeriods } from '../core/in-force';
import type { PageAddress, Scheduled, VersionMeta } from './pages-service';
import type { PublicMentionResponse, PublicPageMeta, PublicVersion, PublicVersionsResponse } from '../public-types';

/**
 * What the public sees of a published version, over REST and GraphQL alike, and the admin's history too: each shape
 * is built here once, typed by the declarations frontends import (`public-types.ts`).
 */

export const iso = (value: string | Date) => new Date(value).toISOString();

/** The fields of a version that its public description shows. */
export type DescribedVersion = Omit<VersionMeta, 'id' | 'publishedWithErrors'>;

/** The footer mention a version stored; some databases hand JSON columns back as text. */
export const mentionOf = (version: Pick<DescribedVersion, 'accessibility'>): AccessibilityMention | null => {
  const value = version.accessibility;
  return typeof value === 'string' ? (JSON.parse(value) as AccessibilityMention) : (value ?? null);
};

/** Cookie policies only, in `data` and `meta` alike: consent managers ask visitors again when it moves. */
const consentRevisionOf = (page: Pick<PageAddress, 'kind'>, version: Pick<DescribedVersion, 'consentRevision'>) =>
  page.kind === 'cookie-policy' ? { consentRevision: version.consentRevision ?? null } : {};

/** What the public sees of a version: no ids, no publisher, no input. */
export const describeVersion = (page: PageAddress, version: DescribedVersion): PublicVersion => ({
  site: page.slug,
  kind: page.kind,
  locale: page.locale,
  version: version.number,
  effectiveAt: iso(version.effectiveAt),
  publishedAt: iso(version.publishedOn),
  changeSummary: version.changeSummary ?? null,
  contentHash: version.contentHash,
  withdrawn: version.withdrawnAt ? { at: iso(version.withdrawnAt), reason: version.withdrawalReason ?? '' } : null,
  ...consentRevisionOf(page, version),
  // Accessibility statements only: what every page's footer shows, "Accessibilité : partiellement conforme".
  ...(page.kind === 'accessibility-statement' ? { accessibility: mentionOf(version) } : {}),
});

/** The version scheduled to replace the one in force. */
export const describeUpcoming = (upcoming: Scheduled): NonNullable<PublicPageMeta['upcoming']> => ({
  version: upcoming.number,
  effectiveAt: iso(upcoming.effectiveAt),
});

/** `meta` of a page's JSON; `upcoming` undefined: the answer has none (a version read by number or by date). */
export const pageMeta = (page: Pick<PageAddress, 'kind'>, version: DescribedVersion, upcoming?: Scheduled | null): PublicPageMeta => ({
  ...(upcoming === undefined ? {} : { upcoming: upcoming ? describeUpcoming(upcoming) : null }),
  ...consentRevisionOf(page, version),
});

/** An accessibility statement's footer mention with the version it comes from; null when the version has none. */
export const describeMention = (page: PageAddress, version: DescribedVersion): PublicMentionResponse['data'] | null => {
  const mention = mentionOf(version);
  return mention && { site: page.slug, locale: page.locale, version: version.number, effectiveAt: iso(version.effectiveAt), ...mention };
};

/**
 * Every version of a page, newest first, with the one in force at `at` (now by default) marked (none once the site is
 * retired) and when each stops being in force: the public `/versions` route and the admin's history answer it alike.
 */
export const versionList = (page: PageAddress, list: VersionMeta[], at = Date.now()): PublicVersionsResponse => {
  const inForce = inForceAt(list, at, page.retiredAt);
  const periods = inForcePeriods(list, page.retiredAt);
  return {
    data: list.map((v) => ({ ...describeVersion(page, v), inForce: v.number === inForce, until: periods.get(v.number)?.until ?? null })),
    meta: { site: page.slug, kind: page.kind, locale: page.locale, count: list.length, retiredAt: page.retiredAt },
  };
};
