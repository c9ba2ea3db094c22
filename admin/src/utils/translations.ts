import { PLUGIN_ID } from '../pluginId';

export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export const prefixPluginTranslations = (trad: Record<string, string>, pluginId: string) =>
  Object.fromEntries(Object.entries(trad).map(([key, value]) => [`${pluginId}.${key}`, value]));
