// The content types store the core's own enumerations, so documents map onto its input without translation.
export {
  ANSWERS,
  COOKIE_CATEGORIES,
  DURATION_UNITS,
  END_ACTIONS,
  LEGAL_BASES,
  ORGANISATION_KINDS,
  RECIPIENT_KINDS,
  REQUIREMENT_KINDS as REQUIREMENTS,
  RIGHT_KINDS,
  SAFEGUARDS,
  SECURITY_MEASURE_KINDS,
} from '../core/input/types';
import { DURATION_UNITS } from '../core/input/types';

export const COOKIE_DURATION_UNITS = ['session', ...DURATION_UNITS] as const;
export const DESIGNATION_GENDERS = ['masculine', 'feminine'] as const;

/** The statement's three lists: non-conformities, disproportionate-burden derogations, content outside the obligation. */
export const ACCESSIBILITY_CONTENT_KINDS = ['non-conformity', 'derogation', 'exempt'] as const;
