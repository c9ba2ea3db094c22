import { PLUGIN_ID } from './pluginId';
import { Initializer } from './components/Initializer';
import { PluginIcon } from './components/PluginIcon';
import { prefixPluginTranslations } from './utils/translations';

interface StrapiAdminApp {
  addMenuLink(link: unknown): void;
  addSettingsLink(sectionId: string, link: unknown): void;
  registerPlugin(plugin: unknown): void;
}

export default {
  register(app: StrapiAdminApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Legal pages' },
      Component: () => import('./pages/App'),
      permissions: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
    });

    // Reading webhooks is what the page needs; saving them asks Strapi for admin::webhooks.update.
    app.addSettingsLink('global', {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: `${PLUGIN_ID}.settings.title`, defaultMessage: 'Legal pages' },
      Component: () => import('./pages/SettingsPage'),
      permissions: [{ action: 'admin::webhooks.read', subject: null }],
    });

    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixPluginTranslations(data, PLUGIN_ID), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
