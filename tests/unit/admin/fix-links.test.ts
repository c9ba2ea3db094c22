import { composerField, entryEditPath, entryTypeOf, isComposerPath, readFixParams } from '../../../admin/src/utils/fixLinks';
import { siteNameList } from '../../../admin/src/utils/siteNames';

/** The links between the composer and the Content Manager: to the field to fix, and back. */
describe('entryEditPath', () => {
  it('opens an entry, in its locale, at its field, with the way back', () => {
    expect(
      entryEditPath({ type: 'dpo-contact', documentId: 'abc', field: 'email', returnTo: '/plugins/legal-pages/sites/s1/privacy-policy/fr' })
    ).toBe('/content-manager/collection-types/plugin::legal-pages.dpo-contact/abc?field=email&legalPagesReturn=%2Fplugins%2Flegal-pages%2Fsites%2Fs1%2Fprivacy-policy%2Ffr');
    expect(entryEditPath({ type: 'purpose', documentId: 'p 1', locale: 'fr' })).toBe(
      '/content-manager/collection-types/plugin::legal-pages.purpose/p%201?plugins[i18n][locale]=fr'
    );
    expect(entryEditPath({ type: 'site', documentId: 's1' })).toBe('/content-manager/collection-types/plugin::legal-pages.site/s1');
  });

  it('is read back by the edit view', () => {
    const returnTo = '/plugins/legal-pages/sites/s1/legal-notice/en';
    const path = entryEditPath({ type: 'organisation', documentId: 'o1', locale: 'en', field: 'phone', returnTo });
    expect(readFixParams(path.slice(path.indexOf('?')))).toEqual({ field: 'phone', returnTo });
  });
});

describe('readFixParams', () => {
  it('reads nothing from a plain edit view', () => {
    expect(readFixParams('')).toEqual({});
    expect(readFixParams('?plugins[i18n][locale]=fr')).toEqual({});
  });

  it('keeps the way back only to one of the plugin’s composers', () => {
    for (const returnTo of [
      'https://evil.example/plugins/legal-pages/sites/x',
      '//evil.example/plugins/legal-pages/sites/x',
      '/plugins/legal-pages/sites/../../../settings',
      '/plugins/legal-pages/sites/x//evil.example',
      'javascript:alert(1)',
      '/content-manager/collection-types/plugin::legal-pages.site/x',
    ]) {
      expect(readFixParams(`?field=phone&legalPagesReturn=${encodeURIComponent(returnTo)}`)).toEqual({ field: 'phone' });
    }
    expect(isComposerPath('/plugins/legal-pages/sites/abc/privacy-policy/fr')).toBe(true);
  });
});

describe('entryTypeOf', () => {
  it('names the plugin’s content types only', () => {
    expect(entryTypeOf('plugin::legal-pages.dpo-contact')).toBe('dpo-contact');
    expect(entryTypeOf('api::article.article')).toBeUndefined();
    expect(entryTypeOf(undefined)).toBeUndefined();
  });
});

describe('composerField', () => {
  it('sends the notice period to the composer’s own input, and nothing else', () => {
    expect(composerField('/page/noticeDays')).toBe('effectiveDelayDays');
    expect(composerField('/effectiveDate')).toBeUndefined();
    expect(composerField('/page/links/privacyPolicy')).toBeUndefined();
  });
});

describe('siteNameList', () => {
  const sites = (n: number) => Array.from({ length: n }, (_, i) => ({ documentId: `s${i}`, name: `Site ${i}` }));
  it('names up to five sites and counts the rest', () => {
    expect(siteNameList(sites(2))).toEqual({ names: ['Site 0', 'Site 1'], more: 0 });
    expect(siteNameList(sites(8))).toEqual({ names: ['Site 0', 'Site 1', 'Site 2', 'Site 3', 'Site 4'], more: 3 });
  });
});
