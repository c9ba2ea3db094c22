import { Box, Flex, LinkButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { PAGE_KINDS, composerPath, useLegalPagesApi, type PageRef, type PageStatus } from '../api';
import { Counts } from '../components/Counts';
import { RegisterExport } from '../components/RegisterExport';
import { PageStateBadge, pageState, type PageStateKind } from '../components/PageState';
import { useAsync } from '../hooks/useAsync';
import { useLazyPreviews } from '../hooks/useLazyPreviews';
import { usePermissions } from '../hooks/usePermissions';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/translations';

interface Row extends PageRef {
  siteName: string;
  status?: PageStatus;
}

const nextAction: Record<PageStateKind, { id: string; defaultMessage: string }> = {
  checking: { id: 'action.open', defaultMessage: 'Open' },
  'not-published': { id: 'action.publish', defaultMessage: 'Review and publish' },
  blocked: { id: 'action.fix', defaultMessage: 'Fix errors' },
  'changes-pending': { id: 'action.republish', defaultMessage: 'Publish the changes' },
  scheduled: { id: 'action.open', defaultMessage: 'Open' },
  published: { id: 'action.open', defaultMessage: 'Open' },
};

export const OverviewPage = () => {
  const { formatMessage } = useIntl();
  const api = useLegalPagesApi();
  const load = useCallback(async () => {
    const info = await api.info();
    const statuses = await api.statuses();
    // A site may exist in some locales only: list each document once, from whichever locale has it.
    const fromEveryLocale = async () => {
      const lists = await Promise.all(info.config.locales.map((locale) => api.sites(locale).catch(() => null)));
      if (lists.every((list) => list === null)) throw new Error('The sites cannot be listed');
      const all = lists.flatMap((list) => list ?? []);
      return all.filter((site, i) => all.findIndex((other) => other.documentId === site.documentId) === i);
    };
    // Without the Content Manager's read permission on sites, list the sites that have published pages.
    const sites = await fromEveryLocale().catch(() =>
      statuses
        .filter((s, i) => statuses.findIndex((o) => o.siteDocumentId === s.siteDocumentId) === i)
        .map((s) => ({ documentId: s.siteDocumentId, name: s.site, slug: s.site, publishedLocales: [...new Set(statuses.filter((o) => o.siteDocumentId === s.siteDocumentId).map((o) => o.locale))] }))
    );
    return { info, statuses, sites };
  }, [api]);
  const { data, error, loading } = useAsync(load);
  const permissions = usePermissions();

  const rows = useMemo<Row[]>(() => {
    if (!data) return [];
    return data.sites.flatMap((site) => {
      const locales = site.publishedLocales?.length ? site.publishedLocales : data.info.config.locales;
      return PAGE_KINDS.flatMap((kind) =>
        locales.map((locale) => ({
          documentId: site.documentId,
          siteName: site.name,
          kind,
          locale,
          status: data.statuses.find((s) => s.siteDocumentId === site.documentId && s.kind === kind && s.locale === locale),
        }))
      );
    });
  }, [data]);
  const unpublished = useMemo(() => rows.filter((r) => !r.status), [rows]);
  const previewOf = useLazyPreviews(unpublished);

  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Legal pages' });
  if (loading && !data) return <Page.Loading />;
  if (error) return <Page.Error />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({ id: getTranslation('home.subtitle'), defaultMessage: 'Privacy policies and legal notices composed from structured data.' })}
        primaryAction={
          permissions.canCompose ? (
            <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}/sites/new`} startIcon={<Plus />}>
              {formatMessage({ id: getTranslation('overview.newSite'), defaultMessage: 'New site' })}
            </LinkButton>
          ) : undefined
        }
        secondaryAction={
          permissions.canRead && data ? <RegisterExport locales={data.info.config.locales} defaultLocale={data.info.config.defaultLocale} /> : undefined
        }
      />
      <Layouts.Content>
        {rows.length === 0 ? (
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography>{formatMessage({ id: getTranslation('overview.empty'), defaultMessage: 'No site yet. Start with “New site”: the wizard asks for the facts the pages need.' })}</Typography>
          </Box>
        ) : (
          <Table colCount={6} rowCount={rows.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{formatMessage({ id: getTranslation('overview.site'), defaultMessage: 'Site' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: getTranslation('overview.page'), defaultMessage: 'Page' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: getTranslation('overview.locale'), defaultMessage: 'Locale' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: getTranslation('overview.state'), defaultMessage: 'State' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: getTranslation('overview.findings'), defaultMessage: 'Findings' })}</Typography></Th>
                <Th><VisuallyHidden>{formatMessage({ id: getTranslation('overview.actions'), defaultMessage: 'Actions' })}</VisuallyHidden></Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((row) => {
                const preview = previewOf(row);
                const state = pageState(row.status, preview);
                const errors = row.status ? row.status.errors : preview && preview.findings.filter((f) => f.severity === 'error').length + preview.problems.length;
                const warnings = row.status ? row.status.warnings : preview?.findings.filter((f) => f.severity === 'warning').length;
                const kindLabel = formatMessage({ id: getTranslation(`kind.${row.kind}`), defaultMessage: row.kind });
                return (
                  <Tr key={`${row.documentId}/${row.kind}/${row.locale}`} data-testid={`row-${row.documentId}-${row.kind}-${row.locale}`}>
                    <Td><Typography fontWeight="semiBold">{row.siteName}</Typography></Td>
                    <Td><Typography>{kindLabel}</Typography></Td>
                    <Td><Typography>{row.locale}</Typography></Td>
                    <Td><PageStateBadge state={state} status={row.status} /></Td>
                    <Td><Counts errors={errors} warnings={warnings} /></Td>
                    <Td>
                      <Flex gap={2} justifyContent="flex-end">
                        <LinkButton
                          tag={Link}
                          to={composerPath(row.documentId, row.kind, row.locale)}
                          size="S"
                          variant={state === 'published' || state === 'scheduled' ? 'tertiary' : 'default'}
                          aria-label={`${formatMessage({ ...nextAction[state], id: getTranslation(nextAction[state].id) })} – ${row.siteName}, ${kindLabel}, ${row.locale}`}
                        >
                          {formatMessage({ ...nextAction[state], id: getTranslation(nextAction[state].id) })}
                        </LinkButton>
                        {row.status ? (
                          <LinkButton tag={Link} to={`${composerPath(row.documentId, row.kind, row.locale)}/history`} size="S" variant="tertiary">
                            {formatMessage({ id: getTranslation('action.history'), defaultMessage: 'History' })}
                          </LinkButton>
                        ) : null}
                      </Flex>
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
        <Box paddingTop={4}>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('home.version'), defaultMessage: 'Plugin version {version}' }, { version: data?.info.version ?? '…' })}
          </Typography>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};
