import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { composerPath, type OverviewPage } from '../api';
import { Counts } from './Counts';
import { PageStateBadge, type PageStateKind } from './PageState';
import { useT } from '../hooks/useT';

const nextAction: Record<PageStateKind, { id: string; defaultMessage: string }> = {
  checking: { id: 'action.open', defaultMessage: 'Open' },
  'not-published': { id: 'action.publish', defaultMessage: 'Review and publish' },
  blocked: { id: 'action.fix', defaultMessage: 'Fix errors' },
  'changes-pending': { id: 'action.republish', defaultMessage: 'Publish the changes' },
  scheduled: { id: 'action.open', defaultMessage: 'Open' },
  published: { id: 'action.open', defaultMessage: 'Open' },
};

/**
 * One page of a site (a kind in a locale) in the overview's grid: its state, its counts, what blocks it and the next
 * action. The test id `row-<site>-<kind>-<locale>` is the browser tests' handle on a page, as when it was a table row.
 */
export const OverviewCell = ({ documentId, siteName, page }: { documentId: string; siteName: string; page: OverviewPage }) => {
  const { locale: adminLocale } = useIntl();
  const t = useT();
  const kindLabel = t(`kind.${page.kind}`, page.kind);
  const action = t(nextAction[page.state].id, nextAction[page.state].defaultMessage);
  const finding = page.state === 'blocked' ? page.firstFinding : null;
  const path = composerPath(documentId, page.kind, page.locale);
  return (
    <Box data-testid={`row-${documentId}-${page.kind}-${page.locale}`} padding={2} hasRadius borderColor="neutral150" background="neutral0" height="100%">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={2} wrap="wrap">
          <PageStateBadge page={page} />
          {page.state === 'checking' ? null : <Counts errors={page.errors} warnings={page.warnings} />}
        </Flex>
        {finding ? (
          <Typography variant="pi" textColor="danger600" title={finding.path}>
            {adminLocale.startsWith('fr') ? finding.message.fr : finding.message.en}
          </Typography>
        ) : null}
        <Flex gap={1} wrap="wrap">
          <LinkButton
            tag={Link}
            to={path}
            size="S"
            variant={page.state === 'published' || page.state === 'scheduled' || page.state === 'checking' ? 'tertiary' : 'default'}
            aria-label={`${action} – ${siteName}, ${kindLabel}, ${page.locale}`}
          >
            {action}
          </LinkButton>
          {page.version !== null ? (
            <LinkButton tag={Link} to={`${path}/history`} size="S" variant="tertiary" aria-label={`${t('action.history', 'History')} – ${siteName}, ${kindLabel}, ${page.locale}`}>
              {t('action.history', 'History')}
            </LinkButton>
          ) : null}
        </Flex>
      </Flex>
    </Box>
  );
};
