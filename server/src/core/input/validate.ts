/**
 * Checks an input against the JSON Schema (all errors at once), then the cross-references the schema cannot
 * express (unknown recipient ids, duplicate ids, unknown locale, hidden mandatory sections). Never throws.
 */
// The extension matters: the ESM build is resolved by Node, and ajv has no exports map.
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { inputSchema } from './schema';
import type { LegalPageInput } from './types';
import { sectionChoiceProblems, type SectionChoiceProblem } from './sections';
import { availableLocales, hasLocalePack } from './locale-code';
import { designationProblem } from '../fields/designation';
import { countCriteria } from '../accessibility';

export interface InputProblem {
  /** JSON Pointer to the faulty value, e.g. /purposes/2/retention/duration/unit. */
  path: string;
  message: string;
  keyword: string;
}

export type ValidationResult =
  | { valid: true; input: LegalPageInput; problems: [] }
  | { valid: false; problems: InputProblem[] };

export class InvalidInputError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(`Invalid legal page input:\n${problems.map((p) => `  ${p.path || '/'}: ${p.message}`).join('\n')}`);
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}

let schemas: InstanceType<typeof Ajv2020> | undefined;

/** One compiler for the whole input and for its parts, so a field is judged exactly as inside an input. */
const compiler = () => {
  if (!schemas) {
    schemas = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(schemas, ['email', 'uri', 'date']);
    schemas.addSchema(inputSchema);
  }
  return schemas;
};

const validators = new Map<string, ValidateFunction>();

/** The validator of the schema at a JSON Pointer ('' for the whole input), compiled once. */
const validatorAt = (pointer: string): ValidateFunction => {
  let validate = validators.get(pointer);
  if (!validate) {
    validate = compiler().getSchema(`${inputSchema.$id}#${pointer}`);
    if (!validate) throw new Error(`The input schema has no rule at "${pointer}"`);
    validators.set(pointer, validate);
  }
  return validate;
};

const schemaValidator = () => validatorAt('');

const explain = (error: ErrorObject): InputProblem => {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: `${error.instancePath}/${String(params.missingProperty)}`, message: 'is required', keyword: 'required' };
    case 'additionalProperties':
      return {
        path: `${error.instancePath}/${String(params.additionalProperty)}`,
        message: 'is not a known property',
        keyword: 'additionalProperties',
      };
    case 'enum':
      return {
        path: error.instancePath,
        message: `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`,
        keyword: 'enum',
      };
    case 'format':
      return { path: error.instancePath, message: `must be a valid ${String(params.format)}`, keyword: 'format' };
    default:
      return { path: error.instancePath, message: error.message ?? 'is invalid', keyword: error.keyword };
  }
};

const duplicates = (ids: string[]): Set<string> => {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
};

/**
 * The audit's numbers must agree with each other, or the computed status would print a contradiction; and a statement
 * needs the date it speaks as of, since an audit is valid three years.
 */
const accessibilityProblems = (input: LegalPageInput): InputProblem[] => {
  const problems: InputProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message, keyword: 'reference' });
  if (input.kind === 'accessibility-statement' && !input.effectiveDate) {
    problem('/effectiveDate', 'is required for an accessibility statement: the validity of its audit is judged on that date');
  }
  const audit = input.accessibility?.audit;
  if (!audit) return problems;
  const at = '/accessibility/audit';
  const { applicableCriteria: applicable, metCriteria: met } = audit;
  if ((applicable === undefined) !== (met === undefined)) {
    problem(`${at}/${applicable === undefined ? 'applicableCriteria' : 'metCriteria'}`, 'is required with the other count of criteria');
  }
  if (applicable !== undefined && met !== undefined && met > applicable) problem(`${at}/metCriteria`, `is more than the ${applicable} applicable criteria`);
  const ids = (audit.criteria ?? []).map((c) => c.id);
  const twice = duplicates(ids);
  ids.forEach((id, i) => twice.has(id) && problem(`${at}/criteria/${i}/id`, `duplicates the criterion "${id}"`));
  if (audit.criteria?.length && applicable !== undefined && met !== undefined) {
    const counted = countCriteria(audit.criteria);
    if (counted.applicable !== applicable || counted.met !== met) {
      problem(`${at}/metCriteria`, `does not agree with the per-criterion results (${counted.met} met of ${counted.applicable} applicable)`);
    }
  }
  return problems;
};

/** A section choice's problem as the core words it, at its JSON Pointer. */
const sectionProblem = (kind: string, p: SectionChoiceProblem): [string, string] => {
  if (p.field === 'customSections') {
    return p.reason === 'duplicate'
      ? [`/page/customSections/${p.index}/id`, `duplicates the section "custom-${p.id}"`]
      : [`/page/customSections/${p.index}/after`, `names no section of a ${kind} ("${p.id}")`];
  }
  return p.reason === 'mandatory' ? [`/page/hidden/${p.index}`, `"${p.id}" is mandatory and cannot be hidden`] : [`/page/${p.field}/${p.index}`, `names no section of a ${kind} ("${p.id}")`];
};

/** Cross-reference checks; `input` already matches the schema. */
const crossReferenceProblems = (input: LegalPageInput): InputProblem[] => {
  const problems: InputProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message, keyword: 'reference' });

  if (!hasLocalePack(input.locale)) {
    problem('/locale', `has no locale pack; available: ${availableLocales().join(', ')}`);
  }
  const designation = input.site.designation?.text;
  const designationIssue = designation === undefined ? null : designationProblem(designation);
  if (designationIssue) problem('/site/designation/text', designationIssue);
  const purposeIds = (input.purposes ?? []).map((p) => p.id);
  const twicePurposes = duplicates(purposeIds);
  purposeIds.forEach((id, i) => twicePurposes.has(id) && problem(`/purposes/${i}/id`, `duplicates the id "${id}"`));

  const recipientIds = (input.recipients ?? []).map((r) => r.id);
  const twiceRecipients = duplicates(recipientIds);
  recipientIds.forEach((id, i) => twiceRecipients.has(id) && problem(`/recipients/${i}/id`, `duplicates the id "${id}"`));
  const knownRecipients = new Set(recipientIds);
  (input.purposes ?? []).forEach((purpose, i) =>
    (purpose.recipients ?? []).forEach(
      (rid, j) => knownRecipients.has(rid) || problem(`/purposes/${i}/recipients/${j}`, `names no recipient ("${rid}")`),
    ),
  );
  (input.transfers ?? []).forEach(
    (transfer, i) =>
      transfer.recipient === undefined ||
      knownRecipients.has(transfer.recipient) ||
      problem(`/transfers/${i}/recipient`, `names no recipient ("${transfer.recipient}")`),
  );

  problems.push(...accessibilityProblems(input));

  const page = input.page;
  const sections = sectionChoiceProblems(input.kind, { order: page?.order, hidden: page?.hidden, customSections: page?.customSections });
  for (const p of sections) problem(...sectionProblem(input.kind, p));
  return problems;
};

/**
 * The rule the input schema sets at a JSON Pointer, e.g. `/$defs/address/properties/postalCode`; undefined when the
 * schema has none there. Lets an adapter check one field of its own as the input will be checked.
 */
export const inputRuleAt = (pointer: string): Readonly<Record<string, unknown>> | undefined => {
  let node: unknown = inputSchema;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
};

/** Why a value breaks the input schema's rule at `pointer`, in `validateInput`'s words; null when it keeps it. */
export const inputRuleProblem = (pointer: string, value: unknown): string | null => {
  if (!pointer.startsWith('/') || !inputRuleAt(pointer)) throw new Error(`The input schema has no rule at "${pointer}"`);
  const validate = validatorAt(pointer);
  if (validate(value)) return null;
  return [...new Set((validate.errors ?? []).map((error) => explain(error).message))].join('; ');
};

export const validateInput = (input: unknown): ValidationResult => {
  const validate = schemaValidator();
  if (!validate(input)) {
    return { valid: false, problems: (validate.errors ?? []).map(explain) };
  }
  const typed = input as LegalPageInput;
  const problems = crossReferenceProblems(typed);
  return problems.length ? { valid: false, problems } : { valid: true, input: typed, problems: [] };
};

/** Returns the typed input or throws an `InvalidInputError` listing every problem. */
export const assertValidInput = (input: unknown): LegalPageInput => {
  const result = validateInput(input);
  if (!result.valid) throw new InvalidInputError(result.problems);
  return result.input;
};
