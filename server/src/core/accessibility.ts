/**
 * The conformity of an accessibility statement, computed from its audit and the date the statement speaks as of
 * (RGAA: totally compliant when every applicable criterion is met, partially from 50 %, not compliant below, or
 * without a valid audit). Pure: the date comes in with the input, never from a clock.
 */
import type { AccessibilityAudit, CriterionResult, IsoDate, LegalPageInput } from './input/types';
import { getLocalePack } from './locales';

export const CONFORMITY_STATUSES = ['compliant', 'partially-compliant', 'non-compliant'] as const;
export type ConformityStatus = (typeof CONFORMITY_STATUSES)[number];

/** Why a statement has no valid audit: none entered, older than three years, or without its results. */
export type AuditProblem = 'missing' | 'expired' | 'no-results';

export interface Conformity {
  status: ConformityStatus;
  /** Whole percent of applicable criteria met, rounded down so that 99.6 % never reads "100 %"; null without a valid audit. */
  rate: number | null;
  met: number | null;
  applicable: number | null;
  auditProblem: AuditProblem | null;
}

/** How long an audit, and a statement, stay valid. */
export const VALIDITY_YEARS = 3;

/** The Défenseur des droits, the remedy every statement prints in full; the free postal address needs no stamp. */
export const DEFENSEUR_DES_DROITS = {
  formUrl: 'https://formulaire.defenseurdesdroits.fr/',
  delegatesUrl: 'https://www.defenseurdesdroits.fr/carte-des-delegues',
  postalAddress: 'Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
} as const;

export const countCriteria = (criteria: ReadonlyArray<{ result: CriterionResult }>) => ({
  applicable: criteria.filter((c) => c.result !== 'not-applicable').length,
  met: criteria.filter((c) => c.result === 'met').length,
});

/** The date `years` after an ISO date, as an ISO date (29 February becomes 1 March in a common year). */
export const addYears = (iso: IsoDate, years: number): IsoDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
};

/** Whether a dated fact is older than `VALIDITY_YEARS` on `asOf`. */
export const olderThanValidity = (date: IsoDate, asOf: IsoDate): boolean => addYears(date, VALIDITY_YEARS) <= asOf;

/** The counts an audit gives, or those its per-criterion results add up to. */
export const auditCounts = (audit: AccessibilityAudit): { applicable: number; met: number } | null => {
  if (audit.applicableCriteria !== undefined && audit.metCriteria !== undefined) return { applicable: audit.applicableCriteria, met: audit.metCriteria };
  return audit.criteria?.length ? countCriteria(audit.criteria) : null;
};

/** The date a statement speaks as of: its effective date, else its last update (validation requires one). */
export const statementDate = (input: LegalPageInput): IsoDate | undefined => input.effectiveDate ?? input.lastUpdated;

export const conformityOf = (input: LegalPageInput): Conformity => {
  const audit = input.accessibility?.audit;
  const none = (auditProblem: AuditProblem): Conformity => ({ status: 'non-compliant', rate: null, met: null, applicable: null, auditProblem });
  if (!audit) return none('missing');
  const asOf = statementDate(input);
  if (asOf && olderThanValidity(audit.date, asOf)) return none('expired');
  const counts = auditCounts(audit);
  if (!counts || counts.applicable === 0) return none('no-results');
  const { applicable, met } = counts;
  const status: ConformityStatus = met >= applicable ? 'compliant' : met * 2 >= applicable ? 'partially-compliant' : 'non-compliant';
  return { status, rate: Math.floor((met * 100) / applicable), met, applicable, auditProblem: null };
};

/** What a frontend shows in every page's footer: "Accessibilité : partiellement conforme", linking to the statement. */
export interface AccessibilityMention {
  status: ConformityStatus;
  rate: number | null;
  label: string;
  url: string | null;
}

export const accessibilityMention = (input: LegalPageInput): AccessibilityMention => {
  const { status, rate } = conformityOf(input);
  return {
    status,
    rate,
    label: getLocalePack(input.locale).accessibility.mention(status),
    url: input.page?.links?.accessibilityStatement ?? null,
  };
};
