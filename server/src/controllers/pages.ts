import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import type { Context } from 'koa';
import { PAGE_KINDS, type PageKind } from '../core';
import { PLUGIN_ID } from '../plugin-id';
import { assertChoices, type PageChoicesInput } from '../services/page-choices';

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

const sectionIds = yup.array().of(yup.string().required().max(100)).max(50).nullable();

const choicesSchema = yup
  .object({
    title: yup.string().max(200).nullable(),
    sectionOrder: sectionIds,
    hiddenSections: sectionIds,
    customSections: yup
      .array()
      .of(
        yup
          .object({
            id: yup.string().required().max(60),
            title: yup.string().required().max(200),
            body: yup.string().required().max(20000),
            after: yup.string().max(100),
          })
          .noUnknown(true, '${path} has an unknown field "${unknown}"')
      )
      .max(30)
      .nullable(),
    effectiveDelayDays: yup.number().integer().min(0).max(365).nullable(),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

const pageParams = (ctx: Context) => {
  const { documentId, kind, locale } = ctx.params as Record<string, string>;
  if (!(PAGE_KINDS as readonly string[]).includes(kind)) throw new errors.NotFoundError(`Unknown page kind "${kind}": use one of ${PAGE_KINDS.join(', ')}`);
  return { siteDocumentId: documentId, kind: kind as PageKind, locale };
};

const pagesController = ({ strapi }: { strapi: Core.Strapi }) => {
  const publishing = () => strapi.plugin(PLUGIN_ID).service('publishing');
  const service = (name: string) => strapi.plugin(PLUGIN_ID).service(name);

  return {
    async preview(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      ctx.body = { data: await publishing().preview(siteDocumentId, kind, locale) };
    },

    /** The preview of choices the editor has not saved: nothing is written. */
    async previewDraft(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      const choices = (await validateYupSchema(choicesSchema)(ctx.request.body ?? {})) as PageChoicesInput;
      assertChoices(kind, choices);
      ctx.body = { data: await publishing().preview(siteDocumentId, kind, locale, choices) };
    },

    async getChoices(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      ctx.body = { data: await service('page-choices').get(siteDocumentId, kind, locale) };
    },

    async saveChoices(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      const choices = await validateYupSchema(choicesSchema)(ctx.request.body ?? {});
      ctx.body = { data: await service('page-choices').save(siteDocumentId, kind, locale, choices) };
    },

    async status(ctx: Context) {
      ctx.body = { data: await service('page-status').list() };
    },

    async register(ctx: Context) {
      const format = ctx.query.format ?? 'json';
      if (format !== 'json' && format !== 'csv') throw new errors.ValidationError('format must be json or csv');
      const rows = await service('register').rows();
      if (format === 'csv') {
        ctx.type = 'text/csv; charset=utf-8';
        ctx.attachment('processing-register.csv');
        ctx.body = service('register').toCsv(rows);
        return;
      }
      ctx.body = { data: rows };
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
