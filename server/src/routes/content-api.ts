import { PLUGIN_ID } from '../plugin-id';

/** Public routes under /api/legal-pages; readable by the public role from the first install. */
export const PUBLIC_ACTIONS = ['public-pages.find', 'public-pages.findVersions', 'public-pages.findVersion'] as const;

/**
 * `auth: false` takes the routes out of Strapi's per-request authentication; the `public-access` middleware applies
 * the same permissions (users-permissions' Public role, API tokens, users' roles) without a query for anonymous
 * requests. The actions stay listed under Settings → Users & Permissions → Roles, where they are granted and revoked.
 */
type PublicAction = (typeof PUBLIC_ACTIONS)[number];
const route = (path: string, handler: PublicAction | 'public-pages.findConsent' | 'public-pages.findMention', action: PublicAction = handler as PublicAction) => ({
  method: 'GET' as const,
  path,
  handler,
  config: { auth: false as const, middlewares: [{ name: 'plugin::legal-pages.public-access', config: { action } }] },
});

export default {
  type: 'content-api' as const,
  routes: [
    route('/pages/:site/:kind', 'public-pages.find'),
    route('/pages/:site/:kind/versions', 'public-pages.findVersions'),
    route('/pages/:site/:kind/versions/:number', 'public-pages.findVersion'),
    // Whoever may read the cookie policy may read its cookies: the same permission, no action of its own to grant.
    route('/pages/:site/cookie-policy/consent', 'public-pages.findConsent', 'public-pages.find'),
    // Whoever may read the page in force may read its footer mention: no new permission for existing installations.
    route('/pages/:site/accessibility-statement/mention', 'public-pages.findMention', 'public-pages.find'),
  ],
};
