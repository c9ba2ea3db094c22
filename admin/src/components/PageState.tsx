import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { OverviewPage } from '../api';
import { useT } from '../hooks/useT';

export type PageStateKind = OverviewPage['state'];

const variants: Record<PageStateKind, 'success' | 'danger' | 'warning' | 'neutral' | 'secondary' | 'primary'> = {
  'not-published': 'neutral',
  blocked: 'danger',
  scheduled: 'secondary',
  'changes-pending': 'warning',
  published: 'success',
  checking: 'neutral',
};

const labels: Record<PageStateKind, string> = {
  'not-published': 'Not published',
  blocked: 'Blocked by errors',
  scheduled: 'Scheduled v{version}',
  'changes-pending': 'Changes pending',
  published: 'Published v{version}',
  checking: 'Checking…',
};

/** A page's state as the server last computed it; "checking…" beside it while a newer check runs. */
export const PageStateBadge = ({ page }: { page: OverviewPage }) => {
  const { formatDate } = useIntl();
  const t = useT();
  const { state, version } = page;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Badge variant={variants[state]}>{t(`state.${state}`, labels[state], { version: version ?? 0 })}</Badge>
      {version !== null && state !== 'published' && state !== 'scheduled' ? (
        <Typography variant="pi" textColor="neutral600">
          {t('state.lastVersion', 'Published v{version}', { version })}
        </Typography>
      ) : null}
      {state === 'scheduled' && page.effectiveAt ? (
        <Typography variant="pi" textColor="neutral600">
          {t('state.from', 'from {date}', { date: formatDate(page.effectiveAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </Typography>
      ) : null}
      {page.checking && state !== 'checking' ? (
        <Typography variant="pi" textColor="neutral500">
          {t('state.rechecking', 'checking again…')}
        </Typography>
      ) : null}
    </Flex>
  );
};
