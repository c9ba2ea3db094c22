import { Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { entryEditPath, type SectionSource } from '../api';
import { helpLang } from '../../../server/src/content-manager/field-help';
import { useSiteNames } from '../hooks/useSiteNames';
import { useT } from '../hooks/useT';
import { entryDisplayName } from '../utils/entryName';
import { FIX_LABELS } from '../utils/labels';

/**
 * The entries one section of the preview is composed from, each a link to its edit view (at the field that holds the
 * section, where one does) with the way back here; an entry other sites share says so, since editing it changes
 * their pages too.
 */
/** Sections with more entries than this list them on request. */
const FOLDED_ABOVE = 1;

export const SectionSources = ({ sources, returnTo, sectionTitle }: { sources: SectionSource[]; returnTo: string; sectionTitle: string }) => {
  const t = useT();
  const siteNames = useSiteNames();
  const { locale } = useIntl();
  const lang = helpLang(locale);
  // A long list is folded: the section list stays short enough to drag a section across it.
  const [expanded, setExpanded] = useState(sources.length <= FOLDED_ABOVE);
  if (!expanded) {
    return (
      <Button variant="ghost" size="S" onClick={() => setExpanded(true)} aria-expanded={false}>
        {t('sources.show', 'Show the {count} entries it comes from', { count: sources.length })}
      </Button>
    );
  }
  return (
    <Box tag="ul" aria-label={t('sources.label', 'Where “{title}” comes from', { title: sectionTitle })}>
      {sources.map((source) => {
        const name = entryDisplayName(source, lang);
        const label = name
          ? t('sources.edit', 'Edit “{entry}”', { entry: name })
          : t(FIX_LABELS[source.type] ? `checklist.fix.${source.type}` : 'checklist.fix', FIX_LABELS[source.type] ?? 'Fix in the Content Manager');
        return (
          <Box tag="li" key={`${source.type}:${source.documentId}:${source.field ?? ''}`} paddingTop={1}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Link
                tag={RouterLink}
                to={entryEditPath({ type: source.type, documentId: source.documentId, locale: source.locale, field: source.field, returnTo })}
                data-source-type={source.type}
                // The section around it is dragged to reorder: a drag that starts on the link moves the section.
                draggable={false}
              >
                {label}
              </Link>
              {source.usedBy ? (
                <Typography variant="pi" textColor="warning700" data-used-by={source.usedBy.length}>
                  {t('sources.shared', 'Shared by {count} sites: {names}. Editing it changes all their pages.', {
                    count: source.usedBy.length,
                    names: siteNames(source.usedBy),
                  })}
                </Typography>
              ) : null}
            </Flex>
          </Box>
        );
      })}
    </Box>
  );
};
