import info from './info';
import pageSources from './page-sources';
import publicPages from './public-pages';
import publishing from './publishing';
import starterLibrary from './starter-library';

export default {
  info,
  'page-sources': pageSources,
  publishing,
  'public-pages': publicPages,
  'starter-library': starterLibrary,
};
