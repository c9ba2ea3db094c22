/** French business identifiers: SIREN (9 digits) and SIRET (14 digits) carry a Luhn check digit. */

const digitsOnly = (value: string) => value.replace(/[\s.]/g, '');

const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
};

// La Poste's SIRETs (SIREN 356000000) do not follow Luhn; INSEE checks them by the sum of their digits.
const LA_POSTE_SIREN = '356000000';
const digitSum = (digits: string) => [...digits].reduce((sum, d) => sum + Number(d), 0);

export const normaliseIdentifier = digitsOnly;

/** What is wrong with an identifier, for forms that word it themselves: its length, or its check digit. */
export type IdentifierIssue = 'length' | 'check-digit';

export const sirenIssue = (value: string): IdentifierIssue | null => {
  const digits = digitsOnly(value);
  if (!/^\d{9}$/.test(digits)) return 'length';
  return luhn(digits) ? null : 'check-digit';
};

const CHECK_DIGIT_REASON = 'fails its check digit (Luhn): check for a typing mistake';

export const sirenProblem = (value: string): string | null => {
  const issue = sirenIssue(value);
  if (issue === 'length') return 'must be 9 digits';
  return issue ? CHECK_DIGIT_REASON : null;
};

export const siretProblem = (value: string): string | null => {
  const digits = digitsOnly(value);
  if (!/^\d{14}$/.test(digits)) return 'must be 14 digits';
  const valid = digits.startsWith(LA_POSTE_SIREN) ? digitSum(digits) % 5 === 0 : luhn(digits);
  return valid ? null : CHECK_DIGIT_REASON;
};

/** An intra-EU VAT number; a French one (FR + 2-character key + SIREN) also has its key checked. */
export const vatProblem = (value: string): string | null => {
  const compact = value.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(compact)) return 'must be a country code followed by 2 to 13 letters or digits';
  const french = /^FR(\d{2})(\d{9})$/.exec(compact);
  if (french) {
    const [, key, siren] = french;
    if (sirenProblem(siren)) return 'must end with a valid SIREN';
    if (Number(key) !== (12 + 3 * (Number(siren) % 97)) % 97) return 'has a key that does not match its SIREN';
  }
  return null;
};

/** An association's RNA number (répertoire national des associations): W followed by 9 digits. */
export const rnaProblem = (value: string): string | null => (/^W\d{9}$/.test(value.trim()) ? null : 'must be W followed by 9 digits, e.g. W751234567');
