/** `GET /register?format=&locale=`: the record of processing activities (GDPR Art. 30). */
export const REGISTER_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

export interface RegisterQuery {
  format?: RegisterFormat;
  /** One of the plugin's locales; by default its `defaultLocale`. */
  locale?: string;
}
