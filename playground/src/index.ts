import type { Core } from '@strapi/strapi';
import { registerBenchFloor } from './bench-floor';

// The playground stands for a French public body's app: French is the default content locale, English the second.
const LOCALES = [
  { code: 'fr', name: 'French (fr)', isDefault: true },
  { code: 'en', name: 'English (en)', isDefault: false },
];

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.BENCH_FLOOR === '1') registerBenchFloor(strapi);
    const locales = strapi.plugin('i18n').service('locales');
    for (const locale of LOCALES) {
      if (!(await locales.findByCode(locale.code))) await locales.create({ code: locale.code, name: locale.name });
    }
    const defaultLocale = LOCALES.find((l) => l.isDefault)!.code;
    if ((await locales.getDefaultLocale()) !== defaultLocale) await locales.setDefaultLocale({ code: defaultLocale });
  },
};
