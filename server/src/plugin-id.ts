export const PLUGIN_ID = 'legal-pages';

export const uid = <T extends string>(name: T) => `plugin::${PLUGIN_ID}.${name}` as const;
