import { Alert, Badge, Box, Button, Field, Flex, Grid, Modal, SingleSelect, SingleSelectOption, Table, Tbody, Td, Textarea, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { BackButton, Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'react-query';
import { useParams } from 'react-router-dom';
import { composerPath, saveDownload, useLegalPagesApi } from '../api';
import { PreviewFrame } from '../components/PreviewFrame';
import { VersionDiff } from '../components/VersionDiff';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { usePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';
import { useSite, useVersionHtml, useVersionInForceOn, useVersions, useWithdraw } from '../queries';
import { isoDay } from '../utils/dates';

export const HistoryPage = () => {
  const { documentId = '', kind = '', locale = '' } = useParams();
  const { formatDate } = useIntl();
  const t = useT();
  const errorMessage = useErrorMessage();
  const api = useLegalPagesApi();
  const page = useMemo(() => ({ documentId, kind, locale }), [documentId, kind, locale]);
  // Through the admin API (the plugin's Read permission), whatever the Public role may read.
  const site = useSite(documentId, locale);
  const versions = useVersions(page);
  const { canPublish } = usePermissions();
  const { toggleNotification } = useNotification();
  const [withdrawing, setWithdrawing] = useState<number>();
  const [reason, setReason] = useState('');
  const [viewing, setViewing] = useState<number>();
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const [atInput, setAtInput] = useState('');
  const at = isoDay(atInput);
  const inForceOn = useVersionInForceOn(page, at);
  const viewed = useVersionHtml(page, viewing);
  const withdrawal = useWithdraw(page);
  const archive = useMutation(() => api.archive(documentId), {
    onSuccess: saveDownload,
    onError: (e) => toggleNotification({ type: 'danger', message: errorMessage(e) }),
  });
  const data = site.data && versions.data ? { site: site.data, versions: versions.data } : undefined;
  const error = site.error ?? versions.error;
  const loading = site.isLoading || versions.isLoading;

  useEffect(() => {
    if (data && data.versions.length >= 2 && from === undefined) {
      setTo(data.versions[0].version);
      setFrom(data.versions[1].version);
    }
  }, [data, from]);

  // A version that cannot be read shows an empty frame, as an unavailable preview does.
  const html = viewing === undefined ? undefined : viewed.isError ? '' : viewed.data;

  const kindLabel = t(`kind.${kind}`, kind);

  const withdraw = async () => {
    if (withdrawing === undefined) return;
    try {
      await withdrawal.mutateAsync({ number: withdrawing, reason: reason.trim() });
      toggleNotification({ type: 'success', message: t('history.withdrawn.done', 'Version {number} withdrawn', { number: withdrawing }) });
      setWithdrawing(undefined);
      setReason('');
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };
  if (loading && !data) return <Page.Loading />;
  const date = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  // The day as chosen: `at` names a whole day, read in UTC as the public `?at=` reads it.
  const atLabel = at ? formatDate(`${at}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }) : '';
  const inForceThen = at && inForceOn.isSuccess ? inForceOn.data : undefined;

  return (
    <Page.Main>
      <Page.Title>{`${t('history.title', 'History')} – ${kindLabel}`}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={composerPath(documentId, kind, locale)} />}
        title={t('history.heading', 'History: {page} ({locale})', { page: kindLabel, locale })}
        subtitle={data?.site.name}
        primaryAction={
          <Button variant="secondary" startIcon={<Download />} loading={archive.isLoading} onClick={() => archive.mutate()}>
            {t('history.download', 'Download the archive')}
          </Button>
        }
      />
      <Layouts.Content>
        {error || !data ? (
          <Alert variant="default" title={t('history.none', 'No version yet')} closeLabel={t('common.close', 'Close')}>
            {error ? errorMessage(error) : ''}
          </Alert>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Flex gap={4} alignItems="flex-end" wrap="wrap">
              <Box style={{ minWidth: 240 }}>
                <Field.Root name="inForceOn" hint={t('history.atHint', 'The version in force at the end of that day (UTC).')}>
                  <Field.Label>{t('history.at', 'In force on')}</Field.Label>
                  <TextInput type="date" value={atInput} onChange={(e: ChangeEvent<HTMLInputElement>) => setAtInput(e.target.value)} />
                  <Field.Hint />
                </Field.Root>
              </Box>
              <Box paddingBottom={6} role="status" aria-live="polite">
                {at && inForceOn.isError ? (
                  <Typography textColor="danger600">{errorMessage(inForceOn.error)}</Typography>
                ) : inForceThen === null ? (
                  <Typography>{t('history.atNone', 'No version is in force on {date}.', { date: atLabel })}</Typography>
                ) : inForceThen !== undefined ? (
                  <Typography fontWeight="semiBold">{t('history.atFound', 'Version {number} is the one in force on {date}.', { number: inForceThen, date: atLabel })}</Typography>
                ) : null}
              </Box>
            </Flex>
            <Table colCount={7} rowCount={data.versions.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('history.colVersion', 'Version')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('history.colEffective', 'In force from')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('history.colUntil', 'Until')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('history.colPublished', 'Published on')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('history.colSummary', 'Change summary')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('history.colState', 'State')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('history.colActions', 'Actions')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.versions.map((v) => (
                  <Tr key={v.version} data-testid={`version-row-${v.version}`}>
                    <Td>
                      <Flex gap={2}>
                        <Typography fontWeight="semiBold">v{v.version}</Typography>
                        {inForceThen === v.version ? <Badge variant="primary">{t('history.inForceOn', 'In force on {date}', { date: atLabel })}</Badge> : null}
                      </Flex>
                    </Td>
                    <Td><Typography data-testid={`effective-${v.version}`}>{date(v.effectiveAt)}</Typography></Td>
                    <Td><Typography data-testid={`until-${v.version}`}>{v.until && !v.withdrawn ? date(v.until) : '—'}</Typography></Td>
                    <Td><Typography>{date(v.publishedAt)}</Typography></Td>
                    <Td><Typography>{v.changeSummary ?? '—'}</Typography></Td>
                    <Td>
                      {v.withdrawn ? (
                        <Badge variant="danger" title={v.withdrawn.reason}>
                          {t('history.withdrawn', 'Withdrawn, never in force')}
                        </Badge>
                      ) : v.inForce ? (
                        <Badge variant="success">{t('history.inForce', 'In force')}</Badge>
                      ) : Date.parse(v.effectiveAt) > Date.now() ? (
                        <Badge variant="secondary">{t('history.upcoming', 'Upcoming')}</Badge>
                      ) : (
                        <Badge>{t('history.superseded', 'Superseded')}</Badge>
                      )}
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <Button variant="tertiary" size="S" onClick={() => setViewing(v.version)}>
                          {t('history.view', 'View v{number}', { number: v.version })}
                        </Button>
                        {canPublish && !v.withdrawn && Date.parse(v.effectiveAt) > Date.now() ? (
                          <Button variant="danger-light" size="S" onClick={() => setWithdrawing(v.version)}>
                            {t('history.withdraw', 'Withdraw')}
                          </Button>
                        ) : null}
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {data.versions.length >= 2 && from !== undefined && to !== undefined ? (
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h2">
                    {t('history.compare', 'Compare two versions')}
                  </Typography>
                  <Grid.Root gap={4}>
                    {([
                      ['from', from, setFrom, t('history.from', 'Older version')],
                      ['to', to, setTo, t('history.to', 'Newer version')],
                    ] as const).map(([name, value, set, label]) => (
                      <Grid.Item key={name} col={6} s={12} direction="column" alignItems="stretch">
                        <Field.Root name={name}>
                          <Field.Label>{label}</Field.Label>
                          <SingleSelect value={String(value)} onChange={(v) => set(Number(v))}>
                            {data.versions.map((v) => (
                              <SingleSelectOption key={v.version} value={String(v.version)}>
                                {`v${v.version} – ${date(v.effectiveAt)}`}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Field.Root>
                      </Grid.Item>
                    ))}
                  </Grid.Root>
                  <VersionDiff page={page} from={from} to={to} />
                </Flex>
              </Box>
            ) : null}
          </Flex>
        )}
      </Layouts.Content>
      <Modal.Root open={withdrawing !== undefined} onOpenChange={(open) => (open ? undefined : setWithdrawing(undefined))}>
        <Modal.Content>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('history.withdraw.title', 'Withdraw version {number}', { number: withdrawing ?? 0 })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>
                {t(
                  'history.withdraw.explain',
                  'The version will never take effect. It stays in the archive and in the public list of versions, marked as withdrawn with your reason.'
                )}
              </Typography>
              <Field.Root name="reason" required>
                <Field.Label>{t('history.withdraw.reason', 'Reason')}</Field.Label>
                <Textarea value={reason} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} maxLength={2000} />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button variant="danger" disabled={reason.trim().length < 3} onClick={withdraw}>
              {t('history.withdraw.confirm', 'Withdraw the version')}
            </Button>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
      <Modal.Root open={viewing !== undefined} onOpenChange={(open) => (open ? undefined : setViewing(undefined))}>
        <Modal.Content style={{ width: 'min(960px, 90vw)', maxWidth: 'none' }}>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('history.version', 'Version {number}', { number: viewing ?? 0 })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <PreviewFrame html={html} title={t('history.version', 'Version {number}', { number: viewing ?? 0 })} height={560} />
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </Page.Main>
  );
};
