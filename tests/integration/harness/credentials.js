'use strict';

const SUPER_ADMIN = Object.freeze({
  firstname: 'Ada',
  lastname: 'Admin',
  email: 'super.admin@legal-pages.test',
  password: 'Sup3r-Admin-Passw0rd',
});

module.exports = { SUPER_ADMIN };
