/**
 * The history's routes: `GET /sites/:documentId/pages/:kind/:locale/versions?at=` and `…/versions/:number?format=`.
 * They answer what the public routes answer for the same page, for the admin's reader whatever the Public role may do.
 */
import type { Format } from '../../server/src/public/shape';
import type { PublicVersionsResponse } from '../../server/src/public-types';

export type { Format, PublicPageResponse as VersionResponse, PublicVersionListItem as VersionListItem } from '../../server/src/public-types';

/** The query of `…/versions`. */
export interface VersionsQuery {
  /** `YYYY-MM-DD`: `inForce` marks the version in force at the end of that day (UTC), as the public `?at=` reads it. */
  at?: string;
}

/** `GET …/versions`: the public list; with `at`, `meta.at` repeats the day `inForce` was worked out for. */
export interface VersionsResponse {
  data: PublicVersionsResponse['data'];
  meta: PublicVersionsResponse['meta'] & { at?: string };
}

/** The query of `…/versions/:number`: `json` (the default) answers a `VersionResponse`, the others the text. */
export interface VersionQuery {
  format?: Format;
}
