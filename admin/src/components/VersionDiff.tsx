import { Badge, Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import type { Change } from 'diff';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { PageRef } from '../api';
import type { LegalDocument } from '../../../server/src/core/tree';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { useVersion } from '../queries';
import { changedSections, compareVersions, movedEffectiveDate } from '../utils/versionDiff';

interface Props {
  page: PageRef;
  from: number;
  to: number;
}

const Side = ({ changes, side }: { changes: Change[]; side: 'before' | 'after' }) => (
  <Box padding={3} background="neutral0" borderColor="neutral200" hasRadius style={{ whiteSpace: 'pre-wrap' }}>
    <Typography>
      {changes.map((change, i) => {
        if (side === 'before' && change.added) return null;
        if (side === 'after' && change.removed) return null;
        if (change.removed) return <del key={i} style={{ background: '#fcecea', textDecorationColor: '#d02b20' }}>{change.value}</del>;
        if (change.added) return <ins key={i} style={{ background: '#eafbe7', textDecoration: 'none' }}>{change.value}</ins>;
        return <span key={i}>{change.value}</span>;
      })}
    </Typography>
  </Box>
);

/** Two versions side by side, section by section, with the words removed and added marked. */
export const VersionDiff = ({ page, from, to }: Props) => {
  const t = useT();
  const errorMessage = useErrorMessage();
  // Each version is read once through the admin API and kept: choosing another pair reads only what is new.
  const before = useVersion(page, from);
  const after = useVersion(page, to);
  const error = before.error ?? after.error;

  if (before.isLoading || after.isLoading) return <Loader small>{t('history.diffLoading', 'Comparing…')}</Loader>;
  if (error || !before.data || !after.data) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  return (
    <DocumentDiff
      before={before.data.document}
      after={after.data.document}
      beforeLabel={t('history.version', 'Version {number}', { number: from })}
      afterLabel={t('history.version', 'Version {number}', { number: to })}
      summary={(count) =>
        t('history.diffSummary', '{count, plural, =0 {No section changed} one {# section changed} other {# sections changed}} between version {from} and version {to}.', {
          count,
          from,
          to,
        })
      }
    />
  );
};

interface DocumentDiffProps {
  before: LegalDocument;
  after: LegalDocument;
  beforeLabel: string;
  afterLabel: string;
  summary: (changedSections: number) => string;
}

/** Two composed pages side by side: the sections that changed, apart from the page's own dates, word by word. */
export const DocumentDiff = ({ before, after, beforeLabel, afterLabel, summary }: DocumentDiffProps) => {
  const t = useT();
  const { formatDate } = useIntl();
  const changed = useMemo(() => changedSections(compareVersions(before, after)), [before, after]);
  const moved = movedEffectiveDate(before, after);
  // A document's dates are calendar days: read in UTC, they are the day the page prints whatever the admin's zone.
  const day = (iso: string) => formatDate(iso, { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography textColor="neutral600">{summary(changed.length)}</Typography>
      {moved ? (
        <Typography textColor="neutral600" data-testid="diff-effective-date">
          {t('history.diffDates', 'The effective date moved from {before} to {after}; the page’s dates are not counted as changes.', {
            before: day(moved.before),
            after: day(moved.after),
          })}
        </Typography>
      ) : null}
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12}>
          <Typography variant="sigma">{beforeLabel}</Typography>
        </Grid.Item>
        <Grid.Item col={6} s={12}>
          <Typography variant="sigma">{afterLabel}</Typography>
        </Grid.Item>
      </Grid.Root>
      {changed.map((section) => (
        <Box key={section.id} data-diff-section={section.id}>
          <Flex gap={2} paddingBottom={2}>
            <Typography variant="delta" tag="h3">
              {section.heading}
            </Typography>
            <Badge variant={section.status === 'added' ? 'success' : section.status === 'removed' ? 'danger' : 'warning'}>
              {t(`history.status.${section.status}`, section.status)}
            </Badge>
          </Flex>
          <Grid.Root gap={4}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Side changes={section.changes} side="before" />
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Side changes={section.changes} side="after" />
            </Grid.Item>
          </Grid.Root>
        </Box>
      ))}
    </Flex>
  );
};
