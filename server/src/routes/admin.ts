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
    {
      method: 'GET' as const,
      path: '/starter-library',
      handler: 'starter-library.list',
      config: requireAction('read'),
    },
    {
      method: 'GET' as const,
      path: '/site-setup',
      handler: 'sites.options',
      config: requireAction('compose'),
    },
    {
      method: 'POST' as const,
      path: '/sites',
      handler: 'sites.create',
      config: requireAction('compose'),
    },
    {
      method: 'GET' as const,
      path: '/pages',
      handler: 'pages.status',
      config: requireAction('read'),
    },
    {
      method: 'GET' as const,
      path: '/register',
      handler: 'pages.register',
      config: requireAction('read'),
    },
    {
      method: 'GET' as const,
      path: '/sites/:documentId/pages/:kind/:locale',
      handler: 'pages.getChoices',
      config: requireAction('read'),
    },
    {
      method: 'PUT' as const,
      path: '/sites/:documentId/pages/:kind/:locale',
      handler: 'pages.saveChoices',
      config: requireAction('compose'),
    },
    {
      method: 'GET' as const,
      path: '/sites/:documentId/pages/:kind/:locale/preview',
      handler: 'pages.preview',
      config: requireAction('read'),
    },
    {
      method: 'POST' as const,
      path: '/sites/:documentId/pages/:kind/:locale/preview',
      handler: 'pages.previewDraft',
      config: requireAction('read'),
    },
    {
      method: 'POST' as const,
      path: '/sites/:documentId/pages/:kind/:locale/publish',
      handler: 'pages.publish',
      config: requireAction('publish'),
    },
    {
      method: 'POST' as const,
      path: '/sites/:documentId/starter-library',
      handler: 'starter-library.apply',
      config: requireAction('compose'),
    },
  ],
};
