import publicAccess from '../public/access-middleware';

export default {
  'public-access': publicAccess,
};
