import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { siteEditPath, type Finding, type Problem } from '../api';
import { getTranslation } from '../utils/translations';

interface Props {
  findings: Finding[];
  problems: Problem[];
  documentId: string;
  locale: string;
  /** Without links: inside the publish dialog. */
  compact?: boolean;
}

/** Paths into the composed input that come from the editor's page choices rather than from the site's data. */
const isPageChoice = (path: string) => /^\/(page|kind|locale|effectiveDate|lastUpdated)(\/|$)/.test(path);

/** The compliance checklist: errors first, each with its message in the admin's language and where to fix it. */
export const Checklist = ({ findings, problems, documentId, locale, compact = false }: Props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = uiLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const items = [
    ...problems.map((p) => ({ key: `problem:${p.path}:${p.message}`, severity: 'error' as const, message: `${p.path || '/'} ${p.message}`, path: p.path })),
    ...findings.map((f, i) => ({ key: `${f.code}:${f.path}:${i}`, severity: f.severity, message: f.message[lang], path: f.path })),
  ];

  if (items.length === 0) {
    return (
      <Box padding={4} background="success100" hasRadius>
        <Typography textColor="success700">{formatMessage({ id: getTranslation('checklist.clear'), defaultMessage: 'No finding: the page meets every check.' })}</Typography>
      </Box>
    );
  }

  return (
    <Box tag="ul" aria-label={formatMessage({ id: getTranslation('checklist.title'), defaultMessage: 'Compliance checklist' })}>
      {items.map((item) => (
        <Box tag="li" key={item.key} padding={3} marginBottom={2} background="neutral0" borderColor={item.severity === 'error' ? 'danger200' : 'warning200'} hasRadius>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Badge variant={item.severity === 'error' ? 'danger' : 'warning'}>
              {item.severity === 'error'
                ? formatMessage({ id: getTranslation('severity.error'), defaultMessage: 'Error' })
                : formatMessage({ id: getTranslation('severity.warning'), defaultMessage: 'Warning' })}
            </Badge>
            <Typography>{item.message}</Typography>
            {item.path ? (
              <Typography variant="pi" textColor="neutral600">
                <code>{item.path}</code>
              </Typography>
            ) : null}
            {!compact && !isPageChoice(item.path) ? (
              <Link tag={RouterLink} to={siteEditPath(documentId, locale)}>
                {formatMessage({ id: getTranslation('checklist.fix'), defaultMessage: 'Fix in the Content Manager' })}
              </Link>
            ) : null}
          </Flex>
        </Box>
      ))}
    </Box>
  );
};
