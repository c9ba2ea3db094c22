import publicAccess from './public-access';

export default {
  'public-access': publicAccess,
};
