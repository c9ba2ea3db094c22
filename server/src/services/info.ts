import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import type { PluginConfig } from '../config';
import type { PageEventName } from './page-events';
import { name, version } from '../../../package.json';

export interface PluginInfo {
  name: string;
  version: string;
  config: PluginConfig;
  /** The webhook events the plugin emits, for the admin to subscribe Strapi's webhooks to them. */
  events: PageEventName[];
}

const info = ({ strapi }: { strapi: Core.Strapi }) => ({
  get(): PluginInfo {
    return {
      name,
      version,
      config: strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig,
      events: strapi.plugin(PLUGIN_ID).service('page-events').names(),
    };
  },
});

export default info;
