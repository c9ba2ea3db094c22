import type { Core } from '@strapi/strapi';
import { registerValidation } from './validation/middleware';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerValidation(strapi);
};

export default register;
