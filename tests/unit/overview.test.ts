import { buildOverview, changesPending, firstFindingOf, foldForSearch, reverseRelations, stateOf, type OverviewQuery, type OverviewSite, type StoredPageState } from '../../server/src/core/overview';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const KINDS = ['privacy-policy', 'legal-notice'] as const;

const row = (siteDocumentId: string, kind: string, locale: string, patch: Partial<StoredPageState> = {}): StoredPageState => ({
  siteDocumentId,
  kind,
  locale,
  stale: false,
  computedAt: '2026-06-01T11:00:00Z',
  engine: 'e1',
  versionNumber: 1,
  versionEffectiveAt: '2026-05-01T00:00:00Z',
  versionHash: 'h1',
  composedHash: 'h1',
  problemCount: 0,
  errorCount: 0,
  warningCount: 0,
  firstFinding: null,
  ...patch,
});

const site = (documentId: string, name: string, updatedAt: string, locales = ['fr', 'en']): OverviewSite => ({ documentId, name, slug: documentId, updatedAt, locales });
const query = (patch: Partial<OverviewQuery> = {}): OverviewQuery => ({ page: 1, pageSize: 20, ...patch });

describe('the overview’s page state', () => {
  it('is published when the page composed now hashes as the latest version', () => {
    expect(stateOf(row('s', 'privacy-policy', 'fr'), NOW)).toBe('published');
    expect(changesPending(row('s', 'privacy-policy', 'fr'))).toBe(false);
  });

  it('is changes-pending only when the composed hash differs', () => {
    const changed = row('s', 'privacy-policy', 'fr', { composedHash: 'h2' });
    expect(stateOf(changed, NOW)).toBe('changes-pending');
    expect(changesPending(changed)).toBe(true);
  });

  it('puts blocking errors and input problems first, then a scheduled version', () => {
    expect(stateOf(row('s', 'k', 'fr', { errorCount: 1, composedHash: 'h2' }), NOW)).toBe('blocked');
    expect(stateOf(row('s', 'k', 'fr', { problemCount: 2, versionNumber: null }), NOW)).toBe('blocked');
    expect(stateOf(row('s', 'k', 'fr', { versionEffectiveAt: '2026-07-01T00:00:00Z', composedHash: 'h2' }), NOW)).toBe('scheduled');
  });

  it('is not-published without a version, checking before the first check', () => {
    expect(stateOf(row('s', 'k', 'fr', { versionNumber: null, versionHash: null, versionEffectiveAt: null, composedHash: null }), NOW)).toBe('not-published');
    expect(stateOf(undefined, NOW)).toBe('checking');
    expect(stateOf(row('s', 'k', 'fr', { computedAt: null }), NOW)).toBe('checking');
  });
});

describe('buildOverview', () => {
  const sites = [site('a', 'Nîmes Métropole', '2026-05-01T00:00:00Z'), site('b', 'Région Bretagne', '2026-05-03T00:00:00Z'), site('c', 'Clermont', '2026-05-02T00:00:00Z', ['fr'])];
  const rows = [
    row('a', 'privacy-policy', 'fr', { composedHash: 'other' }),
    row('a', 'privacy-policy', 'en'),
    row('a', 'legal-notice', 'fr', { errorCount: 1, firstFinding: { code: 'x', severity: 'error', message: { fr: 'f', en: 'e' }, path: '/x' } }),
    row('a', 'legal-notice', 'en', { stale: true }),
    row('b', 'privacy-policy', 'fr'),
    row('b', 'privacy-policy', 'en', { engine: 'old' }),
    row('b', 'legal-notice', 'fr', { versionNumber: null, versionHash: null, versionEffectiveAt: null, composedHash: null }),
    // b / legal-notice / en has no row yet.
    row('c', 'privacy-policy', 'fr'),
    row('c', 'legal-notice', 'fr'),
    row('gone', 'privacy-policy', 'fr'),
  ];
  const build = (q: Partial<OverviewQuery> = {}) => buildOverview({ sites, rows, kinds: KINDS, query: query(q), now: NOW, engine: 'e1' });

  it('groups pages by site, most recently changed site first, kinds × locales', () => {
    const { data, meta } = build();
    expect(data.map((s) => s.documentId)).toEqual(['b', 'c', 'a']);
    expect(data[0].pages.map((p) => `${p.kind}/${p.locale}`)).toEqual(['privacy-policy/fr', 'privacy-policy/en', 'legal-notice/fr', 'legal-notice/en']);
    expect(meta.totals).toMatchObject({ sites: 3, pages: 10, published: 6, 'changes-pending': 1, blocked: 1, 'not-published': 1, checking: 1, scheduled: 0 });
  });

  it('says which pages are being checked: stale, computed by another version, or without a row', () => {
    const { data, meta } = build();
    const checking = data.flatMap((s) => s.pages.filter((p) => p.checking).map((p) => `${s.documentId}/${p.kind}/${p.locale}`));
    expect(checking.sort()).toEqual(['a/legal-notice/en', 'b/legal-notice/en', 'b/privacy-policy/en']);
    expect(meta.checking).toBe(3);
  });

  it('finds a site by its name, whatever the case and accents', () => {
    expect(build({ search: 'NIMES' }).data.map((s) => s.documentId)).toEqual(['a']);
    expect(build({ search: 'metropole' }).meta.totals.sites).toBe(1);
    expect(build({ search: 'nothing' }).data).toEqual([]);
  });

  it('filters by state, keeping the totals of every state beside the filter', () => {
    const { data, meta } = build({ state: 'blocked' });
    expect(data).toHaveLength(1);
    expect(data[0].pages).toEqual([expect.objectContaining({ kind: 'legal-notice', locale: 'fr', state: 'blocked', errors: 1, firstFinding: expect.objectContaining({ code: 'x' }) })]);
    expect(meta.totals.published).toBe(6);
    expect(meta.pagination.total).toBe(1);
  });

  it('filters by locale, in the totals too', () => {
    const { data, meta } = build({ locale: 'en' });
    expect(data.map((s) => s.documentId)).toEqual(['b', 'a']);
    expect(data.every((s) => s.pages.every((p) => p.locale === 'en'))).toBe(true);
    expect(meta.totals.pages).toBe(4);
  });

  it('pages by site', () => {
    const first = build({ pageSize: 2 });
    expect(first.data.map((s) => s.documentId)).toEqual(['b', 'c']);
    expect(first.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(build({ pageSize: 2, page: 2 }).data.map((s) => s.documentId)).toEqual(['a']);
    expect(build({ pageSize: 2, page: 9 }).data).toEqual([]);
  });
});

describe('helpers', () => {
  it('folds case and accents for the search', () => {
    expect(foldForSearch('Nîmes MÉTROPOLE')).toBe('nimes metropole');
  });

  it('takes an input problem first, then the first error, then a warning', () => {
    const warning = { code: 'w', severity: 'warning' as const, message: { fr: 'wf', en: 'we' }, path: '/w' };
    const error = { code: 'e', severity: 'error' as const, message: { fr: 'ef', en: 'ee' }, path: '/e' };
    expect(firstFindingOf([{ path: '/p', message: 'must be set' }], [error])).toMatchObject({ code: 'input.invalid', message: { en: 'must be set' } });
    expect(firstFindingOf([], [warning, error])).toMatchObject({ code: 'e' });
    expect(firstFindingOf([], [warning])).toMatchObject({ code: 'w' });
    expect(firstFindingOf([], [])).toBeNull();
  });

  it('reverses the relations: who points at each type, by which attributes', () => {
    const reverse = reverseRelations({
      site: { controller: 'org', host: 'org', purposes: 'purpose', dpo: 'dpo' },
      dpo: { organisation: 'org' },
      purpose: { dataCategories: 'category' },
      org: { euRepresentative: 'org' },
    });
    expect(reverse.org).toEqual([
      { source: 'site', attributes: ['controller', 'host'] },
      { source: 'dpo', attributes: ['organisation'] },
      { source: 'org', attributes: ['euRepresentative'] },
    ]);
    expect(reverse.category).toEqual([{ source: 'purpose', attributes: ['dataCategories'] }]);
    expect(reverse.site).toBeUndefined();
  });
});
