import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { buildOpenApiSpec } from './spec';

type OverrideService = {
  registerOverride?: (spec: unknown, options?: { pluginOrigin?: string; excludeFromGeneration?: string[] }) => unknown;
};

/**
 * Adds the public routes to the OpenAPI document of @strapi/plugin-documentation, when the app has it. Called from
 * `register`: the documentation plugin generates its document in its `bootstrap`, which runs after every register.
 *
 * `pluginOrigin` makes the documentation plugin drop an override whose plugin is not in its `x-strapi-config.plugins`
 * list, and that list defaults to upload and users-permissions only: passed always, it would hide the routes from
 * every app that keeps the default. So it is passed only when the app chose its list itself, whose choice then
 * rules. `excludeFromGeneration` stops the plugin from also guessing paths and schemas from the plugin's content
 * types, which are not public.
 */
export const registerOpenApi = (strapi: Core.Strapi) => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const override = documentation.service('override') as OverrideService | undefined;
  if (typeof override?.registerOverride !== 'function') {
    strapi.log.warn(`[${PLUGIN_ID}] this version of the documentation plugin has no override service: the legal pages routes are not in its document`);
    return;
  }
  const chosen = (strapi.config.get('plugin::documentation') as { 'x-strapi-config'?: { plugins?: unknown } } | undefined)?.['x-strapi-config']?.plugins;
  const options = { excludeFromGeneration: [PLUGIN_ID], ...(Array.isArray(chosen) ? { pluginOrigin: PLUGIN_ID } : {}) };
  // Synchronous in 5.54, a promise in other versions (a YAML string is parsed asynchronously there).
  Promise.resolve(override.registerOverride(buildOpenApiSpec(), options)).catch((error: unknown) =>
    strapi.log.error(`[${PLUGIN_ID}] registering the OpenAPI description failed: ${String(error)}`)
  );
};
