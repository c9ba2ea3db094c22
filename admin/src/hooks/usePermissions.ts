import { useAuth } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

const uid = (name: string) => `plugin::${PLUGIN_ID}.${name}`;

/**
 * What the current admin user may do with the plugin: `canRead`, `canCompose`, `canPublish`, `canSettings`.
 * Read from the signed-in user's permissions as they load: `useRBAC` checks once on mount, so a page opened by its
 * URL, before the permissions arrive, would keep every action refused. The plugin's actions carry no conditions;
 * the server enforces each of them on its routes.
 */
export const usePermissions = () => {
  const permissions = useAuth('LegalPagesPermissions', (state) => state.permissions);
  const isLoading = useAuth('LegalPagesPermissions', (state) => state.isLoading);
  const has = (name: string) => permissions.some((permission) => permission.action === uid(name));
  return {
    isLoading,
    canRead: has('read'),
    canCompose: has('compose'),
    canPublish: has('publish'),
    canSettings: has('settings'),
  };
};
