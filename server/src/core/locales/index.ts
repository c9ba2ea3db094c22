/**
 * The registry of locale packs. Adding a language: write `xx.ts` implementing `LocalePack`, list it here and in
 * `input/locale-code.ts` (`PACK_LOCALES`).
 */
import { en } from './en';
import { fr } from './fr';
import type { LocalePack } from './types';
import { availableLocales, hasLocalePack, type PackLocale } from '../input/locale-code';

// Typed by the input's list: a pack added here and not there (or the reverse) does not compile.
const PACKS: Readonly<Record<PackLocale, LocalePack>> = { fr, en };
const packOf = (code: string): LocalePack | undefined => (Object.hasOwn(PACKS, code) ? PACKS[code as PackLocale] : undefined);

export { availableLocales, hasLocalePack };

/** The pack of a locale; a regional variant (fr-BE) falls back to its language (fr). */
export const getLocalePack = (locale: string): LocalePack => {
  const pack = packOf(locale) ?? packOf(locale.split('-')[0]);
  if (!pack) throw new Error(`No locale pack for "${locale}"; available: ${availableLocales().join(', ')}`);
  return pack;
};


export { en, fr };
export { REGISTER_COLUMNS } from './types';
export type { LocalePack, Piece, RegisterColumn, RegisterWords, TemplateHelpers } from './types';
