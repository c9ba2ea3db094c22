/** `GET /pages`: the overview of every site's pages, from their last check. */
import type { buildOverview, OverviewPage, OverviewQuery as ServerOverviewQuery, OverviewRow, PageState, PageStateOrChecking } from '../../server/src/core/overview';

export { PAGE_STATES } from '../../server/src/core/overview';
export type { FirstFinding } from '../../server/src/core/overview';
export type { OverviewPage, OverviewRow, PageState, PageStateOrChecking };

/** The query string; the server fills in the first page and the default page size. */
export type OverviewQuery = Partial<ServerOverviewQuery>;

export interface OverviewResponse {
  data: OverviewRow[];
  meta: ReturnType<typeof buildOverview>['meta'] & {
    /** The plugin's configured locales, for the locale filter. */
    locales: string[];
  };
}
