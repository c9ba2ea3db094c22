import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { oncePerInstallation } from '../plugin-state';
import { PUBLIC_ACTIONS } from '../routes/content-api';

const USERS_PERMISSIONS_SERVICE = 'plugin::users-permissions.users-permissions';
const GRANTED_KEY = 'public-access-granted';

type UsersPermissionsService = { initialize: (...args: unknown[]) => Promise<unknown> };
type ServicesRegistry = {
  get(uid: string): unknown;
  extend(uid: string, extend: (service: UsersPermissionsService) => UsersPermissionsService): unknown;
};

/**
 * Lets the Public role read published pages, once per installation. It runs right after users-permissions has
 * initialised its roles and permissions, whatever the order of the plugins' bootstraps: users-permissions creates its
 * own defaults (register, login, `user.me`…) only when its permission table is empty, so a grant written before that
 * would silently take them away from a new app. The grant is made once per installation: an administrator's later
 * revocation is respected, and a reinstall grants again.
 */
export const grantPublicAccessAfterUsersPermissions = (strapi: Core.Strapi) => {
  if (!strapi.plugin('users-permissions')) return;
  const services = strapi.get('services') as ServicesRegistry;
  const current = services.get(USERS_PERMISSIONS_SERVICE) as Partial<UsersPermissionsService> | undefined;
  if (typeof current?.initialize !== 'function') {
    strapi.log.warn(
      `[${PLUGIN_ID}] This version of users-permissions cannot be followed: the Public role was not given access to the ` +
        `published pages. Allow it in Settings → Users & Permissions plugin → Roles → Public → Legal-pages.`
    );
    return;
  }
  services.extend(USERS_PERMISSIONS_SERVICE, (service) => ({
    ...service,
    async initialize(...args: unknown[]) {
      const result = await service.initialize(...args);
      await grantPublicAccessOnce(strapi);
      return result;
    },
  }));
};

export const grantPublicAccessOnce = (strapi: Core.Strapi) =>
  oncePerInstallation(strapi, GRANTED_KEY, async () => {
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, select: ['id'] })) as
      | { id: number }
      | null;
    if (!role) return null;
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    const actions = PUBLIC_ACTIONS.map((action) => `plugin::${PLUGIN_ID}.${action}`);
    for (const action of actions) {
      const existing = await permissions.findOne({ where: { action, role: role.id }, select: ['id'] });
      if (!existing) await permissions.create({ data: { action, role: role.id } });
    }
    return { actions };
  });
