/**
 * The e-mail format publication checks: the core's JSON Schema validates with ajv-formats' "email" (full mode), so a
 * form that uses this same expression refuses exactly what publication would.
 */
// The extension matters: the ESM build is resolved by Node, and ajv-formats has no exports map.
import { fullFormats } from 'ajv-formats/dist/formats.js';

const EMAIL = fullFormats.email as RegExp;
/** The core's schema limit (RFC 5321's 254 characters for a forward path). */
export const EMAIL_MAX_LENGTH = 254;

export const emailProblem = (value: string): string | null => {
  if (value.length > EMAIL_MAX_LENGTH) return `must be at most ${EMAIL_MAX_LENGTH} characters`;
  return EMAIL.test(value) ? null : 'must be an e-mail address such as contact@example.org';
};
