import archive from './archive';
import entryUsage from './entry-usage';
import inForceClock from './in-force-clock';
import info from './info';
import pageChoices from './page-choices';
import pageEvents from './page-events';
import pageSources from './page-sources';
import pageStates from './page-states';
import pageStatus from './page-status';
import permanence from './permanence';
import pluginLocales from './plugin-locales';
import publicPages from '../public/pages-service';
import publicPermissions from '../public/permissions-service';
import publishing from './publishing';
import register from './register';
import siteSetup from './site-setup';
import starterLibrary from './starter-library';

export default {
  archive,
  'entry-usage': entryUsage,
  info,
  'in-force-clock': inForceClock,
  'page-events': pageEvents,
  permanence,
  locales: pluginLocales,
  'page-sources': pageSources,
  'page-choices': pageChoices,
  'page-status': pageStatus,
  'page-states': pageStates,
  register,
  publishing,
  'public-pages': publicPages,
  'public-permissions': publicPermissions,
  'starter-library': starterLibrary,
  'site-setup': siteSetup,
};
