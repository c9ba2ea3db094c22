export default ({ env }) => ({
  'legal-pages': {
    enabled: true,
    config: {
      defaultLocale: env('LEGAL_PAGES_DEFAULT_LOCALE', 'fr'),
    },
  },
});
