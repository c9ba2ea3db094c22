/**
 * The accessibility statement's checks (loi 2005-102 art. 47, décret 2019-768): a valid audit, justified
 * derogations with their alternative, a feedback channel of the organisation's own, facts that agree with the
 * computed status, and a statement renewed after three years or a substantial change.
 */
import { conformityOf, olderThanValidity, statementDate } from '../accessibility';
import type { LegalPageInput } from '../input/types';
import { finding, type Finding } from './codes';
import { domainVerdict, emailDomain, ownDomains, urlDomain } from './consistency';

const AT = '/accessibility';

const feedbackRules = (input: LegalPageInput): Finding[] => {
  const feedback = input.accessibility?.feedback;
  if (!feedback?.email && !feedback?.url && !feedback?.address && !feedback?.phone) return [finding('a11y.feedback-missing', `${AT}/feedback`)];
  // The statement may be the publisher's as much as the controller's: both are the organisation's own domains.
  const own = ownDomains(input, { publisher: true });
  const out: Finding[] = [];
  if (feedback.email && domainVerdict(emailDomain(feedback.email), own) !== 'own') {
    out.push(finding('a11y.feedback-foreign-domain', `${AT}/feedback/email`, { email: feedback.email }));
  }
  const form = urlDomain(feedback.url);
  if (form && domainVerdict(form, own) !== 'own') out.push(finding('a11y.feedback-foreign-site', `${AT}/feedback/url`, { url: feedback.url as string }));
  return out;
};

const auditRules = (input: LegalPageInput): Finding[] => {
  const conformity = conformityOf(input);
  const audit = input.accessibility?.audit;
  const out: Finding[] = [];
  if (conformity.auditProblem === 'missing') out.push(finding('a11y.audit-missing', `${AT}/audit`));
  if (conformity.auditProblem === 'expired' && audit) out.push(finding('a11y.audit-expired', `${AT}/audit/date`, { date: audit.date }));
  if (conformity.auditProblem === 'no-results') out.push(finding('a11y.audit-results', `${AT}/audit/metCriteria`));
  const nonConformities = input.accessibility?.nonConformities ?? [];
  if (conformity.status === 'compliant' && nonConformities.length) {
    out.push(finding('a11y.compliant-with-non-conformities', `${AT}/nonConformities/0`, { count: nonConformities.length }));
  }
  return out;
};

const derogationRules = (input: LegalPageInput): Finding[] =>
  (input.accessibility?.derogations ?? []).flatMap((d, i) => [
    ...(d.justification?.trim() ? [] : [finding('a11y.derogation-justification', `${AT}/derogations/${i}/justification`, { content: d.description })]),
    ...(d.alternative?.trim() ? [] : [finding('a11y.derogation-alternative', `${AT}/derogations/${i}/alternative`, { content: d.description })]),
  ]);

const dateRules = (input: LegalPageInput): Finding[] => {
  const facts = input.accessibility ?? {};
  const asOf = statementDate(input);
  if (!facts.establishedOn) return [finding('a11y.established-date', `${AT}/establishedOn`)];
  const latest = facts.updatedOn && facts.updatedOn > facts.establishedOn ? facts.updatedOn : facts.establishedOn;
  const at = latest === facts.updatedOn ? `${AT}/updatedOn` : `${AT}/establishedOn`;
  const out: Finding[] = [];
  if (asOf && olderThanValidity(latest, asOf)) out.push(finding('a11y.statement-outdated', at, { date: latest }));
  if (facts.substantialChangeOn && facts.substantialChangeOn > latest) {
    out.push(finding('a11y.substantial-change', `${AT}/substantialChangeOn`, { date: facts.substantialChangeOn, statement: latest }));
  }
  return out;
};

/** Public bodies publish their multi-year plan and this year's action plan (art. 47, II). */
const planRules = (input: LegalPageInput): Finding[] => {
  if (input.controller.kind !== 'public-body') return [];
  const facts = input.accessibility ?? {};
  return [
    ...(facts.multiYearPlanUrl ? [] : [finding('a11y.multi-year-plan', `${AT}/multiYearPlanUrl`)]),
    ...(facts.actionPlanUrl ? [] : [finding('a11y.action-plan', `${AT}/actionPlanUrl`)]),
  ];
};

export const accessibilityRules = (input: LegalPageInput): Finding[] => [
  ...auditRules(input),
  ...derogationRules(input),
  ...feedbackRules(input),
  ...dateRules(input),
  ...planRules(input),
  ...(input.page?.links?.accessibilityStatement ? [] : [finding('a11y.statement-link', '/page/links/accessibilityStatement')]),
];
