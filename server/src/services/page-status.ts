import type { Core, UID } from '@strapi/strapi';
import { PAGE_KINDS } from '../core';
import { buildOverview, type OverviewQuery, type StoredPageState } from '../core/overview';
import type { PluginConfig } from '../config';
import { PLUGIN_ID, uid } from '../plugin-id';
import { ENGINE } from './page-states';
import type { OverviewResponse } from '../../../shared/contracts/overview';

const STATE = uid('page-state') as UID.ContentType;

const STORED_FIELDS = [
  'siteDocumentId',
  'kind',
  'locale',
  'stale',
  'computedAt',
  'engine',
  'versionNumber',
  'versionEffectiveAt',
  'versionHash',
  'composedHash',
  'problemCount',
  'errorCount',
  'warningCount',
  'firstFinding',
] as const;

/**
 * The editor's overview: every site with its pages' states, read from the stored page states (two queries, whatever
 * the number of pages), never recomposed here. Pages still being checked say so (`checking`); this starts the check
 * if no process runs it (a write from a process that stopped before checking, a fresh install).
 */
const pageStatus = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: OverviewQuery): Promise<OverviewResponse> {
    const states = strapi.plugin(PLUGIN_ID).service('page-states');
    const [sites, rows] = await Promise.all([
      states.sites(),
      strapi.db.query(STATE).findMany({ select: [...STORED_FIELDS] }) as Promise<StoredPageState[]>,
    ]);
    const overview = buildOverview({ sites, rows, kinds: PAGE_KINDS, query, now: Date.now(), engine: ENGINE });
    if (overview.meta.checking > 0) void states.kick();
    const { locales } = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
    return { data: overview.data, meta: { ...overview.meta, locales } };
  },
});

export default pageStatus;
