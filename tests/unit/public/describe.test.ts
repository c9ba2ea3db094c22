import { describeMention, describeUpcoming, pageMeta } from '../../../server/src/public/describe';
import type { PageAddress, VersionMeta } from '../../../server/src/public/pages-service';

const page = (kind: PageAddress['kind']): PageAddress => ({ siteDocumentId: 'doc1', slug: 'rennes', kind, locale: 'fr', publishedNow: true, retiredAt: null });
const version: VersionMeta = {
  id: 1,
  number: 3,
  effectiveAt: '2026-03-01T00:00:00.000Z',
  publishedOn: '2026-02-20T00:00:00.000Z',
  changeSummary: null,
  contentHash: 'a'.repeat(64),
  publishedWithErrors: false,
  withdrawnAt: null,
  withdrawalReason: null,
  consentRevision: 2,
  accessibility: null,
};

describe('the meta of a page answer', () => {
  it('names the scheduled successor only when asked about the page in force', () => {
    const next = { number: 4, effectiveAt: '2026-04-01T00:00:00.000Z' };
    expect(pageMeta(page('privacy-policy'), version, next)).toEqual({ upcoming: describeUpcoming(next) });
    expect(pageMeta(page('privacy-policy'), version, null)).toEqual({ upcoming: null });
    expect(pageMeta(page('privacy-policy'), version)).toEqual({});
  });

  it('repeats the consent revision of a cookie policy only', () => {
    expect(pageMeta(page('cookie-policy'), version)).toEqual({ consentRevision: 2 });
    expect(pageMeta(page('legal-notice'), version)).not.toHaveProperty('consentRevision');
  });
});

describe('the footer mention', () => {
  it('is the stored mention with the version it comes from, read from text as well', () => {
    const mention = { status: 'compliant', rate: 100, label: 'Accessibilité : totalement conforme', url: '/accessibilite' };
    const expected = { site: 'rennes', locale: 'fr', version: 3, effectiveAt: '2026-03-01T00:00:00.000Z', ...mention };
    expect(describeMention(page('accessibility-statement'), { ...version, accessibility: mention as VersionMeta['accessibility'] })).toEqual(expected);
    expect(describeMention(page('accessibility-statement'), { ...version, accessibility: JSON.stringify(mention) })).toEqual(expected);
  });

  it('is none when the version stored none', () => {
    expect(describeMention(page('accessibility-statement'), version)).toBeNull();
  });
});
