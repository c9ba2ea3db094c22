import { Badge, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { entryEditPath, type Finding, type FindingSource, type Problem } from '../api';
import { FIX_LABELS } from '../utils/labels';
import { entryDisplayName } from '../utils/entryName';
import { composerField } from '../utils/fixLinks';
import { useT } from '../hooks/useT';
import { getTranslation } from '../utils/translations';

interface Props {
  findings: Finding[];
  problems: Problem[];
  /** Without links: inside the publish dialog. */
  compact?: boolean;
  /** The composer's path, for the Content Manager's way back. */
  returnTo?: string;
}

/** The compliance checklist: errors first, each with its message in the admin's language and where to fix it. */
export const Checklist = ({ findings, problems, compact = false, returnTo }: Props) => {
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
            <Where path={item.path} source={item.source} lang={lang} />
            {!compact && item.source ? <FixLink source={item.source} returnTo={returnTo} /> : null}
            {!compact && !item.source && composerField(item.path) ? <ComposerFieldButton field={composerField(item.path)!} /> : null}
          </Flex>
        </Box>
      ))}
    </Box>
  );
};

/**
 * Where the fact is, in plain words: "Courriel de « DPO de la Région »". The input path stays for those who know it,
 * shown only when the finding names no field.
 */
const Where = ({ path, source, lang }: { path: string; source?: FindingSource | null; lang: 'en' | 'fr' }) => {
  const { formatMessage } = useIntl();
  const field = source?.fieldLabel?.[lang];
  const entry = source ? entryDisplayName(source, lang) : undefined;
  const words =
    field && entry
      ? formatMessage({ id: getTranslation('checklist.where'), defaultMessage: '{field} of “{entry}”' }, { field, entry })
      : field ?? (entry ? formatMessage({ id: getTranslation('checklist.where.entry'), defaultMessage: 'In “{entry}”' }, { entry }) : undefined);
  if (!words && !path) return null;
  return (
    <Typography variant="pi" textColor="neutral600" data-finding-path={path || undefined} title={words ? path : undefined}>
      {words ?? <code>{path}</code>}
    </Typography>
  );
};

/** The entry's edit view, opened at the field that holds the fact, with the way back to this composer. */
const FixLink = ({ source, returnTo }: { source: FindingSource; returnTo?: string }) => {
  const t = useT();
  const defaultMessage = FIX_LABELS[source.type] ?? 'Fix in the Content Manager';
  return (
    <Link
      tag={RouterLink}
      to={entryEditPath({ type: source.type, documentId: source.documentId, locale: source.locale, field: source.field, returnTo })}
      data-fix-type={source.type}
      data-fix-field={source.field}
    >
      {t(FIX_LABELS[source.type] ? `checklist.fix.${source.type}` : 'checklist.fix', defaultMessage)}
    </Link>
  );
};

/** A fact the page itself holds (its notice period) is fixed here: the button brings the editor to its input. */
const ComposerFieldButton = ({ field }: { field: string }) => {
  const t = useT();
  const focus = () => {
    const input = document.querySelector<HTMLElement>(`main [name="${CSS.escape(field)}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  };
  return (
    <Button variant="tertiary" size="S" onClick={focus} data-composer-field={field}>
      {t('checklist.fixHere', 'Set it here')}
    </Button>
  );
};
