import config, { defaultConfig } from '../../server/src/config';

describe('plugin config validator', () => {
  it('accepts the defaults', () => {
    expect(() => config.validator(defaultConfig)).not.toThrow();
  });

  it.each([
    [{ ...defaultConfig, defaultLocale: 'de' }, /defaultLocale must be one of locales/],
    [{ ...defaultConfig, locales: [] }, /locales field must have at least 1 items/],
    [{ ...defaultConfig, locales: ['fr', 'Français'] }, /locale code/],
    [{ ...defaultConfig, publicMaxAgeSeconds: -1 }, /publicMaxAgeSeconds/],
    [{ ...defaultConfig, allowPublishWithErrors: 'yes' }, /allowPublishWithErrors/],
    [{ ...defaultConfig, cacheTtl: 5 }, /unknown option cacheTtl/],
    [{ ...defaultConfig, effectiveDateHorizonDays: 0 }, /effectiveDateHorizonDays/],
    [{ ...defaultConfig, effectiveDateHorizonDays: 36500 }, /effectiveDateHorizonDays/],
    [{ ...defaultConfig, publicBodyCacheBytes: -1 }, /publicBodyCacheBytes/],
    [{ ...defaultConfig, publicBodyCacheBytes: 1.5 }, /publicBodyCacheBytes/],
  ])('rejects invalid option set %# with a message naming the option', (value, message) => {
    expect(() => config.validator(value)).toThrow(message);
  });
});
