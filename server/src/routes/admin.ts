import type { Core } from '@strapi/strapi';
import { actionUid, type ActionName } from '../permissions';
import { bodyGuard } from '../validation/body-guard';

/** Every admin route checks its RBAC action and refuses hostile bodies (too deep, NUL characters) before its handler. */
export const requireAction = (name: ActionName) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [actionUid(name)] } }],
  middlewares: [bodyGuard],
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
      // Read: it names sites and the entries they share, as the overview and the composer already do.
      method: 'GET' as const,
      path: '/entries/:type/:documentId/sites',
      handler: 'entries.sites',
      config: requireAction('read'),
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
      // Read: the history shows the versions the public routes publish, whatever the Public role may do.
      method: 'GET' as const,
      path: '/sites/:documentId/pages/:kind/:locale/versions',
      handler: 'versions.list',
      config: requireAction('read'),
    },
    {
      method: 'GET' as const,
      path: '/sites/:documentId/pages/:kind/:locale/versions/:number',
      handler: 'versions.one',
      config: requireAction('read'),
    },
    {
      method: 'POST' as const,
      path: '/sites/:documentId/pages/:kind/:locale/versions/:number/withdraw',
      handler: 'pages.withdraw',
      config: requireAction('publish'),
    },
    {
      // Publish: like a publication, it decides what the public is told is in force.
      method: 'POST' as const,
      path: '/sites/:documentId/retire',
      handler: 'sites.retire',
      config: requireAction('publish'),
    },
    {
      // Read: the archive holds what the history page and the preview already show to readers.
      method: 'GET' as const,
      path: '/archive',
      handler: 'archive.export',
      config: requireAction('read'),
    },
    {
      // Settings: it writes versions no editor composed or checked, as restoring an installation does.
      method: 'POST' as const,
      path: '/archive',
      handler: 'archive.import',
      config: requireAction('settings'),
    },
    {
      method: 'POST' as const,
      path: '/sites/:documentId/starter-library',
      handler: 'starter-library.apply',
      config: requireAction('compose'),
    },
  ],
} satisfies Core.RouterInput;
