import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../services/get-service';
import { parseStarterApply, parseStarterList } from '../validation/starter-library';
import type { DataResponse } from '../../../shared/contracts/common';
import type { StarterLibraryItem, StarterReport } from '../../../shared/contracts/starter-library';

const service = (strapi: Core.Strapi) => getService(strapi, 'starter-library');

const starterLibrary = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const { locale, kind } = await parseStarterList(ctx.query);
    ctx.body = { data: service(strapi).list(locale ?? 'en', kind) } satisfies DataResponse<StarterLibraryItem[]>;
  },

  async apply(ctx: Context) {
    const { keys } = await parseStarterApply(ctx.request.body);
    ctx.body = { data: await service(strapi).apply(ctx.params.documentId, keys) } satisfies DataResponse<StarterReport>;
  },
});

export default starterLibrary;
