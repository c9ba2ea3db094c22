import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../services/get-service';
import { entryParams, parseUsageQuery } from '../validation/entries';
import type { DataResponse } from '../../../shared/contracts/common';
import type { EntryUsage } from '../../../shared/contracts/entries';

const entriesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The sites whose pages an entry feeds. */
  async sites(ctx: Context) {
    const { type, documentId } = entryParams(ctx);
    const { locale } = await parseUsageQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'entry-usage').sitesOf(type, documentId, locale) } satisfies DataResponse<EntryUsage>;
  },
});

export default entriesController;
