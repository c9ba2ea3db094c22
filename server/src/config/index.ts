import { yup } from '../strapi-utils';
import { LOCALE_CODE } from '../core/input/locale-code';

export interface PluginConfig {
  /** Locale used when a request names none and the site sets none. */
  defaultLocale: string;
  /** Locales the plugin composes pages in; each needs a locale pack in the core. */
  locales: string[];
  /** Publication is refused while compliance errors remain, unless this is true (the version records it). */
  allowPublishWithErrors: boolean;
  /** `Cache-Control: max-age` of the public page routes, in seconds. */
  publicMaxAgeSeconds: number;
  /**
   * How long a process may answer "which version is in force" from memory, in milliseconds; also the longest a
   * publication made through another Strapi process on the same database takes to be served. 0 asks every time.
   */
  publicCacheTtlMs: number;
  /**
   * Memory, in bytes, a Strapi process gives to published bodies and the compressed bytes sent for them; the least
   * recently read go first.
   */
  publicBodyCacheBytes: number;
  /**
   * How far ahead a publication or a retirement may take effect, in days: a mistyped year (9999-12-31) would make a
   * version "upcoming" for ever.
   */
  effectiveDateHorizonDays: number;
  /**
   * How often each Strapi process looks for scheduled versions that have taken effect, to send their
   * `legal-page.in-force` event, in milliseconds. A process also wakes at the effective date of the versions it
   * published itself; this bounds the delay when that process is down.
   */
  inForceCheckIntervalMs: number;
}

export const defaultConfig: PluginConfig = {
  defaultLocale: 'fr',
  locales: ['fr', 'en'],
  allowPublishWithErrors: false,
  publicMaxAgeSeconds: 300,
  publicCacheTtlMs: 1000,
  publicBodyCacheBytes: 64 * 1024 * 1024,
  effectiveDateHorizonDays: 365,
  inForceCheckIntervalMs: 30000,
};

const localeCode = yup
  .string()
  .matches(LOCALE_CODE, '${path} must be a locale code such as "fr" or "en-GB"');

export const configSchema = yup
  .object({
    defaultLocale: localeCode.required(),
    locales: yup.array().of(localeCode.required()).min(1).required(),
    allowPublishWithErrors: yup.boolean().required(),
    publicMaxAgeSeconds: yup.number().integer().min(0).max(31536000).required(),
    publicCacheTtlMs: yup.number().integer().min(0).max(60000).required(),
    publicBodyCacheBytes: yup.number().integer().min(0).max(Number.MAX_SAFE_INTEGER).required(),
    effectiveDateHorizonDays: yup.number().integer().min(1).max(3650).required(),
    // At most a minute: the event is promised within a minute of the effective date.
    inForceCheckIntervalMs: yup.number().integer().min(200).max(60000).required(),
  })
  .noUnknown(true, 'unknown option ${unknown}')
  .test(
    'default-locale-listed',
    'defaultLocale must be one of locales',
    (value) => !value?.locales || !value.defaultLocale || value.locales.includes(value.defaultLocale)
  );

export default {
  default: defaultConfig,
  validator(config: unknown) {
    try {
      configSchema.validateSync(config, { strict: true, abortEarly: false });
    } catch (error) {
      const details = error instanceof yup.ValidationError ? error.errors.join('; ') : String(error);
      throw new Error(`Invalid configuration of the legal-pages plugin: ${details}`);
    }
  },
};
