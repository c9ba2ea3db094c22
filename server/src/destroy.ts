import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './plugin-id';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.plugin(PLUGIN_ID).service('in-force-clock').stop();
  strapi.plugin(PLUGIN_ID)?.service('public-permissions').stop();
};

export default destroy;
