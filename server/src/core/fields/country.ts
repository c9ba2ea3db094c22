/** An ISO 3166-1 alpha-2 country code, as the core's schema and the content types' address fields store it. */
export const COUNTRY_CODE_PATTERN = '^[A-Z]{2}$';

const COUNTRY_CODE = new RegExp(COUNTRY_CODE_PATTERN);

export const countryProblem = (value: string): string | null => (COUNTRY_CODE.test(value) ? null : 'must be two capital letters, e.g. FR');
