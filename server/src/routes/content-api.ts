/** Public routes under /api/legal-pages; readable by the public role from the first install. */
export const PUBLIC_ACTIONS = ['public-pages.find', 'public-pages.findVersions', 'public-pages.findVersion'] as const;

/**
 * `auth: false` takes the routes out of Strapi's per-request authentication; the `public-access` middleware applies
 * the same permissions (users-permissions' Public role, API tokens, users' roles) without a query for anonymous
 * requests. The actions stay listed under Settings → Users & Permissions → Roles, where they are granted and revoked.
 */
const route = (path: string, handler: (typeof PUBLIC_ACTIONS)[number]) => ({
  method: 'GET' as const,
  path,
  handler,
  config: { auth: false as const, middlewares: [{ name: 'plugin::legal-pages.public-access', config: { action: handler } }] },
});

export default {
  type: 'content-api' as const,
  routes: [
    route('/pages/:site/:kind', 'public-pages.find'),
    route('/pages/:site/:kind/versions', 'public-pages.findVersions'),
    route('/pages/:site/:kind/versions/:number', 'public-pages.findVersion'),
  ],
};
