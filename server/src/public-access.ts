import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './plugin-id';
import { PUBLIC_ACTIONS } from './routes/content-api';

const STORE_KEY = 'public-access-granted';

/**
 * Lets the public role read published pages, once, on the first start with the plugin. An administrator who later
 * revokes it is not overruled: the grant is recorded and never repeated.
 */
export const grantPublicAccessOnce = async (strapi: Core.Strapi) => {
  if (!strapi.plugin('users-permissions')) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, select: ['id'] });
  if (role) {
    await grant(strapi, role.id);
    return;
  }
  // A new app: users-permissions creates its roles after this plugin's bootstrap.
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.role'],
    async afterCreate(event) {
      const created = event.result as { id: number; type?: string } | undefined;
      if (created?.type === 'public') await grant(strapi, created.id);
    },
  });
};

const grant = async (strapi: Core.Strapi, roleId: number) => {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await store.get({ key: STORE_KEY })) return;
  const role = { id: roleId };
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_ACTIONS.map((a) => `plugin::${PLUGIN_ID}.${a}`)) {
    const existing = await permissions.findOne({ where: { action, role: role.id }, select: ['id'] });
    if (!existing) await permissions.create({ data: { action, role: role.id } });
  }
  await store.set({ key: STORE_KEY, value: { at: new Date().toISOString() } });
};
