/** What every admin route shares: the page kinds and the address of one page. */
export { PAGE_KINDS, type PageKind } from '../../server/src/core/input/types';

/** `/sites/:documentId/pages/:kind/:locale`: one page of one site in one locale. */
export interface PageRef {
  documentId: string;
  kind: string;
  locale: string;
}

/** Strapi's envelope of an admin answer. */
export interface DataResponse<T> {
  data: T;
}
