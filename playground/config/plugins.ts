export default ({ env }) => ({
  graphql: {
    enabled: true,
    config: { playgroundAlways: false, depthLimit: 10 },
  },
  'legal-pages': {
    enabled: true,
    config: {
      defaultLocale: env('LEGAL_PAGES_DEFAULT_LOCALE', 'fr'),
    },
  },
});
