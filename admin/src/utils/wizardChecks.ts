/**
 * What each step of the new-site wizard would have refused at the end, found on the step itself: required fields, and
 * the formats the server checks (the core's own rules, imported, never rewritten), as codes the page words in the
 * admin's language.
 */
import { httpUrlProblem, phoneProblem } from '../../../server/src/core/fields/contact';
import { countryProblem } from '../../../server/src/core/fields/country';
import { designationArticle } from '../../../server/src/core/fields/designation';
import { emailProblem } from '../../../server/src/core/fields/email';
import { sirenIssue } from '../../../server/src/core/fields/identifiers';
import { parseAmount } from '../../../server/src/core/fields/amount';
import type { EntryChoiceValue } from '../components/wizard/EntryChoice';
import { visibleSpecs, type FieldSpec } from '../components/wizard/fields';

/** The formats a wizard field may have; each is the rule the server applies to that field. */
export type FieldFormat = 'email' | 'url' | 'phone' | 'siren' | 'country' | 'amount';

export type IssueCode = 'required' | 'email' | 'url' | 'phone' | 'country' | 'siren-length' | 'siren-check-digit' | 'designation-article' | 'amount';

/** One refused field: `name`, `texts.fr.designation`, `documentId`… with the article and noun of a designation. */
export interface StepIssue {
  field: string;
  code: IssueCode;
  article?: string;
  noun?: string;
}

const FORMAT_CHECKS: Record<FieldFormat, (value: string) => IssueCode | null> = {
  email: (value) => (emailProblem(value) ? 'email' : null),
  url: (value) => (httpUrlProblem(value) ? 'url' : null),
  phone: (value) => (phoneProblem(value) ? 'phone' : null),
  country: (value) => (countryProblem(value) ? 'country' : null),
  amount: (value) => (parseAmount(value) === null ? 'amount' : null),
  siren: (value) => {
    const issue = sirenIssue(value);
    return issue ? (issue === 'length' ? 'siren-length' : 'siren-check-digit') : null;
  },
};

/** A value's format issue; an empty value has none (whether it is required is another question). */
export const formatIssue = (format: FieldFormat, value: string): IssueCode | null => {
  const trimmed = value.trim();
  return trimmed ? FORMAT_CHECKS[format](trimmed) : null;
};

/** The fields of a new entry, in the form's order: each required one filled, each filled one in its format. */
export const entryIssues = (specs: FieldSpec[], values: Record<string, string>): StepIssue[] =>
  visibleSpecs(specs, values).flatMap((spec): StepIssue[] => {
    const value = (values[spec.name] ?? '').trim();
    if (!value) return spec.required ? [{ field: spec.name, code: 'required' }] : [];
    const code = spec.format ? formatIssue(spec.format, value) : null;
    return code ? [{ field: spec.name, code }] : [];
  });

/** A new entry's fields, an existing entry's choice; the other modes ask nothing. */
export const choiceIssues = (value: EntryChoiceValue, specs: FieldSpec[]): StepIssue[] => {
  if (value.mode === 'existing') return value.documentId ? [] : [{ field: 'documentId', code: 'required' }];
  if (value.mode === 'new') return entryIssues(specs, value.values);
  return [];
};

/** The short name a page gives the controller: required, and the noun alone, since the pages add its article. */
export const designationIssue = (field: string, text: string): StepIssue | null => {
  if (!text.trim()) return { field, code: 'required' };
  const typed = designationArticle(text);
  return typed ? { field, code: 'designation-article', ...typed } : null;
};

/** The site's address: required and an http(s) URL, which an empty "https://" is not. */
export const baseUrlIssue = (value: string): StepIssue | null => (httpUrlProblem(value.trim()) ? { field: 'baseUrl', code: 'url' } : null);
