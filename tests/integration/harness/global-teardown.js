'use strict';

const { dropDatabase } = require('./database');

module.exports = async () => {
  const strapi = globalThis.__LEGAL_PAGES_STRAPI__;
  if (strapi) await strapi.destroy();
  await dropDatabase();
};
