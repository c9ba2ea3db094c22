import type { Core } from '@strapi/strapi';
import { registerGraphql } from './graphql';
import { registerOpenApi } from './openapi/register';
import { grantPublicAccessAfterUsersPermissions } from './public/grant-access';
import { registerStaleness } from './staleness';
import { registerValidation } from './validation/middleware';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerValidation(strapi);
  registerStaleness(strapi);
  registerGraphql(strapi);
  registerOpenApi(strapi);
  grantPublicAccessAfterUsersPermissions(strapi);
};

export default register;
