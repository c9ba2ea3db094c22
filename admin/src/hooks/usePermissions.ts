import { useRBAC } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import { PLUGIN_ID } from '../pluginId';

const actions = ['read', 'compose', 'publish', 'settings'] as const;

/** What the current admin user may do with the plugin: `canRead`, `canCompose`, `canPublish`, `canSettings`. */
export const usePermissions = () => {
  const permissions = useMemo(
    () =>
      actions.map((name) => ({
        action: `plugin::${PLUGIN_ID}.${name}`,
        subject: null,
        actionParameters: {},
        properties: {},
        conditions: [],
      })),
    []
  );
  const { allowedActions, isLoading } = useRBAC(permissions as unknown as Parameters<typeof useRBAC>[0]);
  return {
    isLoading,
    canRead: Boolean(allowedActions.canRead),
    canCompose: Boolean(allowedActions.canCompose),
    canPublish: Boolean(allowedActions.canPublish),
  };
};
