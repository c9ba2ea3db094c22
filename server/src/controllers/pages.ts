import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import type { Context } from 'koa';
import { PAGE_KINDS, type PageKind } from '../core';
import { PLUGIN_ID } from '../plugin-id';

const CLOCK_SKEW_MS = 60_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

const publishSchema = yup
  .object({
    effectiveAt: yup
      .string()
      .test('iso', '${path} must be a date or date-time written in ISO 8601', (value) => !value || (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))))
      .test('not-past', '${path} must be now or later', (value) => !value || Number.isNaN(Date.parse(value)) || Date.parse(value) >= Date.now() - CLOCK_SKEW_MS),
    changeSummary: yup.string().max(2000),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

const pageParams = (ctx: Context) => {
  const { documentId, kind, locale } = ctx.params as Record<string, string>;
  if (!(PAGE_KINDS as readonly string[]).includes(kind)) throw new errors.NotFoundError(`Unknown page kind "${kind}": use one of ${PAGE_KINDS.join(', ')}`);
  return { siteDocumentId: documentId, kind: kind as PageKind, locale };
};

const pagesController = ({ strapi }: { strapi: Core.Strapi }) => {
  const publishing = () => strapi.plugin(PLUGIN_ID).service('publishing');

  return {
    async preview(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      ctx.body = { data: await publishing().preview(siteDocumentId, kind, locale) };
    },

    async publish(ctx: Context) {
      const page = pageParams(ctx);
      const body = (await validateYupSchema(publishSchema)(ctx.request.body ?? {})) as { effectiveAt?: string; changeSummary?: string };
      const version = await publishing().publish({
        ...page,
        changeSummary: body.changeSummary,
        effectiveAt: body.effectiveAt ? new Date(body.effectiveAt) : undefined,
        userId: ctx.state.user?.id,
      });
      ctx.status = 201;
      ctx.body = { data: version };
    },
  };
};

export default pagesController;
