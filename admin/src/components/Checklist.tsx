import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { entryEditPath, type Finding, type FindingSource, type Problem } from '../api';
import { FIX_LABELS } from '../utils/labels';
import { useT } from '../hooks/useT';

interface Props {
  findings: Finding[];
  problems: Problem[];
  /** Without links: inside the publish dialog. */
  compact?: boolean;
}


/** The compliance checklist: errors first, each with its message in the admin's language and where to fix it. */
export const Checklist = ({ findings, problems, compact = false }: Props) => {
  const { locale: uiLocale } = useIntl();
  const t = useT();
  const lang = uiLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const items = [
    ...problems.map((p) => ({ key: `problem:${p.path}:${p.message}`, severity: 'error' as const, message: `${p.path || '/'} ${p.message}`, path: p.path, source: p.source })),
    ...findings.map((f, i) => ({ key: `${f.code}:${f.path}:${i}`, severity: f.severity, message: f.message[lang], path: f.path, source: f.source })),
  ];

  if (items.length === 0) {
    return (
      <Box padding={4} background="success100" hasRadius>
        <Typography textColor="success700">{t('checklist.clear', 'No finding: the page meets every check.')}</Typography>
      </Box>
    );
  }

  return (
    <Box tag="ul" aria-label={t('checklist.title', 'Compliance checklist')}>
      {items.map((item) => (
        <Box tag="li" key={item.key} padding={3} marginBottom={2} background="neutral0" borderColor={item.severity === 'error' ? 'danger200' : 'warning200'} hasRadius>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Badge variant={item.severity === 'error' ? 'danger' : 'warning'}>
              {item.severity === 'error'
                ? t('severity.error', 'Error')
                : t('severity.warning', 'Warning')}
            </Badge>
            <Typography>{item.message}</Typography>
            {item.path ? (
              <Typography variant="pi" textColor="neutral600">
                <code>{item.path}</code>
              </Typography>
            ) : null}
            {!compact && item.source ? <FixLink source={item.source} /> : null}
          </Flex>
        </Box>
      ))}
    </Box>
  );
};

const FixLink = ({ source }: { source: FindingSource }) => {
  const t = useT();
  const defaultMessage = FIX_LABELS[source.type] ?? 'Fix in the Content Manager';
  return (
    <Link tag={RouterLink} to={entryEditPath(source.type, source.documentId, source.locale)} data-fix-type={source.type}>
      {t(FIX_LABELS[source.type] ? `checklist.fix.${source.type}` : 'checklist.fix', defaultMessage)}
    </Link>
  );
};
