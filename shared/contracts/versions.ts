/**
 * The history's routes: `GET /sites/:documentId/pages/:kind/:locale/versions` and `…/versions/:number?format=`.
 * They answer what the public routes answer for the same page, for the admin's reader whatever the Public role may do.
 */
import type { Format } from '../../server/src/public/shape';

export type {
  Format,
  PublicPageResponse as VersionResponse,
  PublicVersionListItem as VersionListItem,
  PublicVersionsResponse as VersionsResponse,
} from '../../server/src/public-types';

/** The query of `…/versions/:number`: `json` (the default) answers a `VersionResponse`, the others the text. */
export interface VersionQuery {
  format?: Format;
}
