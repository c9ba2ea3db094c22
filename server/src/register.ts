import type { Core } from '@strapi/strapi';
import { registerGraphql } from './graphql';
import { registerValidation } from './validation/middleware';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerValidation(strapi);
  registerGraphql(strapi);
};

export default register;
