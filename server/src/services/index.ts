import info from './info';
import starterLibrary from './starter-library';

export default {
  info,
  'starter-library': starterLibrary,
};
