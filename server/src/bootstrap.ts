import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
};

export default bootstrap;
