import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';

export interface LocaleStatus {
  /** The configured locales that Settings → Internationalization has enabled, the default first: pages can use them. */
  usable: string[];
  /** The configured locales the app's i18n lacks: nothing can be composed in them until an administrator adds them. */
  missing: string[];
}

const listed = (codes: string[]) => codes.map((code) => `"${code}"`).join(', ');

/** Says what to do about configured locales the app lacks; shared by the start-up warning and the refusals. */
export const missingLocalesAdvice = (missing: string[]) =>
  `${missing.length > 1 ? 'the locales' : 'the locale'} ${listed(missing)} of the legal-pages configuration ` +
  `${missing.length > 1 ? 'are' : 'is'} not enabled in this app: add ${missing.length > 1 ? 'them' : 'it'} in ` +
  `Settings → Internationalization, or remove ${missing.length > 1 ? 'them' : 'it'} from the plugin's \`locales\` ` +
  `option in config/plugins`;

/** Why a locale asked for cannot be used, in words that say where to fix it. */
export const unusableLocaleReason = (code: string, status: LocaleStatus) =>
  status.missing.includes(code)
    ? `"${code}" is not enabled in Settings → Internationalization: add it there first`
    : `"${code}" is not one of the legal-pages plugin's locales (${listed([...status.usable, ...status.missing])}); ` +
      `add it to the plugin's \`locales\` option in config/plugins`;

/** Which of the plugin's configured locales the host app's i18n can actually hold. */
const pluginLocales = ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(): Promise<LocaleStatus> {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
    const enabled = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map((l) => l.code);
    const byDefaultFirst = (a: string, b: string) => Number(b === config.defaultLocale) - Number(a === config.defaultLocale);
    return {
      usable: config.locales.filter((code) => enabled.includes(code)).sort(byDefaultFirst),
      missing: config.locales.filter((code) => !enabled.includes(code)),
    };
  },

  /** One warning at start-up, so an administrator learns it from the log rather than from a refused request. */
  async warnIfMissing() {
    const { missing, usable } = await this.status();
    if (missing.length === 0) return;
    const consequence = usable.length
      ? `until then, pages are composed in ${listed(usable)} only.`
      : 'until then, no page can be composed.';
    strapi.log.warn(`[${PLUGIN_ID}] ${missingLocalesAdvice(missing)}; ${consequence}`);
  },
});

export default pluginLocales;
