import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { parseOverviewQuery } from '../validation/overview-query';
import { pageParams, parseChoices, parsePublish, parseRegisterQuery, parseWithdraw, versionNumberParam } from '../validation/pages';
import { assertChoices } from '../services/page-choices';
import { getService } from '../services/get-service';
import type { DataResponse } from '../../../shared/contracts/common';
import type { ChoicesResponse, Preview, VersionSummary } from '../../../shared/contracts/pages';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pagesController = ({ strapi }: { strapi: Core.Strapi }) => {
  const publishing = () => getService(strapi, 'publishing');
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

  return {
    async preview(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      ctx.body = { data: await publishing().preview(siteDocumentId, kind, locale) } satisfies DataResponse<Preview>;
    },

    /** The preview of choices the editor has not saved: nothing is written. */
    async previewDraft(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      const choices = await parseChoices(ctx.request.body);
      assertChoices(kind, choices);
      ctx.body = { data: await publishing().preview(siteDocumentId, kind, locale, choices) } satisfies DataResponse<Preview>;
    },

    async getChoices(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      ctx.body = { data: await getService(strapi, 'page-choices').get(siteDocumentId, kind, locale) } satisfies DataResponse<ChoicesResponse>;
    },

    async saveChoices(ctx: Context) {
      const { siteDocumentId, kind, locale } = pageParams(ctx);
      const choices = await parseChoices(ctx.request.body);
      ctx.body = { data: await getService(strapi, 'page-choices').save(siteDocumentId, kind, locale, choices) } satisfies DataResponse<ChoicesResponse>;
    },

    /** The overview: `search`, `state`, `locale`, `page`, `pageSize` (validation/overview-query.ts). */
    async status(ctx: Context) {
      ctx.body = await getService(strapi, 'page-status').list(await parseOverviewQuery(ctx.query, config().locales));
    },

    /** The record of processing activities in one language (`locale`, by default `defaultLocale`) as JSON, CSV or XLSX. */
    async register(ctx: Context) {
      const query = await parseRegisterQuery(ctx.query, config().locales);
      const registers = getService(strapi, 'register');
      const register = await registers.build(query.locale ?? config().defaultLocale);
      if (query.format === 'csv' || query.format === 'xlsx') {
        ctx.attachment(`processing-register-${register.locale}.${query.format}`);
        ctx.type = query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE;
        ctx.body = query.format === 'csv' ? registers.toCsv(register) : await registers.toXlsx(register);
        return;
      }
      const { activities, ...meta } = register;
      ctx.body = { data: activities, meta };
    },

    async withdraw(ctx: Context) {
      const page = pageParams(ctx);
      const number = versionNumberParam(ctx);
      const body = await parseWithdraw(ctx.request.body);
      ctx.body = { data: await publishing().withdraw({ ...page, number, reason: body.reason, userId: ctx.state.user?.id }) } satisfies DataResponse<VersionSummary>;
    },

    async publish(ctx: Context) {
      const page = pageParams(ctx);
      const body = await parsePublish(ctx.request.body);
      const version = await publishing().publish({
        ...page,
        changeSummary: body.changeSummary,
        effectiveAt: body.effectiveAt ? new Date(body.effectiveAt) : undefined,
        effectiveInDays: body.effectiveInDays,
        userId: ctx.state.user?.id,
      });
      ctx.status = 201;
      ctx.body = { data: version } satisfies DataResponse<VersionSummary>;
    },
  };
};

export default pagesController;
