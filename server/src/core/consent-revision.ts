/**
 * The cookie policy's consent revision: an integer consent managers compare with the one a visitor consented under
 * (the `revision` option of orestbida/cookieconsent, tarteaucitron…), to ask again only when it changed. It moves
 * only on a material change of the cookie facts, never on wording or order: asking visitors again for a reworded
 * purpose would wear their consent out for nothing.
 */
import type { Cookie, Duration } from './input/types';

const DAYS: Record<Duration['unit'], number> = { days: 1, weeks: 7, months: 30.4375, years: 365.25 };

/** Lifetime in days; a session cookie lasts less than any persistent one. */
const lifetime = (cookie: Cookie) => (cookie.duration ? cookie.duration.value * DAYS[cookie.duration.unit] : cookie.session ? 0 : Infinity);

const key = (cookie: Cookie) => `${cookie.name.trim().toLowerCase()}\u0000${cookie.provider.trim().toLowerCase()}`;

/**
 * Why `after` needs a new consent from visitors who consented under `before`, or null: a tracker, provider or
 * category added; a cookie moved to another category or kept longer; consent now required where it was not.
 * Removing a cookie, shortening a lifetime or rewording a purpose is no reason.
 */
export const materialCookieChange = (before: Cookie[], after: Cookie[]): string | null => {
  const previous = new Map(before.map((cookie) => [key(cookie), cookie]));
  const providers = new Set(before.map((cookie) => cookie.provider.trim().toLowerCase()));
  const categories = new Set(before.map((cookie) => cookie.category ?? 'uncategorised'));
  for (const cookie of after) {
    const was = previous.get(key(cookie));
    if (!providers.has(cookie.provider.trim().toLowerCase())) return `provider added: ${cookie.provider}`;
    if (!categories.has(cookie.category ?? 'uncategorised')) return `category added: ${cookie.category ?? 'uncategorised'}`;
    if (!was) return `cookie added: ${cookie.name}`;
    if ((was.category ?? 'uncategorised') !== (cookie.category ?? 'uncategorised')) return `category changed: ${cookie.name}`;
    if (lifetime(cookie) > lifetime(was)) return `lifetime lengthened: ${cookie.name}`;
    if (cookie.consentRequired && !was.consentRequired) return `consent now required: ${cookie.name}`;
  }
  return null;
};

/** The revision of a new cookie policy: 1 for the first, the previous one's plus one after a material change. */
export const nextConsentRevision = (previous: { revision: number; cookies: Cookie[] } | null, cookies: Cookie[]): number =>
  previous === null ? 1 : previous.revision + (materialCookieChange(previous.cookies, cookies) ? 1 : 0);
