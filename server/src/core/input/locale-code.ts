/**
 * Which locales the core accepts. The input owns these facts so that validating an input depends on nothing of the
 * composer: the locale packs (locales/) are checked against `PACK_LOCALES` at compile time, not the other way round.
 */

/** A language code with optional subtags, e.g. `fr` or `en-GB`: the one pattern of the input schema, the plugin's
 * configuration, the public routes' `?locale=` and the admin's queries. */
export const LOCALE_CODE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
export const LOCALE_CODE = new RegExp(LOCALE_CODE_PATTERN);

/** The languages a locale pack exists for; a regional variant (fr-BE) is composed with its language's pack. */
export const PACK_LOCALES = ['fr', 'en'] as const;
export type PackLocale = (typeof PACK_LOCALES)[number];

export const hasLocalePack = (locale: string): boolean =>
  (PACK_LOCALES as readonly string[]).includes(locale) || (PACK_LOCALES as readonly string[]).includes(locale.split('-')[0]);

export const availableLocales = (): string[] => [...PACK_LOCALES];
