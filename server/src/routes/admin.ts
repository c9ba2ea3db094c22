import { actionUid, type ActionName } from '../permissions';

export const requireAction = (name: ActionName) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [actionUid(name)] } }],
});

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'GET' as const,
      path: '/info',
      handler: 'info.get',
      config: requireAction('read'),
    },
  ],
};
