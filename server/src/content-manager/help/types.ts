/**
 * The shape of the Content Manager's help: a label and a hint per field, in English and French. Pure: the server's
 * layout (English default) and the admin's edit-view hook (the admin's language) both read it.
 */
import { fr as frPack } from '../../core/locales/fr';

export const HELP_LANGS = ['en', 'fr'] as const;
export type HelpLang = (typeof HELP_LANGS)[number];

export interface FieldText {
  label: string;
  hint: string;
}

export type FieldHelp = Record<HelpLang, FieldText>;
export type FieldsHelp = Record<string, FieldHelp>;

export interface TypeHelp {
  /** The field that names an entry in lists, relation pickers and findings. */
  mainField: string;
  fields: FieldsHelp;
}

/**
 * English label and hint, then French. The French is written with straight apostrophes and plain spaces, and gets the
 * pages' own typography here (’, no-break spaces before « : ; ? ! » and after «, "article 6", "n° 78-17"), so
 * the help reads like the pages it fills.
 */
export const h = (enLabel: string, enHint: string, frLabel: string, frHint: string): FieldHelp => ({
  en: { label: enLabel, hint: enHint },
  fr: { label: frPack.grammar.typography(frLabel), hint: frPack.grammar.typography(frHint) },
});

/** The owner of a prefixed address ("Contact point: street"); none for an entry's own address. */
type Owner = { en: string; fr: string } | undefined;

/** The four flattened address fields of `attributes.address(prefix)`, labelled after their owner. */
export const addressHelp = (prefix = '', owner?: Owner, countryExample = 'FR'): FieldsHelp => {
  const key = (name: string) => (prefix ? `${prefix}${name[0].toUpperCase()}${name.slice(1)}` : name);
  const en = (label: string) => (owner ? `${owner.en}: ${label.toLowerCase()}` : label);
  const fr = (label: string) => (owner ? `${owner.fr} : ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label);
  return {
    [key('street')]: h(
      en('Street'),
      'Number and street, with any building or mailbox (CS, BP) line.',
      fr('Numéro et voie'),
      'Numéro et voie, avec le cas échéant le bâtiment ou la boîte postale (CS, BP).'
    ),
    [key('postalCode')]: h(en('Postal code'), 'As in the postal address, e.g. 63000.', fr('Code postal'), "Comme dans l'adresse postale, par exemple 63000."),
    [key('city')]: h(en('City'), 'As in the postal address, Cedex included.', fr('Ville'), "Comme dans l'adresse postale, Cedex compris."),
    [key('country')]: h(
      en('Country'),
      `Two-letter ISO 3166 code, e.g. ${countryExample}.`,
      fr('Pays'),
      `Code ISO 3166 à deux lettres, par exemple ${countryExample}.`
    ),
  };
};

/** `starterKey`, set by the starter library on the entries it creates. */
export const STARTER_KEY: FieldsHelp = {
  starterKey: h(
    'Starter library key',
    'Set by the starter library, so that running it again reuses this entry instead of adding a copy. Leave it as it is.',
    'Clé de la bibliothèque de départ',
    "Renseignée par la bibliothèque de départ, pour qu'une nouvelle exécution réutilise cette entrée au lieu d'en créer une copie. Ne la modifiez pas."
  ),
};
