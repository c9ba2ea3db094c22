import type { Core } from '@strapi/strapi';
import { applyContentManagerLayout } from './content-manager/layout';
import { ADMIN_ACTIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { oncePerInstallation } from './plugin-state';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  await applyContentManagerLayout(strapi);
  // From here on, a change to users-permissions' roles is seen by the public routes on their next request.
  strapi.plugin(PLUGIN_ID).service('public-permissions').listen();
  // Versions published before slugs were reserved get their reservations before any request is served; once, since
  // every publication and import reserves its own.
  await oncePerInstallation(strapi, 'slugs-backfilled', async () => {
    await strapi.plugin(PLUGIN_ID).service('permanence').backfill();
    return {};
  });
  strapi.plugin(PLUGIN_ID).service('page-events').register();
  const clock = strapi.plugin(PLUGIN_ID).service('in-force-clock');
  await oncePerInstallation(strapi, 'in-force-events-started', () => clock.markPast());
  // Checked once the app listens: the app's own bootstrap runs after the plugins' and may still add locales.
  strapi.server.httpServer.once('listening', () => {
    strapi
      .plugin(PLUGIN_ID)
      .service('locales')
      .warnIfMissing()
      .catch((error: unknown) => strapi.log.error(`[${PLUGIN_ID}] checking the locales failed: ${String(error)}`));
    // Once every webhook is loaded: an event claimed before Strapi's webhook runner listens would be lost. A script
    // that loads Strapi without serving claims nothing.
    clock.start();
  });
};

export default bootstrap;
