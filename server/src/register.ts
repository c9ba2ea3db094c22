import type { Core } from '@strapi/strapi';
import { registerGraphql } from './graphql';
import { registerOpenApi } from './openapi/register';
import { grantPublicAccessAfterUsersPermissions } from './public-access';
import { registerValidation } from './validation/middleware';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerValidation(strapi);
  registerGraphql(strapi);
  registerOpenApi(strapi);
  grantPublicAccessAfterUsersPermissions(strapi);
};

export default register;
