import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { isSharedEntryType } from '../../../server/src/mapping/entry-usage';
import type { SiteRef } from '../api';
import { useSiteNames } from '../hooks/useSiteNames';
import { useT } from '../hooks/useT';
import { useEntrySites } from '../queries';
import { entryTypeOf, readFixParams } from '../utils/fixLinks';
import { useFieldHighlight } from './useFieldHighlight';

/** What the Content Manager gives an edit view side panel (`@strapi/content-manager`'s `PanelComponentProps`). */
interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } & Record<string, unknown>;
}

/** One sentence naming the sites whose pages an entry feeds. */
export const UsedBy = ({ sites }: { sites: SiteRef[] }) => {
  const t = useT();
  const siteNames = useSiteNames();
  return (
    <Typography variant="pi" textColor="neutral700" data-used-by={sites.length}>
      {t(
        'usedBy',
        '{count, plural, one {This entry feeds the pages of the site {names}: saving it changes them.} other {Used by # sites: {names}. Saving it changes all their pages.}}',
        { count: sites.length, names: siteNames(sites) }
      )}
    </Typography>
  );
};

const PanelContent = ({ returnTo, sites }: { returnTo?: string; sites: SiteRef[] }) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {sites.length ? <UsedBy sites={sites} /> : null}
      {returnTo ? (
        <LinkButton tag={RouterLink} to={returnTo} variant="secondary" startIcon={<ArrowLeft />} fullWidth>
          {t('cmPanel.back', 'Back to the composer')}
        </LinkButton>
      ) : null}
    </Flex>
  );
};

/**
 * The plugin's panel in the Content Manager's edit view of its entries: opened from the composer, it marks the field
 * to fix and leads back in one click; on an entry other sites share, it says whose pages saving it changes.
 */
export const LegalPagesPanel = ({ model, documentId, document }: PanelProps) => {
  const t = useT();
  const { search } = useLocation();
  // Read when the entry opens: the edit view may rewrite its query (the locale), the way back stays.
  const [opened, setOpened] = useState(() => ({ documentId, params: readFixParams(search) }));
  if (opened.documentId !== documentId) setOpened({ documentId, params: readFixParams(search) });
  const { params } = opened;
  const type = entryTypeOf(model);
  const shared = type && isSharedEntryType(type) ? type : undefined;
  const usage = useEntrySites(shared, documentId, document?.locale ?? undefined);
  useFieldHighlight(type ? params.field : undefined);

  const sites = usage.data?.sites ?? [];
  if (!type || (!params.returnTo && sites.length < 2)) return null;
  return { title: t('plugin.name', 'Legal pages'), content: <PanelContent returnTo={params.returnTo} sites={sites} /> };
};
