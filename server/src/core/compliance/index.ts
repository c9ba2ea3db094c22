/**
 * checkCompliance(input) → findings. Errors block publication; warnings do not. Never throws: an input that does
 * not validate yields one `input.invalid` error per problem.
 */
import { editorTextFields } from '../input/editor-text';
import type { LegalPageInput } from '../input/types';
import { validateInput } from '../input/validate';
import { citationRules } from './citations';
import { finding, type Finding } from './codes';
import { foreignFactRules, identifierRules, localeRules, templateLeftoverRules } from './consistency';
import { linkRules } from './links';
import { obsoleteRules } from './obsolete';
import { cookieAnswerRules, contradictionRules, dpoMentionRules, privacyPolicyAnswerRules } from './rules-answers';
import { controllerContactRules, privacyPolicyRules, privacySummaryRules } from './rules-gdpr';
import { accessibilityRules } from './rules-accessibility';
import { cookieRules, legalNoticeRules } from './rules-lcen';

const kindRules = (input: LegalPageInput): Finding[] => {
  switch (input.kind) {
    case 'privacy-policy':
      return [
        ...privacyPolicyRules(input),
        ...cookieRules(input),
        ...privacyPolicyAnswerRules(input),
        ...cookieAnswerRules(input),
        ...contradictionRules(input),
        ...dpoMentionRules(input),
      ];
    case 'privacy-summary':
      return [...privacySummaryRules(input), ...dpoMentionRules(input)];
    case 'legal-notice':
      return [...legalNoticeRules(input), ...controllerContactRules(input).filter((f) => f.code === 'gdpr.13.1.b.dpo-contact')];
    case 'cookie-policy':
      return [...cookieRules(input), ...cookieAnswerRules(input), ...contradictionRules(input).filter((f) => f.path.startsWith('/cookies/'))];
    case 'accessibility-statement':
      return accessibilityRules(input);
  }
};

export const checkCompliance = (raw: unknown): Finding[] => {
  const result = validateInput(raw);
  if (!result.valid) return result.problems.map((p) => finding('input.invalid', p.path, { reason: `${p.path || '/'} ${p.message}` }));
  const input = result.input;
  const texts = editorTextFields(input);
  const findings = [
    ...kindRules(input),
    ...foreignFactRules(input),
    ...identifierRules(input),
    ...templateLeftoverRules(input, texts),
    ...obsoleteRules(texts),
    ...citationRules(input, texts),
    ...linkRules(input, texts),
    ...localeRules(input),
  ];
  // errors first, then by path, for stable output
  return findings.sort((a, b) => (a.severity === b.severity ? a.path.localeCompare(b.path) : a.severity === 'error' ? -1 : 1));
};

export const hasBlockingFindings = (findings: Finding[]): boolean => findings.some((f) => f.severity === 'error');

export { COMPLIANCE_CODES, COMPLIANCE_RULES } from './codes';
export type { ComplianceCode, ComplianceRule, Finding, Severity } from './codes';
