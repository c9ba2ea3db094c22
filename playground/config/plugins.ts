export default ({ env }) => ({
  graphql: {
    enabled: true,
    config: { playgroundAlways: false, depthLimit: 10 },
  },
  'legal-pages': {
    // The reinstall test boots the app once with the plugin removed, as an administrator uninstalling it would.
    enabled: env.bool('LEGAL_PAGES_ENABLED', true),
    config: {
      defaultLocale: env('LEGAL_PAGES_DEFAULT_LOCALE', 'fr'),
    },
  },
});
