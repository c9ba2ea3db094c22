import { missingLocalesAdvice, unusableLocaleReason } from '../../server/src/services/plugin-locales';

describe('what an administrator is told about locales the app lacks', () => {
  it('names the missing locales and where to add them', () => {
    expect(missingLocalesAdvice(['fr'])).toBe(
      'the locale "fr" of the legal-pages configuration is not enabled in this app: add it in Settings → Internationalization, ' +
        "or remove it from the plugin's `locales` option in config/plugins"
    );
    expect(missingLocalesAdvice(['fr', 'de'])).toMatch(/^the locales "fr", "de" .* are not enabled .* add them in Settings → Internationalization/);
  });

  it('tells a locale the app lacks from a locale the plugin is not configured for', () => {
    const status = { usable: ['en'], missing: ['fr'] };
    expect(unusableLocaleReason('fr', status)).toBe('"fr" is not enabled in Settings → Internationalization: add it there first');
    expect(unusableLocaleReason('de', status)).toBe(
      '"de" is not one of the legal-pages plugin\'s locales ("en", "fr"); add it to the plugin\'s `locales` option in config/plugins'
    );
  });
});
