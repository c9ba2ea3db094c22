import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import type { PluginConfig } from '../config';
import { name, version } from '../../../package.json';

export interface PluginInfo {
  name: string;
  version: string;
  config: PluginConfig;
}

const info = ({ strapi }: { strapi: Core.Strapi }) => ({
  get(): PluginInfo {
    return {
      name,
      version,
      config: strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig,
    };
  },
});

export default info;
