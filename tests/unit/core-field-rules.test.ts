/**
 * The table that holds the Content Manager's fields to the core's rules (validation/core-fields.ts): every rule it
 * names exists in the core, every field it names exists in its content type, and a value is judged as the core will
 * judge it once mapped.
 */
import contentTypes from '../../server/src/content-types';
import { inputRuleAt, inputRuleProblem } from '../../server/src/core/input/validate';
import { asInputValue, CORE_FIELD_RULES, coreFieldProblems, type FieldRule } from '../../server/src/validation/core-fields';
import { samples } from '../integration/fixtures/samples';

const mapped = Object.entries(CORE_FIELD_RULES).flatMap(([type, rules]) => Object.entries(rules).map(([field, rule]) => [type, field, rule] as const));
const attributesOf = (type: string) => (contentTypes as Record<string, { schema: { attributes: Record<string, { type: string }> } }>)[type]?.schema.attributes;

describe('the table of the fields and their core rules', () => {
  it.each(mapped)('%s.%s names a rule of the core input schema', (_type, _field, rule) => {
    expect(inputRuleAt(rule.schema)).toEqual(expect.objectContaining({}));
    // A leaf: a field is one value (or a list of them), never an object of the input.
    expect(inputRuleAt(rule.schema)).not.toHaveProperty('properties');
    expect(inputRuleAt(rule.schema)).not.toHaveProperty('$ref');
  });

  it.each(mapped)('%s.%s is an attribute of its content type, not a relation', (type, field) => {
    const attribute = attributesOf(type)?.[field];
    expect(attribute).toBeDefined();
    expect(attribute!.type).not.toBe('relation');
  });

  it('knows no rule the core does not have', () => {
    expect(inputRuleAt('/$defs/organisation/properties/nope')).toBeUndefined();
    expect(inputRuleAt('/$defs/__proto__')).toBeUndefined();
    expect(() => inputRuleProblem('/$defs/organisation/properties/nope', 'x')).toThrow(/no rule/);
  });

  it.each(Object.entries(samples))('accepts the valid sample %s', (type, sample) => {
    expect(coreFieldProblems(CORE_FIELD_RULES[type] ?? {}, sample as Record<string, unknown>)).toEqual([]);
  });
});

describe('a value held to its rule', () => {
  const rules: Record<string, FieldRule> = CORE_FIELD_RULES.organisation;
  const problems = (entry: Record<string, unknown>) => coreFieldProblems(rules, entry).map((p) => `${p.path.join('.')}: ${p.message}`);

  it('refuses what the core refuses, naming the field and the reason', () => {
    expect(problems({ siren: '123456789' })).toEqual(['siren: siren fails its check digit (Luhn): check for a typing mistake']);
    expect(problems({ email: 'contact@' })).toEqual(['email: email must be a valid email']);
    expect(problems({ shareCapitalCurrency: 'eur' })).toEqual([expect.stringMatching(/^shareCapitalCurrency: shareCapitalCurrency must match pattern/)]);
    expect(problems({ website: 'clermontmetropole.eu' })).toEqual([expect.stringMatching(/^website: website must be an absolute URL/)]);
    expect(coreFieldProblems(CORE_FIELD_RULES['retention-period'], { durationValue: 1100 })).toEqual([{ path: ['durationValue'], message: 'durationValue must be <= 1000' }]);
    expect(coreFieldProblems(CORE_FIELD_RULES.site, { publishedLocales: ['fr', 'FR'] })).toEqual([{ path: ['publishedLocales'], message: expect.stringMatching(/^publishedLocales must match pattern/) }]);
  });

  it('reports one problem per field: the core’s format check first, in its words', () => {
    expect(problems({ website: 'javascript:alert(1)' })).toEqual(['website: website must start with https:// or http://']);
  });

  it('judges a value as the mapping hands it to the core: trimmed, blank absent', () => {
    expect(problems({ email: '  contact@exemple.fr ', legalForm: '   ', phone: null, siren: undefined })).toEqual([]);
    expect(asInputValue('/$defs/address/properties/city', '  Nîmes ')).toBe('Nîmes');
    expect(asInputValue('/$defs/address/properties/city', ' ')).toBeUndefined();
  });

  it('reads a number a database handed back as text as a number, and a date object as its day', () => {
    expect(asInputValue('/$defs/organisation/properties/shareCapital/properties/amount', '1500.50')).toBe(1500.5);
    expect(problems({ shareCapital: '-3' })).toEqual(['shareCapital: shareCapital must be >= 0']);
    expect(asInputValue('/$defs/audit/properties/date', new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-01');
  });

  it('leaves a list field that holds no list to the check of its shape', () => {
    expect(coreFieldProblems(CORE_FIELD_RULES.site, { publishedLocales: 'fr' })).toEqual([]);
  });

  it('asks the schema with the value as the core receives it', () => {
    const asked: Array<[string, unknown]> = [];
    coreFieldProblems({ city: { schema: '/$defs/address/properties/city' } }, { city: ' Nîmes ' }, (schema, value) => {
      asked.push([schema, value]);
      return null;
    });
    expect(asked).toEqual([['/$defs/address/properties/city', 'Nîmes']]);
  });
});
