import { string } from '../attributes';

/**
 * Facts about this installation of the plugin, such as "the Public role was granted read access". They live in a
 * table of the plugin's own, not in Strapi's core store, because Strapi drops a removed plugin's tables but keeps
 * its core-store keys: a reinstall must start from a clean state, as a first install does.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_plugin_state',
    info: {
      singularName: 'plugin-state',
      pluralName: 'plugin-states',
      displayName: 'Legal · Plugin state',
      description: 'Internal facts about this installation of the plugin.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      key: string({ required: true, unique: true, maxLength: 120 }),
      value: { type: 'json' },
    },
    // Strapi checks `unique` only on Document Service writes; these rows are written with the Query Engine.
    indexes: [{ name: 'legal_pages_plugin_state_key_unique', columns: ['key'], type: 'unique' }],
  },
};
