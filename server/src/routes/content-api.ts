/** Public routes under /api/legal-pages; readable by the public role from the first install. */
export const PUBLIC_ACTIONS = ['public-pages.find', 'public-pages.findVersions', 'public-pages.findVersion'] as const;

export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET' as const, path: '/pages/:site/:kind', handler: 'public-pages.find' },
    { method: 'GET' as const, path: '/pages/:site/:kind/versions', handler: 'public-pages.findVersions' },
    { method: 'GET' as const, path: '/pages/:site/:kind/versions/:number', handler: 'public-pages.findVersion' },
    // Whoever may read the cookie policy may read its cookies: the same permission, no action of its own to grant.
    {
      method: 'GET' as const,
      path: '/pages/:site/cookie-policy/consent',
      handler: 'public-pages.findConsent',
      config: { auth: { scope: ['plugin::legal-pages.public-pages.find'] } },
    },
  ],
};
