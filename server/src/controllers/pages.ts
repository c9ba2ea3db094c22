import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '../strapi-utils';
import type { Context } from 'koa';
import type { PluginConfig } from '../config';
import { hasLocalePack, PAGE_KINDS, type PageKind } from '../core';
import { PLUGIN_ID } from '../plugin-id';
import { parseNumber } from '../public-params';
import { isoDateTime } from '../validation/dates';
import { parseOverviewQuery } from '../validation/overview-query';
import { assertChoices, type PageChoicesInput } from '../services/page-choices';

const CLOCK_SKEW_MS = 60_000;

const publishSchema = yup
  .object({
    effectiveAt: isoDateTime()
      .test('not-past', '${path} must be now or later', (value) => !value || Number.isNaN(Date.parse(value)) || Date.parse(value) >= Date.now() - CLOCK_SKEW_MS),
    changeSummary: yup.string().max(2000),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

const withdrawSchema = yup
  .object({
    reason: yup.string().trim().required('${path} is required: say why the version is withdrawn').min(3).max(2000),
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
    introduction: yup.string().max(5000).nullable(),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

/** A query parameter given once, among `values`; a repeated one is refused as such, not also as an unknown value. */
const oneQueryValue = (values: string[], message: string) =>
  yup
    .string()
    .typeError('${path} must be given once')
    .test('one-of', message, (value) => typeof value !== 'string' || values.includes(value));

const REGISTER_FORMATS = ['json', 'csv', 'xlsx'] as const;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The register is exported in one of the plugin's locales, which have a locale pack for its fixed words. */
const registerQuerySchema = (locales: string[]) =>
  yup.object({
    format: oneQueryValue([...REGISTER_FORMATS], `\${path} must be one of ${REGISTER_FORMATS.join(', ')}`),
    locale: oneQueryValue(locales, `\${path} must be one of the plugin's locales: ${locales.join(', ')}`),
  });

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

    /** The overview: `search`, `state`, `locale`, `page`, `pageSize` (validation/overview-query.ts). */
    async status(ctx: Context) {
      const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
      ctx.body = await service('page-status').list(await parseOverviewQuery(ctx.query, config.locales));
    },

    /** The record of processing activities in one language (`locale`, by default `defaultLocale`) as JSON, CSV or XLSX. */
    async register(ctx: Context) {
      const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
      const query = (await validateYupSchema(registerQuerySchema(config.locales.filter(hasLocalePack)))(ctx.query)) as {
        format?: (typeof REGISTER_FORMATS)[number];
        locale?: string;
      };
      const register = await service('register').build(query.locale ?? config.defaultLocale);
      if (query.format === 'csv' || query.format === 'xlsx') {
        ctx.attachment(`processing-register-${register.locale}.${query.format}`);
        ctx.type = query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE;
        ctx.body = query.format === 'csv' ? service('register').toCsv(register) : await service('register').toXlsx(register);
        return;
      }
      const { activities, ...meta } = register;
      ctx.body = { data: activities, meta };
    },

    async withdraw(ctx: Context) {
      const page = pageParams(ctx);
      const number = parseNumber(String(ctx.params.number));
      const body = (await validateYupSchema(withdrawSchema)(ctx.request.body ?? {})) as { reason: string };
      ctx.body = { data: await publishing().withdraw({ ...page, number, reason: body.reason, userId: ctx.state.user?.id }) };
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
