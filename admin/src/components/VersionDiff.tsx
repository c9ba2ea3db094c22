import { Badge, Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { diffWordsWithSpace, type Change } from 'diff';
import { useMemo } from 'react';
import type { PageRef } from '../api';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { useVersion } from '../queries';
import { sectionTexts, type SectionText } from '../utils/documentText';

interface Props {
  page: PageRef;
  from: number;
  to: number;
}

interface SectionDiff {
  id: string;
  heading: string;
  changes: Change[];
  status: 'same' | 'changed' | 'added' | 'removed';
}

const compare = (before: SectionText[], after: SectionText[]): SectionDiff[] => {
  const ids = [...after.map((s) => s.id), ...before.map((s) => s.id).filter((id) => !after.some((s) => s.id === id))];
  return ids.map((id) => {
    const a = before.find((s) => s.id === id);
    const b = after.find((s) => s.id === id);
    const left = a ? `${a.heading}\n${a.text}` : '';
    const right = b ? `${b.heading}\n${b.text}` : '';
    const status = !a ? 'added' : !b ? 'removed' : left === right ? 'same' : 'changed';
    return { id, heading: (b ?? a)?.heading ?? id, changes: diffWordsWithSpace(left, right), status };
  });
};

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
  const data = useMemo(
    () => (before.data && after.data ? compare(sectionTexts(before.data.document), sectionTexts(after.data.document)) : undefined),
    [before.data, after.data]
  );
  const error = before.error ?? after.error;

  if (before.isLoading || after.isLoading) return <Loader small>{t('history.diffLoading', 'Comparing…')}</Loader>;
  if (error || !data) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  const changed = data.filter((s) => s.status !== 'same');

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography textColor="neutral600">
        {t('history.diffSummary', '{count, plural, =0 {No section changed} one {# section changed} other {# sections changed}} between version {from} and version {to}.', {
          count: changed.length,
          from,
          to,
        })}
      </Typography>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12}>
          <Typography variant="sigma">{t('history.version', 'Version {number}', { number: from })}</Typography>
        </Grid.Item>
        <Grid.Item col={6} s={12}>
          <Typography variant="sigma">{t('history.version', 'Version {number}', { number: to })}</Typography>
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
