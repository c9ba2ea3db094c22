/** `GET /info`: the plugin's name, version, configuration and webhook events. */
import type { PluginConfig } from '../../server/src/config';
import type { PageEventName } from '../../server/src/services/page-events';

export interface PluginInfo {
  name: string;
  version: string;
  config: PluginConfig;
  /** The webhook events the plugin emits, for the admin to subscribe Strapi's webhooks to them. */
  events: PageEventName[];
}
