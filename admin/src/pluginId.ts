export const PLUGIN_ID = 'legal-pages';
