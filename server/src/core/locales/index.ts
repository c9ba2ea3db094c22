/** The registry of locale packs. Adding a language: write `xx.ts` implementing `LocalePack`, then list it here. */
import { en } from './en';
import { fr } from './fr';
import type { LocalePack } from './types';

const PACKS: Readonly<Record<string, LocalePack>> = { fr, en };

export const availableLocales = (): string[] => Object.keys(PACKS);

/** The pack of a locale; a regional variant (fr-BE) falls back to its language (fr). */
export const getLocalePack = (locale: string): LocalePack => {
  const pack = PACKS[locale] ?? PACKS[locale.split('-')[0]];
  if (!pack) throw new Error(`No locale pack for "${locale}"; available: ${availableLocales().join(', ')}`);
  return pack;
};

export const hasLocalePack = (locale: string): boolean => locale in PACKS || locale.split('-')[0] in PACKS;

export { en, fr };
export { REGISTER_COLUMNS } from './types';
export type { LocalePack, Piece, RegisterColumn, RegisterWords, TemplateHelpers } from './types';
