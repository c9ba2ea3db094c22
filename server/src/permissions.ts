import { PLUGIN_ID } from './plugin-id';

/** RBAC actions of the plugin; their uids are `plugin::legal-pages.<uid>`. */
export const ACTIONS = {
  read: 'read',
  compose: 'compose',
  publish: 'publish',
  settings: 'settings',
} as const;

export type ActionName = keyof typeof ACTIONS;

export const actionUid = (name: ActionName) => `plugin::${PLUGIN_ID}.${ACTIONS[name]}`;

export const ADMIN_ACTIONS = [
  { section: 'plugins', displayName: 'Read legal pages', uid: ACTIONS.read, pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Compose legal pages', uid: ACTIONS.compose, pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Publish legal pages', uid: ACTIONS.publish, pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage settings', uid: ACTIONS.settings, pluginName: PLUGIN_ID },
];
