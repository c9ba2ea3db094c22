import { PLUGIN_ID } from './pluginId';
import { Initializer } from './components/Initializer';
import { PluginIcon } from './components/PluginIcon';
import { prefixPluginTranslations } from './utils/translations';
import { ENUM_FIELD_TYPE, MUTATE_EDIT_VIEW_LAYOUT, mutateEditViewLayout } from './content-manager/editViewHelp';
import { LabelledEnumeration } from './content-manager/LabelledEnumeration';
import { LegalPagesPanel } from './content-manager/LegalPagesPanel';
import { contentManagerLabelMessages, HELP_LANGS, type HelpLang } from '../../server/src/content-manager/field-help';

interface StrapiAdminApp {
  addMenuLink(link: unknown): void;
  addSettingsLink(sectionId: string, link: unknown): void;
  registerPlugin(plugin: unknown): void;
  addFields(field: { type: string; Component: unknown }): void;
}

interface StrapiAdminBootstrap {
  registerHook(name: string, fn: (payload: never) => unknown): void;
  getPlugin(id: string): { apis?: Record<string, unknown> } | undefined;
}

/** The Content Manager's API for its edit view's side panels (its `ContentManagerPlugin['config']['apis']`). */
interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
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

    // The plugin's enumerations in the Content Manager, shown with their labels (see content-manager/editViewHelp).
    app.addFields({ type: ENUM_FIELD_TYPE, Component: LabelledEnumeration });

    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  bootstrap(app: StrapiAdminBootstrap) {
    app.registerHook(MUTATE_EDIT_VIEW_LAYOUT, mutateEditViewLayout as (payload: never) => unknown);
    // The field a finding opened, the way back to the composer, and the sites a shared entry feeds.
    (app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined)?.addEditViewSidePanel([LegalPagesPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        // The Content Manager looks up `content-manager.content-types.<uid>.<field>` before the configured label.
        const labels = (HELP_LANGS as readonly string[]).includes(locale) ? contentManagerLabelMessages(locale as HelpLang) : {};
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: { ...prefixPluginTranslations(data, PLUGIN_ID), ...labels }, locale };
        } catch {
          return { data: labels, locale };
        }
      })
    );
  },
};
