import { Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../hooks/useT';

/**
 * The overview's query last shown (search, filters, page). Kept in memory for the admin's session: coming back from
 * a composer finds the same list, whatever was opened in between.
 */
let lastOverviewQuery = '';

export const rememberOverviewQuery = (query: string) => {
  lastOverviewQuery = query;
};

export const overviewPath = () => `/plugins/${PLUGIN_ID}${lastOverviewQuery ? `?${lastOverviewQuery}` : ''}`;

/**
 * The composer's way back: to the overview as it was left, not one step back in the browser's history, which after
 * the wizard is the wizard again and after a fix in the Content Manager is the Content Manager. Drawn as Strapi's
 * own back link.
 */
export const BackToOverview = () => {
  const t = useT();
  return (
    <Link tag={NavLink} to={overviewPath()} startIcon={<ArrowLeft />}>
      {t('common.back', 'Back')}
    </Link>
  );
};
