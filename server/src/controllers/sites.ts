import type { Core } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import type { Context } from 'koa';
import { uid } from '../plugin-id';
import { getService } from '../services/get-service';
import { parseNewSite, parseRetire } from '../validation/sites';
import type { DataResponse } from '../../../shared/contracts/common';
import type { EntryRef, NewSite, NewSiteRequest, SiteSetupOptions } from '../../../shared/contracts/sites';

const CREATE = 'plugin::content-manager.explorer.create';
const TYPE_NAMES = { site: 'Legal · Site', organisation: 'Legal · Organisation', 'dpo-contact': 'Legal · DPO contact' } as const;
const isNew = (ref: EntryRef | null | undefined) => Boolean(ref && 'data' in ref);

/**
 * The wizard writes what the Content Manager would: whoever lacks its "Create" permission on one of the types the
 * request creates gets a 403 naming them, as they would in the Content Manager.
 */
const assertMayCreate = (ctx: Context, request: NewSiteRequest) => {
  const types = [
    'site' as const,
    ...([request.controller, request.publisher, request.host].some(isNew) ? (['organisation'] as const) : []),
    ...(isNew(request.dpo) ? (['dpo-contact'] as const) : []),
  ];
  const ability = ctx.state.userAbility as { can: (action: string, subject: string) => boolean } | undefined;
  const refused = types.filter((type) => !ability?.can(CREATE, uid(type)));
  if (refused.length) {
    // A PolicyError is the 403 whose message Strapi passes on to the caller; other ForbiddenErrors become a bare "Forbidden".
    throw new errors.PolicyError(`Creating this site needs the Content Manager's "Create" permission on ${refused.map((type) => TYPE_NAMES[type]).join(', ')}`);
  }
};

const service = (strapi: Core.Strapi) => getService(strapi, 'site-setup');

const sites = ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(ctx: Context) {
    ctx.body = { data: await service(strapi).options() } satisfies DataResponse<SiteSetupOptions>;
  },

  /** From `retiredAt` (now by default) none of the site's pages is in force; its archive stays readable. */
  async retire(ctx: Context) {
    const body = await parseRetire(ctx.request.body);
    ctx.body = {
      data: await getService(strapi, 'publishing').retire({
        siteDocumentId: String(ctx.params.documentId),
        retiredAt: body.retiredAt ? new Date(body.retiredAt) : undefined,
        reason: body.reason,
        userId: ctx.state.user?.id,
      }),
    };
  },

  async create(ctx: Context) {
    const request = await parseNewSite(ctx.request.body);
    assertMayCreate(ctx, request);
    ctx.status = 201;
    ctx.body = { data: await service(strapi).create(request) } satisfies DataResponse<NewSite>;
  },
});

export default sites;
