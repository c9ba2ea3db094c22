/** The document tree as JSON, for frontends that render it in their own design. */
import type { LegalDocument } from '../tree';

export const renderJson = (doc: LegalDocument, options: { pretty?: boolean } = {}): string =>
  JSON.stringify(doc, null, options.pretty ? 2 : undefined);
