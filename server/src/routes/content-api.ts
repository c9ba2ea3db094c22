import { PLUGIN_ID } from '../plugin-id';

/** Public routes under /api/legal-pages; readable by the public role from the first install. */
export const PUBLIC_ACTIONS = ['public-pages.find', 'public-pages.findVersions', 'public-pages.findVersion'] as const;

export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET' as const, path: '/pages/:site/:kind', handler: 'public-pages.find' },
    { method: 'GET' as const, path: '/pages/:site/:kind/versions', handler: 'public-pages.findVersions' },
    { method: 'GET' as const, path: '/pages/:site/:kind/versions/:number', handler: 'public-pages.findVersion' },
    // Whoever may read the page in force may read its footer mention: no new permission for existing installations.
    {
      method: 'GET' as const,
      path: '/pages/:site/accessibility-statement/mention',
      handler: 'public-pages.findMention',
      config: { auth: { scope: [`plugin::${PLUGIN_ID}.public-pages.find`] } },
    },
  ],
};
