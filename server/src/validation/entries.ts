import type { Context } from 'koa';
import { errors, validateYupSchema, yup } from '../strapi-utils';
import { isSharedEntryType, USAGE_PATHS, type SharedEntryType } from '../mapping/entry-usage';

/** The request of `GET /entries/:type/:documentId/sites` (controllers/entries.ts). */

const usageQuerySchema = yup
  .object({
    locale: yup.string().typeError('${path} must be given once').max(20),
  })
  .noUnknown(true, '${path} has an unknown parameter "${unknown}"');

/** `:type/:documentId`: a type no site shares (or no type of the plugin) is a 404, as an unknown entry would be. */
export const entryParams = (ctx: Context): { type: SharedEntryType; documentId: string } => {
  const { type, documentId } = ctx.params as Record<string, string>;
  if (!isSharedEntryType(type)) throw new errors.NotFoundError(`Unknown entry type "${type}": use one of ${Object.keys(USAGE_PATHS).join(', ')}`);
  return { type, documentId };
};

/** `?locale=`: the locale the sites are named in, where they have one. */
export const parseUsageQuery = async (query: unknown) => (await validateYupSchema(usageQuerySchema)(query ?? {})) as { locale?: string };
