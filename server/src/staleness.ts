import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './plugin-id';

const PREFIX = `plugin::${PLUGIN_ID}.`;
/** The Document Service actions that change an entry; the plugin's types have no draft and publish. */
const WRITES = new Set(['create', 'update', 'delete', 'clone']);

/**
 * Records which pages a write may have changed, when it happens, so the overview never recomposes on read: every
 * write to one of the plugin's entries, whatever its origin (Content Manager, REST, the wizard, the starter library),
 * marks the pages of the sites that entry reaches (services/page-states.ts) for a background check. A delete is
 * resolved before it runs (its relations are gone after); a create or update after, once the entry exists.
 *
 * It over-approximates (a security measure reaches its sites though no page prints it): the check then finds the same
 * hash and shows nothing pending. It misses writes that bypass the Document Service (raw SQL, the Query Engine):
 * the plugin's own Query Engine writes (page choices, publications) mark their pages themselves.
 */
export const registerStaleness = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith(PREFIX) || !WRITES.has(context.action)) return next();
    const states = strapi.plugin(PLUGIN_ID).service('page-states');
    if (!states.tracks(context.uid)) return next();
    const params = context.params as { documentId?: string };
    const before: string[] = context.action === 'delete' && params.documentId ? await states.affectedSites(context.uid, [params.documentId]) : [];
    const result = await next();
    try {
      const documentId = context.action === 'delete' ? undefined : ((result as { documentId?: string } | null)?.documentId ?? params.documentId);
      const after: string[] = documentId ? await states.affectedSites(context.uid, [documentId]) : [];
      await states.markSites([...before, ...after]);
    } catch (error) {
      // The write is done: refusing it now would tell the editor it failed. The overview may show an old state.
      strapi.log.error(`[${PLUGIN_ID}] marking the pages changed by a ${context.action} of ${context.uid} failed: ${String(error)}`);
    }
    return result;
  });
};
