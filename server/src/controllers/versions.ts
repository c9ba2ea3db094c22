import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '../strapi-utils';
import { parseFormat } from '../public/params';
import { versionList } from '../public/describe';
import { FORMATS } from '../public/shape';
import { jsonEnvelope } from '../public/representation';
import { getService } from '../services/get-service';
import { pageParams, versionNumberParam, versionsAtParam } from '../validation/pages';
import type { VersionsResponse } from '../../../shared/contracts/versions';

/**
 * The history page's reads: a page's versions and one version's body, as the public routes answer them but behind the
 * plugin's Read permission, so the history keeps working when an administrator revokes the Public role's access.
 * Versions are published records: there is no draft to hide, and nothing is cached for visitors here.
 */
const versionsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const pages = () => getService(strapi, 'public-pages');
  const address = (ctx: Context) => {
    const { siteDocumentId, kind, locale } = pageParams(ctx);
    return pages().addressOf(siteDocumentId, kind, locale);
  };

  return {
    /**
     * `GET …/versions?at=YYYY-MM-DD`: every version, newest first, the one in force now marked, or the one in force at
     * the end of the `at` day (UTC) as the public `?at=` reads it, for the DPO's "in force on" question.
     */
    async list(ctx: Context) {
      const at = versionsAtParam(ctx);
      const page = await address(ctx);
      const list = await pages().list(page);
      if (list.length === 0) throw new errors.NotFoundError('This page has not been published');
      const answer = versionList(page, list, at?.time);
      ctx.set('Cache-Control', 'no-store');
      // Without `at`, the very answer of the public list.
      ctx.body = (at ? { data: answer.data, meta: { ...answer.meta, at: at.day } } : answer) satisfies VersionsResponse;
    },

    /** `GET …/versions/:number?format=json|html|markdown|text`: one version, as the public route would send it. */
    async one(ctx: Context) {
      const format = parseFormat(typeof ctx.query.format === 'string' ? ctx.query.format : undefined);
      const number = versionNumberParam(ctx);
      const page = await address(ctx);
      const version = await pages().byNumber(page, number);
      if (!version) throw new errors.NotFoundError(`This page has no version ${number}`);
      const envelope = format === 'json' ? jsonEnvelope(page, version) : undefined;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = FORMATS[format];
      ctx.body = await pages().representation(version.id, format, 'identity', envelope);
    },
  };
};

export default versionsController;
