import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '../strapi-utils';
import type { Context } from 'koa';
import { ORGANISATION_KINDS } from '../core';
import { PLUGIN_ID } from '../plugin-id';
import { starterKeys } from '../services/starter-library';

const known = new Set(starterKeys());

const applySchema = yup
  .object({
    keys: yup
      .array()
      .of(
        yup
          .string()
          .required()
          .test('known', '${path} "${value}" is not an item of the starter library', (value) => !value || known.has(value))
      )
      .min(1),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

const listSchema = yup
  .object({
    locale: yup.string().matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, '${path} must be a locale code'),
    kind: yup.string().oneOf([...ORGANISATION_KINDS], `\${path} must be one of: ${ORGANISATION_KINDS.join(', ')}`),
  });

const service = (strapi: Core.Strapi) => strapi.plugin(PLUGIN_ID).service('starter-library');

const starterLibrary = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const { locale, kind } = (await validateYupSchema(listSchema)(ctx.query)) as { locale?: string; kind?: string };
    ctx.body = { data: service(strapi).list(locale ?? 'en', kind) };
  },

  async apply(ctx: Context) {
    const { keys } = (await validateYupSchema(applySchema)(ctx.request.body ?? {})) as { keys?: string[] };
    ctx.body = { data: await service(strapi).apply(ctx.params.documentId, keys) };
  },
});

export default starterLibrary;
