import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { PageStatus, Preview } from '../api';
import { getTranslation } from '../utils/translations';

export type PageStateKind = 'not-published' | 'blocked' | 'scheduled' | 'changes-pending' | 'published' | 'checking';

/** One page's state, from its latest published version and, when never published, its preview. */
export const pageState = (status: PageStatus | undefined, preview: Preview | undefined, now = Date.now()): PageStateKind => {
  if (!status) {
    if (!preview) return 'checking';
    return preview.blocked ? 'blocked' : 'not-published';
  }
  if (status.errors > 0 || status.problem) return 'blocked';
  if (Date.parse(status.effectiveAt) > now) return 'scheduled';
  if (status.changesPending) return 'changes-pending';
  return 'published';
};

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

export const PageStateBadge = ({ state, status }: { state: PageStateKind; status?: PageStatus }) => {
  const { formatMessage, formatDate } = useIntl();
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Badge variant={variants[state]}>{formatMessage({ id: getTranslation(`state.${state}`), defaultMessage: labels[state] }, { version: status?.version ?? 0 })}</Badge>
      {status && state !== 'published' && state !== 'scheduled' ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('state.lastVersion'), defaultMessage: 'Published v{version}' }, { version: status.version })}
        </Typography>
      ) : null}
      {status && state === 'scheduled' ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('state.from'), defaultMessage: 'from {date}' }, { date: formatDate(status.effectiveAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </Typography>
      ) : null}
    </Flex>
  );
};
