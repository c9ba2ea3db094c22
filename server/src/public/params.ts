import { errors } from '../strapi-utils';
import { PAGE_KINDS, type AccessibilityMention, type PageKind } from '../core';
import type { PageAddress, VersionMeta } from './pages-service';
import { AT_PATTERN, FORMATS, LOCALE_PATTERN, VERSION_NUMBER_PATTERN, type Format } from './shape';
import type { PublicVersion, PublicVersionsResponse } from '../public-types';

/** Parsing of the public routes' parameters, shared by REST and GraphQL so both answer alike. */

export { FORMATS, type Format };

const LOCALE = new RegExp(LOCALE_PATTERN);
const AT = new RegExp(AT_PATTERN);
const VERSION_NUMBER = new RegExp(VERSION_NUMBER_PATTERN);

export const parseKind = (value: string): PageKind => {
  if (!(PAGE_KINDS as readonly string[]).includes(value)) {
    throw new errors.NotFoundError(`Unknown page kind "${value}": use one of ${PAGE_KINDS.join(', ')}`);
  }
  return value as PageKind;
};

export const parseLocale = (locale: string | undefined) => {
  if (locale !== undefined && !LOCALE.test(locale)) throw new errors.ValidationError(`locale "${locale}" is not a locale code such as "fr" or "en"`);
  return locale;
};

export const parseFormat = (format: string | undefined): Format => {
  const value = format ?? 'json';
  // An own key: "__proto__", "constructor" or "toString" are in every object, not formats.
  if (!Object.hasOwn(FORMATS, value)) throw new errors.ValidationError(`format "${value}" is not one of ${Object.keys(FORMATS).join(', ')}`);
  return value as Format;
};

/** `at=YYYY-MM-DD`: the end of that day (UTC), so a version that took effect during the day counts. */
export const parseAt = (at: string | undefined): Date | undefined => {
  if (at === undefined) return undefined;
  const date = AT.test(at) ? new Date(`${at}T23:59:59.999Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== at) throw new errors.ValidationError(`at "${at}" is not a date written YYYY-MM-DD`);
  return date;
};

export const parseNumber = (value: string) => {
  if (!VERSION_NUMBER.test(value)) throw new errors.ValidationError(`version "${value}" is not a positive whole number`);
  return Number(value);
};

export const iso = (value: string | Date) => new Date(value).toISOString();

/** The fields of a version that its public description shows. */
export type DescribedVersion = Omit<VersionMeta, 'id' | 'publishedWithErrors'>;
/** The footer mention a version stored; some databases hand JSON columns back as text. */
export const mentionOf = (version: DescribedVersion): AccessibilityMention | null => {
  const value = version.accessibility;
  return typeof value === 'string' ? (JSON.parse(value) as AccessibilityMention) : (value ?? null);
};

/** What the public sees of a version, over REST and GraphQL alike: no ids, no publisher, no input. */
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
  // Cookie policies only: consent managers ask visitors again when it moves.
  ...(page.kind === 'cookie-policy' ? { consentRevision: version.consentRevision ?? null } : {}),
  // Accessibility statements only: what every page's footer shows, "Accessibilité : partiellement conforme".
  ...(page.kind === 'accessibility-statement' ? { accessibility: mentionOf(version) } : {}),
});

/**
 * Every version of a page, newest first, with the one in force now marked (none once the site is retired): the public
 * `/versions` route and the admin's history answer it alike.
 */
export const versionList = (page: PageAddress, list: VersionMeta[], now = Date.now()): PublicVersionsResponse => {
  const retired = page.retiredAt !== null && Date.parse(page.retiredAt) <= now;
  const inForce = retired ? null : (list.find((v) => !v.withdrawnAt && new Date(v.effectiveAt).getTime() <= now)?.number ?? null);
  return {
    data: list.map((v) => ({ ...describeVersion(page, v), inForce: v.number === inForce })),
    meta: { site: page.slug, kind: page.kind, locale: page.locale, count: list.length, retiredAt: page.retiredAt },
  };
};
