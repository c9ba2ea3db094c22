import type { Core } from '@strapi/strapi';
import { applyContentManagerLayout } from './content-manager/layout';
import { ADMIN_ACTIONS } from './permissions';
import { grantPublicAccessOnce } from './public-access';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  await applyContentManagerLayout(strapi);
  await grantPublicAccessOnce(strapi);
};

export default bootstrap;
