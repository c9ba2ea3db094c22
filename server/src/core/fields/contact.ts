/** Format checks of contact channels. Each returns null when the value is fine, or the reason it is not. */

export const httpUrlProblem = (value: string): string | null => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL such as https://example.org/';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// or http://';
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'must name a full host such as example.org';
  if (url.username || url.password) return 'must not carry a user name or password';
  return null;
};

/**
 * A phone number as printed on a legal page: international (+33 4 73 98 34 00) or national digits with the usual
 * separators (04 73 98 34 00, 04.73.98.34.00).
 */
export const phoneProblem = (value: string): string | null => {
  const trimmed = value.trim();
  if (!/^\+?[\d\s.()-]+$/.test(trimmed)) return 'may contain only digits, spaces, dots, dashes, brackets and a leading +';
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 4 || digits.length > 15) return 'must have between 4 and 15 digits';
  return null;
};
