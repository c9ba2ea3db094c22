import archive from './archive';
import entries from './entries';
import info from './info';
import pages from './pages';
import publicPages from '../public/pages-controller';
import sites from './sites';
import starterLibrary from './starter-library';
import versions from './versions';

export default {
  archive,
  entries,
  info,
  pages,
  'public-pages': publicPages,
  'starter-library': starterLibrary,
  sites,
  versions,
};
