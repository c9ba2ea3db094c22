/**
 * What a consent manager needs from a published cookie policy (orestbida/cookieconsent, tarteaucitron…): the cookies
 * grouped by category, each with what a visitor is told about it, in the page's locale.
 */
import { cookieLifetime } from './compose/shared';
import { COOKIE_CATEGORIES, type Cookie, type CookieCategory, type Duration } from './input/types';
import { getLocalePack } from './locales';

export interface ConsentCookie {
  name: string;
  provider: string;
  purpose: string;
  /** The lifetime as the page states it ("13 mois", "durée de la session"). */
  lifetime: string;
  /** The lifetime as entered, for a manager that sets expiries; null for a session cookie or an unstated one. */
  duration: Duration | null;
  session: boolean;
  consentRequired: boolean;
}

export interface ConsentCategory {
  /** null: cookies the editor gave no category. */
  category: CookieCategory | null;
  label: string | null;
  /** True when any of its cookies needs consent: the category's toggle is then offered, off by default. */
  consentRequired: boolean;
  cookies: ConsentCookie[];
}

/** Categories in the order of COOKIE_CATEGORIES, uncategorised cookies last; empty categories left out. */
export const consentCategories = (cookies: Cookie[], locale: string): ConsentCategory[] => {
  const pack = getLocalePack(locale);
  const order: Array<CookieCategory | null> = [...COOKIE_CATEGORIES, null];
  return order.flatMap((category) => {
    const members = cookies.filter((c) => (c.category ?? null) === category);
    if (members.length === 0) return [];
    return [
      {
        category,
        label: category ? pack.cookieCategories[category] : null,
        consentRequired: members.some((c) => c.consentRequired),
        cookies: members.map((c) => ({
          name: c.name,
          provider: c.provider,
          purpose: c.purpose,
          lifetime: cookieLifetime(pack, c),
          duration: c.duration ?? null,
          session: Boolean(c.session),
          consentRequired: c.consentRequired,
        })),
      },
    ];
  });
};
