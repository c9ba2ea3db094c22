/**
 * The editor's overview, computed from stored per-page states: no composition happens here. Pure: the Strapi adapter
 * (services/page-status.ts) loads the rows and the sites, this groups, filters, counts and pages them.
 */

/** The states an editor filters by, in the order the overview counts them. */
export const PAGE_STATES = ['blocked', 'changes-pending', 'scheduled', 'published', 'not-published'] as const;
export type PageState = (typeof PAGE_STATES)[number];
/** A page whose state was never computed yet (a new site, a fresh install): the background check is running. */
export type PageStateOrChecking = PageState | 'checking';

/** The first thing to fix on a page: an input problem or a compliance error first, else a warning. */
export interface FirstFinding {
  code: string;
  severity: 'error' | 'warning';
  message: { fr: string; en: string };
  path: string;
}

/** What the last check of one (site, kind, locale) found, as stored. */
export interface StoredPageState {
  siteDocumentId: string;
  kind: string;
  locale: string;
  /** A write since the last check may have changed the page; a check is due. */
  stale: boolean;
  /** When the last check ran; null before the first. */
  computedAt: string | Date | null;
  /** The plugin version that computed it: another one may compose differently, so its rows count as stale. */
  engine: string | null;
  versionNumber: number | null;
  versionEffectiveAt: string | Date | null;
  versionHash: string | null;
  /** The hash of what a publication would store now, composed with the latest version's dates. */
  composedHash: string | null;
  problemCount: number;
  errorCount: number;
  warningCount: number;
  firstFinding: FirstFinding | null;
}

export interface OverviewSite {
  documentId: string;
  name: string;
  slug: string | null;
  updatedAt: string | Date | null;
  /** The locales the site's pages exist in. */
  locales: string[];
}

export interface OverviewQuery {
  search?: string;
  state?: PageState;
  locale?: string;
  page: number;
  pageSize: number;
}

export interface OverviewPage {
  kind: string;
  locale: string;
  state: PageStateOrChecking;
  /** A check is due or running: the state shown is the last one computed. */
  checking: boolean;
  version: number | null;
  effectiveAt: string | null;
  changesPending: boolean;
  errors: number;
  warnings: number;
  problems: number;
  firstFinding: FirstFinding | null;
}

export interface OverviewRow {
  documentId: string;
  name: string;
  slug: string | null;
  locales: string[];
  pages: OverviewPage[];
}

export type StateTotals = Record<PageStateOrChecking, number> & { pages: number; sites: number };

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/** A page's state from its last check. Errors block even a published page: its next publication would be refused. */
export const stateOf = (row: StoredPageState | undefined, now: number): PageStateOrChecking => {
  if (!row || !row.computedAt) return 'checking';
  if (row.problemCount > 0 || row.errorCount > 0) return 'blocked';
  if (row.versionNumber === null) return 'not-published';
  if (row.versionEffectiveAt !== null && new Date(row.versionEffectiveAt).getTime() > now) return 'scheduled';
  if (row.composedHash !== row.versionHash) return 'changes-pending';
  return 'published';
};

/** Pending means the page the public would get differs from the latest published one, by the hash of its output. */
export const changesPending = (row: StoredPageState | undefined) =>
  Boolean(row && row.computedAt && row.versionNumber !== null && row.composedHash !== row.versionHash);

export const pageKey = (siteDocumentId: string, kind: string, locale: string) => `${siteDocumentId}\u0000${kind}\u0000${locale}`;

/** Case- and accent-insensitive, so "nimes" finds "Nîmes Métropole". */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr');

const emptyTotals = (): StateTotals => ({ ...Object.fromEntries([...PAGE_STATES, 'checking'].map((s) => [s, 0])), pages: 0, sites: 0 }) as StateTotals;

const byRecentThenName = (a: OverviewSite, b: OverviewSite) => {
  const at = (s: OverviewSite) => (s.updatedAt ? new Date(s.updatedAt).getTime() : 0);
  return at(b) - at(a) || a.name.localeCompare(b.name) || a.documentId.localeCompare(b.documentId);
};

/**
 * One row per site, most recently changed first, with its pages (kinds × locales). `search` and `locale` narrow
 * what the totals count; `state` then keeps only the pages in that state (and the sites that have one), so the totals
 * read as "how many of each" beside the filter that picks one.
 */
export const buildOverview = (input: {
  sites: OverviewSite[];
  rows: StoredPageState[];
  kinds: readonly string[];
  query: OverviewQuery;
  now: number;
  engine: string;
}) => {
  const { query, now } = input;
  const stored = new Map(input.rows.map((row) => [pageKey(row.siteDocumentId, row.kind, row.locale), row]));
  const needle = query.search ? foldForSearch(query.search.trim()) : '';
  const totals = emptyTotals();
  let checking = 0;
  const matching: OverviewRow[] = [];

  for (const site of [...input.sites].sort(byRecentThenName)) {
    if (needle && !foldForSearch(`${site.name} ${site.slug ?? ''}`).includes(needle)) continue;
    const locales = query.locale ? site.locales.filter((l) => l === query.locale) : site.locales;
    if (locales.length === 0) continue;
    const pages = input.kinds.flatMap((kind) =>
      locales.map((locale): OverviewPage => {
        const row = stored.get(pageKey(site.documentId, kind, locale));
        const state = stateOf(row, now);
        return {
          kind,
          locale,
          state,
          checking: !row || row.stale || row.engine !== input.engine,
          version: row?.versionNumber ?? null,
          effectiveAt: iso(row?.versionEffectiveAt ?? null),
          changesPending: changesPending(row),
          errors: (row?.errorCount ?? 0) + (row?.problemCount ?? 0),
          warnings: row?.warningCount ?? 0,
          problems: row?.problemCount ?? 0,
          firstFinding: row?.firstFinding ?? null,
        };
      })
    );
    totals.sites += 1;
    for (const page of pages) {
      totals[page.state] += 1;
      totals.pages += 1;
      if (page.checking) checking += 1;
    }
    const shown = query.state ? pages.filter((p) => p.state === query.state) : pages;
    if (shown.length) matching.push({ documentId: site.documentId, name: site.name, slug: site.slug, locales, pages: shown });
  }

  const pageCount = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const start = (query.page - 1) * query.pageSize;
  return {
    data: matching.slice(start, start + query.pageSize),
    meta: {
      pagination: { page: query.page, pageSize: query.pageSize, pageCount, total: matching.length },
      totals,
      checking,
      kinds: [...input.kinds],
    },
  };
};

/** The first blocking item of a check (input problems before compliance errors), else its first warning. */
export const firstFindingOf = (
  problems: Array<{ path: string; message: string }>,
  findings: Array<{ code: string; severity: 'error' | 'warning'; message: { fr: string; en: string }; path: string }>
): FirstFinding | null => {
  const problem = problems[0];
  if (problem) return { code: 'input.invalid', severity: 'error', message: { fr: problem.message, en: problem.message }, path: problem.path };
  const finding = findings.find((f) => f.severity === 'error') ?? findings[0];
  return finding ? { code: finding.code, severity: finding.severity, message: finding.message, path: finding.path } : null;
};

/** Relation attributes by content type: `{ [sourceUid]: { [attribute]: targetUid } }`. */
export type RelationMap = Record<string, Record<string, string>>;

/**
 * Who points at each content type, by which attributes: an entry's write can change the pages of every site reached
 * by walking these edges backwards. Derived from the schemas, so a relation added later is followed without a list
 * to keep up to date.
 */
export const reverseRelations = (relations: RelationMap): Record<string, Array<{ source: string; attributes: string[] }>> => {
  const reverse: Record<string, Array<{ source: string; attributes: string[] }>> = {};
  for (const [source, attributes] of Object.entries(relations)) {
    const byTarget = new Map<string, string[]>();
    for (const [attribute, target] of Object.entries(attributes)) byTarget.set(target, [...(byTarget.get(target) ?? []), attribute]);
    for (const [target, names] of byTarget) (reverse[target] ??= []).push({ source, attributes: names.sort() });
  }
  return reverse;
};
