import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';

const info = ({ strapi }: { strapi: Core.Strapi }) => ({
  get(ctx: { body: unknown }) {
    ctx.body = { data: strapi.plugin(PLUGIN_ID).service('info').get() };
  },
});

export default info;
