import {
  Box,
  Button,
  Dots,
  Flex,
  LinkButton,
  NextLink,
  PageLink,
  Pagination,
  PreviousLink,
  Searchbar,
  SearchForm,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PAGE_STATES, type OverviewQuery, type OverviewRow, type PageState } from '../api';
import { OverviewCell } from '../components/OverviewCell';
import { RegisterExport } from '../components/RegisterExport';
import { rememberOverviewQuery } from '../components/BackToOverview';
import { useT } from '../hooks/useT';
import { useInfo, useOverview } from '../queries';
import { usePermissions } from '../hooks/usePermissions';
import { PLUGIN_ID } from '../pluginId';

/** While pages are being checked on the server, the overview asks again this often. */
const RECHECK_MS = 2000;
const SEARCH_DELAY_MS = 300;
const ALL = '';

const STATE_LABELS: Record<PageState, string> = {
  blocked: 'Blocked',
  'changes-pending': 'Changes pending',
  scheduled: 'Scheduled',
  published: 'Published',
  'not-published': 'Not published',
};

/** The query lives in the address (`?search=…&state=…&locale=…&page=…`): a filtered view can be shared or reloaded. */
const queryOf = (params: URLSearchParams): OverviewQuery => ({
  search: params.get('search') ?? undefined,
  state: (PAGE_STATES as readonly string[]).includes(params.get('state') ?? '') ? (params.get('state') as PageState) : undefined,
  locale: params.get('locale') || undefined,
  page: Math.max(1, Number(params.get('page')) || 1),
});

export const OverviewPage = () => {
  const t = useT();
  const permissions = usePermissions();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryOf(params), [params]);
  useEffect(() => rememberOverviewQuery(params.toString()), [params]);
  const [search, setSearch] = useState(query.search ?? '');

  const info = useInfo();
  // Pages just written are checked in the background on the server: the overview asks again until none is left.
  const { data, error, isLoading: loading } = useOverview(query, RECHECK_MS);

  /** Sets some of the query; any change other than the page goes back to the first page. */
  const update = useCallback(
    (changes: Partial<Record<'search' | 'state' | 'locale' | 'page', string>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) (value ? next.set(key, value) : next.delete(key));
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true }
      ),
    [setParams]
  );

  // The search is sent once the editor pauses typing, not on every key.
  useEffect(() => {
    if (search === (query.search ?? '')) return undefined;
    const timer = setTimeout(() => update({ search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, query.search, update]);

  const title = t('plugin.name', 'Legal pages');
  if (loading && !data) return <Page.Loading />;
  if (error || !data) return <Page.Error />;
  const { totals, pagination, locales } = data.meta;
  const filtered = Boolean(query.search || query.state || query.locale);
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `?${next.toString()}`;
  };

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t('home.subtitle', 'Privacy policies and legal notices composed from structured data.')}
        primaryAction={
          permissions.canCompose ? (
            <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}/sites/new`} startIcon={<Plus />}>
              {t('overview.newSite', 'New site')}
            </LinkButton>
          ) : undefined
        }
        secondaryAction={
          permissions.canRead && info.data ? <RegisterExport locales={info.data.config.locales} defaultLocale={info.data.config.defaultLocale} /> : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={2} wrap="wrap" data-testid="overview-totals" aria-label={t('overview.totals', 'Pages by state')} role="group">
            <Typography variant="omega" fontWeight="semiBold">
              {t('overview.totals.summary', '{sites, plural, one {# site} other {# sites}}, {pages, plural, one {# page} other {# pages}}', { sites: totals.sites, pages: totals.pages })}
            </Typography>
            {PAGE_STATES.map((state) => (
              <Button
                key={state}
                size="S"
                variant={query.state === state ? 'default' : 'tertiary'}
                aria-pressed={query.state === state}
                data-testid={`total-${state}`}
                onClick={() => update({ state: query.state === state ? ALL : state })}
              >
                {t(`overview.total.${state}`, `${STATE_LABELS[state]}: {count}`, { count: totals[state] })}
              </Button>
            ))}
            {data.meta.checking > 0 ? (
              <Typography variant="pi" textColor="neutral600">
                {t('overview.checking', 'Checking {count, plural, one {# page} other {# pages}}…', { count: data.meta.checking })}
              </Typography>
            ) : null}
          </Flex>

          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            <Box minWidth="280px">
              <SearchForm onSubmit={(event) => event.preventDefault()}>
                <Searchbar
                  name="search"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  onClear={() => setSearch('')}
                  clearLabel={t('overview.search.clear', 'Clear the search')}
                  placeholder={t('overview.search.placeholder', 'Search a site by name')}
                >
                  {t('overview.search', 'Search a site')}
                </Searchbar>
              </SearchForm>
            </Box>
            <Box minWidth="200px">
              <SingleSelect
                aria-label={t('overview.filter.state', 'State')}
                value={query.state ?? ALL}
                onChange={(value: string | number) => update({ state: String(value) })}
              >
                <SingleSelectOption value={ALL}>{t('overview.filter.allStates', 'All states')}</SingleSelectOption>
                {PAGE_STATES.map((state) => (
                  <SingleSelectOption key={state} value={state}>
                    {t(`overview.state.${state}`, STATE_LABELS[state])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            {locales.length > 1 ? (
              <Box minWidth="160px">
                <SingleSelect
                  aria-label={t('overview.filter.locale', 'Locale')}
                  value={query.locale ?? ALL}
                  onChange={(value: string | number) => update({ locale: String(value) })}
                >
                  <SingleSelectOption value={ALL}>{t('overview.filter.allLocales', 'All locales')}</SingleSelectOption>
                  {locales.map((locale) => (
                    <SingleSelectOption key={locale} value={locale}>
                      {locale}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
            ) : null}
          </Flex>

          {data.data.length === 0 ? (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography>
                {filtered
                  ? t('overview.noMatch', 'No site matches this search or filter.')
                  : t('overview.empty', 'No site yet. Start with “New site”: the wizard asks for the facts the pages need.')}
              </Typography>
            </Box>
          ) : (
            <Table colCount={2} rowCount={data.data.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('overview.site', 'Site')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('overview.pages', 'Pages')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.data.map((site) => (
                  <SiteRow key={site.documentId} site={site} kinds={data.meta.kinds} />
                ))}
              </Tbody>
            </Table>
          )}

          {pagination.pageCount > 1 ? (
            <Flex justifyContent="flex-end">
              <Pagination activePage={pagination.page} pageCount={pagination.pageCount} label={t('overview.pagination', 'Pages of sites')}>
                <PreviousLink tag={Link} to={pageHref(Math.max(1, pagination.page - 1))}>
                  {t('overview.previous', 'Previous page')}
                </PreviousLink>
                {pageNumbers(pagination.page, pagination.pageCount).map((number, i) =>
                  number === null ? (
                    <Dots key={`dots-${i}`}>…</Dots>
                  ) : (
                    <PageLink key={number} number={number} tag={Link} to={pageHref(number)}>
                      {t('overview.goToPage', 'Go to page {page}', { page: number })}
                    </PageLink>
                  )
                )}
                <NextLink tag={Link} to={pageHref(Math.min(pagination.pageCount, pagination.page + 1))}>
                  {t('overview.next', 'Next page')}
                </NextLink>
              </Pagination>
            </Flex>
          ) : null}

          <Typography variant="pi" textColor="neutral600">
            {t('home.version', 'Plugin version {version}', { version: info.data?.version ?? '…' })}
          </Typography>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** Pages 1, the current one and its neighbours, and the last; null where numbers are left out. */
const pageNumbers = (current: number, count: number): Array<number | null> => {
  const wanted = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return wanted.flatMap((n, i) => (i > 0 && n - wanted[i - 1] > 1 ? [null, n] : [n]));
};

/** One site: its pages as a grid of kinds (rows) by locales (columns); a page the filter leaves out is an empty cell. */
const SiteRow = ({ site, kinds }: { site: OverviewRow; kinds: string[] }) => {
  const t = useT();
  const shownKinds = kinds.filter((kind) => site.pages.some((p) => p.kind === kind));
  return (
    <Tr data-testid={`site-${site.documentId}`}>
      <Td style={{ verticalAlign: 'top' }}>
        <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={2}>
          <Typography fontWeight="semiBold">{site.name}</Typography>
          {site.slug ? (
            <Typography variant="pi" textColor="neutral600">
              {site.slug}
            </Typography>
          ) : null}
        </Flex>
      </Td>
      <Td>
        <Box paddingTop={2} paddingBottom={2} style={{ display: 'grid', gridTemplateColumns: `minmax(120px, max-content) repeat(${site.locales.length}, minmax(220px, 1fr))`, gap: '8px', alignItems: 'stretch' }}>
          <span />
          {site.locales.map((locale) => (
            <Typography key={locale} variant="sigma" textColor="neutral600">
              {locale}
            </Typography>
          ))}
          {shownKinds.map((kind) => (
            <KindRow key={kind} site={site} kind={kind} label={t(`kind.${kind}`, kind)} />
          ))}
        </Box>
      </Td>
    </Tr>
  );
};

const KindRow = ({ site, kind, label }: { site: OverviewRow; kind: string; label: string }) => (
  <>
    <Typography fontWeight="semiBold" style={{ alignSelf: 'center' }}>
      {label}
    </Typography>
    {site.locales.map((locale) => {
      const page = site.pages.find((p) => p.kind === kind && p.locale === locale);
      return page ? <OverviewCell key={locale} documentId={site.documentId} siteName={site.name} page={page} /> : <span key={locale} />;
    })}
  </>
);
