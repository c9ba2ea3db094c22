import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { FIELD_HELP } from './field-help';

type Metadata = { edit: { label?: string; description?: string; mainField?: string }; list: { label?: string } };
type Configuration = { settings: { mainField?: string }; metadatas: Record<string, Metadata> };
type Attribute = { type: string; target?: string };

const GENERATED_MAIN_FIELDS = new Set(['id', 'documentId']);

/**
 * Gives the Content Manager readable labels, help and main fields for the plugin's types. Only values Strapi
 * generated are replaced, so an administrator's own view configuration always wins. The configuration holds one
 * language: English here; the admin shows the French (or English) labels and hints in its own language.
 */
export const applyContentManagerLayout = async (strapi: Core.Strapi) => {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [name, help] of Object.entries(FIELD_HELP)) {
    const uid = `plugin::${PLUGIN_ID}.${name}`;
    const contentType = strapi.contentType(uid as never) as unknown as { uid: string; attributes: Record<string, Attribute> };
    const configuration = (await contentTypes.findConfiguration(contentType)) as Configuration & { uid: string };
    let changed = false;

    if (!configuration.settings.mainField || GENERATED_MAIN_FIELDS.has(configuration.settings.mainField)) {
      configuration.settings.mainField = help.mainField;
      changed = true;
    }
    for (const [field, { en: { label, hint: description } }] of Object.entries(help.fields)) {
      const metadata = configuration.metadatas[field];
      if (!metadata) continue;
      if (metadata.edit.label === field) {
        metadata.edit.label = label;
        metadata.list.label = label;
        changed = true;
      }
      if (!metadata.edit.description && description) {
        metadata.edit.description = description;
        changed = true;
      }
      const target = contentType.attributes[field]?.target?.replace(`plugin::${PLUGIN_ID}.`, '');
      const targetMain = target ? FIELD_HELP[target]?.mainField : undefined;
      if (targetMain && (!metadata.edit.mainField || GENERATED_MAIN_FIELDS.has(metadata.edit.mainField))) {
        metadata.edit.mainField = targetMain;
        changed = true;
      }
    }
    if (changed) {
      const { uid: _uid, ...rest } = configuration;
      await contentTypes.updateConfiguration(contentType, rest);
    }
  }
};
