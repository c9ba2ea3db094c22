export default ({ env }) => ({
  // Installed in the playground (an installed plugin is enabled unless told otherwise) but off by default: it writes
  // its generated OpenAPI files under src/extensions/documentation at every start and slows each one. The OpenAPI
  // test turns it on with PLAYGROUND_DOCUMENTATION=true.
  documentation: {
    enabled: env.bool('PLAYGROUND_DOCUMENTATION', false),
  },
  graphql: {
    enabled: true,
    config: { playgroundAlways: false, depthLimit: 10 },
  },
  'legal-pages': {
    // The reinstall test boots the app once with the plugin removed, as an administrator uninstalling it would.
    enabled: env.bool('LEGAL_PAGES_ENABLED', true),
    config: {
      defaultLocale: env('LEGAL_PAGES_DEFAULT_LOCALE', 'fr'),
      // The webhook tests run several processes that look for versions taking effect every half second.
      ...(env('LEGAL_PAGES_IN_FORCE_CHECK_MS') ? { inForceCheckIntervalMs: env.int('LEGAL_PAGES_IN_FORCE_CHECK_MS') } : {}),
    },
  },
});
