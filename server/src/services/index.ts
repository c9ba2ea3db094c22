import archive from './archive';
import info from './info';
import pageChoices from './page-choices';
import pageSources from './page-sources';
import pageStatus from './page-status';
import permanence from './permanence';
import pluginLocales from './plugin-locales';
import publicPages from './public-pages';
import publicPermissions from './public-permissions';
import publishing from './publishing';
import register from './register';
import siteSetup from './site-setup';
import starterLibrary from './starter-library';

export default {
  archive,
  info,
  permanence,
  locales: pluginLocales,
  'page-sources': pageSources,
  'page-choices': pageChoices,
  'page-status': pageStatus,
  register,
  publishing,
  'public-pages': publicPages,
  'public-permissions': publicPermissions,
  'starter-library': starterLibrary,
  'site-setup': siteSetup,
};
