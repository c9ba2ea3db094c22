/**
 * The accessibility statement's facts: the site's audit, its inaccessible content and its own fields. The audit's
 * lists are typed one item a line in the Content Manager, and split here.
 */
import { RGAA_CRITERION_PATTERN } from '../core/input/schema';
import type { AccessibilityAudit, AccessibilityFacts, CriterionResult } from '../core';
import { addressOf, type Doc } from './to-input';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

const CRITERION = new RegExp(RGAA_CRITERION_PATTERN);

/** Audit grids write C, NC and NA; editors may too. */
const RESULTS: Record<string, CriterionResult> = {
  met: 'met', c: 'met', 'not-met': 'not-met', nc: 'not-met', 'not-applicable': 'not-applicable', na: 'not-applicable',
};

export const criterionResult = (value: unknown): CriterionResult | undefined => (typeof value === 'string' ? RESULTS[value.trim().toLowerCase()] : undefined);

const lines = (value: unknown): string[] => (text(value) ?? '').split('\n').map((line) => line.trim()).filter(Boolean);

/** One item a line, or several on a line separated by commas ("HTML5, CSS, JavaScript"). */
const items = (value: unknown): string[] => lines(value).flatMap((line) => line.split(',').map((item) => item.trim()).filter(Boolean));

/** "1.1, 3.2 ; 11.10" → ["1.1", "3.2", "11.10"]; anything else is left to the write validation. */
export const criteriaOf = (value: unknown): string[] => (text(value) ?? '').split(/[\s,;]+/).filter((id) => CRITERION.test(id));

/** {"1.1": "C", "1.2": "NC"} → per-criterion results. */
export const criteriaResultsOf = (value: unknown): AccessibilityAudit['criteria'] => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const results = Object.entries(value as Record<string, unknown>)
    .map(([id, result]) => ({ id: id.trim(), result: criterionResult(result) }))
    .filter((c): c is { id: string; result: CriterionResult } => CRITERION.test(c.id) && c.result !== undefined);
  return results.length ? results : undefined;
};

/** "Accueil https://…" or "Accueil – https://…": the title, then the address if any. */
const pageOf = (line: string) => {
  const match = /^(.*?)[\s:–—-]*(https?:\/\/\S+)?$/.exec(line) as RegExpExecArray;
  const title = match[1].trim() || (match[2] as string);
  return match[2] ? { title, url: match[2] } : { title };
};

/** "Firefox 128 + NVDA 2024.4" (or "avec", "with"): the browser, then the assistive technology. */
const combinationOf = (line: string) => {
  const [browser, assistiveTechnology] = line.split(/\s+(?:\+|avec|with)\s+/i, 2).map((part) => part.trim());
  return assistiveTechnology ? { browser, assistiveTechnology } : { browser };
};

const compact = <T extends Record<string, unknown>>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))) as T;

const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

const auditOf = (doc: Doc | null | undefined): AccessibilityAudit | undefined => {
  if (!doc || !text(doc.date) || !text(doc.auditor)) return undefined;
  return compact({
    date: doc.date,
    auditor: doc.auditor.trim(),
    rgaaVersion: text(doc.rgaaVersion) ?? '4.1',
    applicableCriteria: count(doc.applicableCriteria),
    metCriteria: count(doc.metCriteria),
    criteria: criteriaResultsOf(doc.criteriaResults),
    pages: lines(doc.sampledPages).map(pageOf),
    technologies: items(doc.technologies),
    environment: lines(doc.testEnvironment).map(combinationOf),
    tools: items(doc.tools),
  }) as AccessibilityAudit;
};

export const accessibilityOf = (site: Doc): AccessibilityFacts | undefined => {
  const contents = (site.accessibilityContent ?? []) as Doc[];
  const of = (kind: string) => contents.filter((c) => c.kind === kind && text(c.description));
  const feedback = compact({
    email: text(site.accessibilityFeedbackEmail),
    url: text(site.accessibilityFeedbackUrl),
    phone: text(site.accessibilityFeedbackPhone),
    address: addressOf(site, 'accessibilityFeedback'),
  });
  const facts = compact({
    audit: auditOf(site.accessibilityAudit),
    multiYearPlanUrl: text(site.multiYearPlanUrl),
    actionPlanUrl: text(site.actionPlanUrl),
    nonConformities: of('non-conformity').map((c) => compact({ description: c.description.trim(), criteria: criteriaOf(c.criteria) })),
    derogations: of('derogation').map((c) => compact({ description: c.description.trim(), justification: text(c.justification), alternative: text(c.alternative) })),
    exemptions: of('exempt').map((c) => compact({ description: c.description.trim(), reason: text(c.justification) })),
    feedback: Object.keys(feedback).length ? feedback : undefined,
    establishedOn: text(site.accessibilityEstablishedOn),
    updatedOn: text(site.accessibilityUpdatedOn),
    substantialChangeOn: text(site.substantiallyChangedOn),
  });
  return Object.keys(facts).length ? facts : undefined;
};
