import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import type { PluginConfig } from '../config';
import type { PluginInfo } from '../../../shared/contracts/info';
import { name, version } from '../../../package.json';

export type { PluginInfo };

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
