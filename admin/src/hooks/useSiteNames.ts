import { useCallback } from 'react';
import type { SiteRef } from '../api';
import { siteNameList } from '../utils/siteNames';
import { useT } from './useT';

/** "A, B, C", or "A, B, C, D, E and 3 others" in the admin's language. */
export const useSiteNames = () => {
  const t = useT();
  return useCallback(
    (sites: readonly SiteRef[]) => {
      const { names, more } = siteNameList(sites);
      const shown = names.join(', ');
      return more ? t('sites.andMore', '{names} and {count, plural, one {# other} other {# others}}', { names: shown, count: more }) : shown;
    },
    [t]
  );
};
