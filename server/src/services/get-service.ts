import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import type services from './index';

/** Every service of the plugin by name, as its factory builds it. */
export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

/**
 * A service of the plugin with its own type: `strapi.plugin(…).service(name)` is typed `any`, so a renamed method or
 * a changed answer would only fail at run time.
 */
export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[Name];
