import { COUNTRY_CODE_PATTERN } from '../core/fields/country';
import { PLUGIN_ID } from '../plugin-id';

/** Attribute builders for the plugin's content types; `loc` marks a field translated per locale. */

type Options = Record<string, unknown>;

const i18n = (localized: boolean) => ({ pluginOptions: { i18n: { localized } } });
type PluginOptions = ReturnType<typeof i18n>['pluginOptions'];

export const loc = <T extends Options>(attribute: T) => ({ ...attribute, ...i18n(true) });
export const shared = <T extends Options>(attribute: T) => ({ ...attribute, ...i18n(false) });

export const string = (options: Options = {}) => ({ type: 'string', maxLength: 255, ...options });
export const text = (options: Options = {}) => ({ type: 'text', maxLength: 5000, ...options });
export const email = (options: Options = {}) => ({ type: 'email', ...options });
export const bool = (defaultValue: boolean, options: Options = {}) => ({ type: 'boolean', default: defaultValue, ...options });
export const integer = (options: Options = {}) => ({ type: 'integer', ...options });
export const decimal = (options: Options = {}) => ({ type: 'decimal', ...options });
export const enumeration = <E extends readonly string[]>(values: E, options: Options = {}) => ({
  type: 'enumeration',
  enum: [...values],
  ...options,
});

const target = (name: string) => `plugin::${PLUGIN_ID}.${name}`;
export const manyToOne = (name: string) => ({ type: 'relation', relation: 'manyToOne', target: target(name) });
export const manyToMany = (name: string) => ({ type: 'relation', relation: 'manyToMany', target: target(name) });

/**
 * Postal address fields, flattened (plugins cannot ship components). Identity data: never localized. The country
 * defaults to FR for the plugin's own organisations; pass `null` where no default is true (a foreign authority).
 */
/** A field of a flattened group: `street`, or `contactStreet` under the prefix `contact`. */
export const prefixedName = (prefix: string, name: string) => (prefix ? `${prefix}${name[0].toUpperCase()}${name.slice(1)}` : name);

export const address = (prefix = '', defaultCountry: string | null = 'FR') => {
  const key = (name: string) => prefixedName(prefix, name);
  return {
    [key('street')]: string(),
    [key('postalCode')]: string({ maxLength: 20 }),
    [key('city')]: string({ maxLength: 120 }),
    [key('country')]: string({ maxLength: 2, regex: COUNTRY_CODE_PATTERN, ...(defaultCountry ? { default: defaultCountry } : {}) }),
  };
};

/** Marks each of a group of fields (an address) as the same in every locale. */
export const sharedAll = (fields: Record<string, Options>) => Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, shared(value)]));

/** Identifies an entry created by the starter library, so running it again reuses instead of duplicating. */
export const starterKey = () => ({
  starterKey: { type: 'string', maxLength: 120, configurable: false, private: true },
});

export const contentTypeOptions = (localized: boolean) => ({
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
    ...(localized ? i18n(true).pluginOptions : ({} as Partial<PluginOptions>)),
  },
});
