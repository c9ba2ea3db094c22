/**
 * The accessibility statement (issue 14): the conformity status computed from the audit and the statement's date,
 * its text in fr and en for a fully, a partially and a non-conformant site, with and without derogations and exempt
 * content, its checks (one input that triggers each, one that does not), and the footer mention.
 */
import { HtmlValidate } from 'html-validate';
import {
  accessibilityMention,
  checkCompliance,
  compose,
  conformityOf,
  renderHtml,
  renderText,
  validateInput,
  type Finding,
  type LegalPageInput,
} from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { clone, norm } from './helpers';

const statement = (locale: 'fr' | 'en' = 'fr'): LegalPageInput => clone(fullInput('accessibility-statement', locale));
const textOf = (input: LegalPageInput) => norm(renderText(compose(input)));
const codes = (input: LegalPageInput) => checkCompliance(input).map((f: Finding) => f.code);

/** The audit with these counts and no per-criterion results. */
const withCounts = (input: LegalPageInput, met: number, applicable: number) => {
  const audit = input.accessibility!.audit!;
  delete audit.criteria;
  audit.metCriteria = met;
  audit.applicableCriteria = applicable;
  return input;
};

const fullyCompliant = (locale: 'fr' | 'en') => {
  const input = withCounts(statement(locale), 58, 58);
  delete input.accessibility!.nonConformities;
  return input;
};
const nonCompliant = (locale: 'fr' | 'en') => withCounts(statement(locale), 20, 58);
const bare = (input: LegalPageInput) => {
  delete input.accessibility!.derogations;
  delete input.accessibility!.exemptions;
  return input;
};

describe('the conformity status, computed', () => {
  it.each([
    [58, 58, 'compliant', 100],
    [45, 58, 'partially-compliant', 77],
    [29, 58, 'partially-compliant', 50],
    [28, 58, 'non-compliant', 48],
    [105, 106, 'partially-compliant', 99],
  ])('%d met of %d: %s, %d %%', (met, applicable, status, rate) => {
    expect(conformityOf(withCounts(statement(), met, applicable))).toMatchObject({ status, rate, auditProblem: null });
  });

  it('counts the per-criterion results when no counts are given', () => {
    const input = statement();
    delete input.accessibility!.audit!.applicableCriteria;
    delete input.accessibility!.audit!.metCriteria;
    expect(conformityOf(input)).toMatchObject({ status: 'partially-compliant', met: 45, applicable: 58, rate: 77 });
  });

  it('is "non conforme" without an audit, with one older than three years, or with one without results', () => {
    const none = statement();
    delete none.accessibility!.audit;
    expect(conformityOf(none)).toMatchObject({ status: 'non-compliant', rate: null, auditProblem: 'missing' });
    const old = statement();
    old.accessibility!.audit!.date = '2023-12-01';
    expect(conformityOf(old)).toMatchObject({ status: 'non-compliant', rate: null, auditProblem: 'expired' });
    const stillValid = statement();
    stillValid.accessibility!.audit!.date = '2023-12-02';
    expect(conformityOf(stillValid).auditProblem).toBeNull();
    const empty = statement();
    delete empty.accessibility!.audit!.criteria;
    delete empty.accessibility!.audit!.applicableCriteria;
    delete empty.accessibility!.audit!.metCriteria;
    expect(conformityOf(empty)).toMatchObject({ status: 'non-compliant', auditProblem: 'no-results' });
  });

  it('judges the audit on the date the statement takes effect, which the statement requires', () => {
    const input = statement();
    input.effectiveDate = '2028-06-12';
    expect(conformityOf(input).auditProblem).toBe('expired');
    delete input.effectiveDate;
    expect(validateInput(input).problems.map((p) => p.path)).toEqual(['/effectiveDate']);
  });

  it('refuses counts that contradict each other or the per-criterion results', () => {
    const more = withCounts(statement(), 60, 58);
    expect(validateInput(more).problems.map((p) => p.path)).toEqual(['/accessibility/audit/metCriteria']);
    const disagree = statement();
    disagree.accessibility!.audit!.metCriteria = 44;
    expect(validateInput(disagree).problems[0].message).toContain('45 met of 58 applicable');
    const alone = statement();
    delete alone.accessibility!.audit!.metCriteria;
    expect(validateInput(alone).problems.map((p) => p.path)).toEqual(['/accessibility/audit/metCriteria']);
  });
});

describe.each(['fr', 'en'] as const)('the statement (%s)', (locale) => {
  const words = {
    fr: { full: 'est totalement conforme', partial: 'est partiellement conforme', none: 'est non conforme', derogations: 'Dérogations pour charge disproportionnée', exempt: "Contenus non soumis à l'obligation", rate: '77 % des critères', remedy: 'Libre réponse 71120, 75342 Paris CEDEX 07' },
    en: { full: 'is fully compliant', partial: 'is partially compliant', none: 'is non-compliant', derogations: 'Disproportionate burden', exempt: 'Content outside the scope', rate: '77% of the criteria', remedy: 'Libre réponse 71120, 75342 Paris CEDEX 07' },
  }[locale];
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const cases: Array<[string, LegalPageInput, string]> = [
    ['fully compliant', fullyCompliant(locale), words.full],
    ['fully compliant, without derogations or exempt content', bare(fullyCompliant(locale)), words.full],
    ['partially compliant', statement(locale), words.partial],
    ['partially compliant, without derogations or exempt content', bare(statement(locale)), words.partial],
    ['non-compliant', nonCompliant(locale), words.none],
    ['non-compliant, without derogations or exempt content', bare(nonCompliant(locale)), words.none],
  ];

  it.each(cases)('%s: states its computed status and the remedy in full, in valid HTML', async (_, input, status) => {
    const text = textOf(input);
    expect(text).toContain(status);
    expect(text).toContain(words.remedy);
    expect(text).toContain('https://formulaire.defenseurdesdroits.fr/');
    const report = await validator.validateString(renderHtml(compose(input), { document: true }));
    expect(report.valid).toBe(true);
  });

  it('lists derogations with their justification and alternative, and exempt content, only when there are some', () => {
    // The plain text prints subheadings in capitals.
    const upper = (input: LegalPageInput) => textOf(input).toUpperCase();
    expect(upper(statement(locale))).toContain(words.derogations.toUpperCase());
    expect(upper(statement(locale))).toContain(words.exempt.toUpperCase());
    const without = upper(bare(statement(locale)));
    expect(without).not.toContain(words.derogations.toUpperCase());
    expect(without).not.toContain(words.exempt.toUpperCase());
  });

  it('prints the rate of a valid audit, and why there is none otherwise', () => {
    expect(textOf(statement(locale))).toContain(words.rate);
    const old = statement(locale);
    old.accessibility!.audit!.date = '2020-01-10';
    const text = textOf(old);
    expect(text).toContain(words.none);
    expect(text).not.toContain(words.rate);
    expect(text).toMatch(locale === 'fr' ? /date de plus de trois ans/ : /more than three years old/);
  });

  it('leaves out a section with nothing to state: no feedback channel, no plans, no inaccessible content', () => {
    const input = bare(fullyCompliant(locale));
    delete input.accessibility!.feedback;
    delete input.accessibility!.multiYearPlanUrl;
    delete input.accessibility!.actionPlanUrl;
    expect(compose(input).sections.map((s) => s.id)).toEqual(['conformity', 'establishment', 'remedy', 'custom-reuse']);
  });
});

describe('French wording', () => {
  it('cites article 47 of loi 2005-102 and contracts its articles', () => {
    const text = textOf(statement('fr'));
    expect(text).toContain("en application de l'article 47 de la loi n° 2005-102 du 11 février 2005");
    expect(text).toContain('Les engagements de la Région');
    expect(text).not.toMatch(/\b(de|à) (le|les) /);
    expect(text).toContain("textuelle (critères 1.1 et 1.2).");
    expect(text).toContain('(45 critères respectés sur 58 critères applicables)');
  });
});

describe('checks', () => {
  const cases: Array<[string, string, (input: LegalPageInput) => void]> = [
    ['a11y.audit-missing', 'warning', (i) => delete i.accessibility!.audit],
    ['a11y.audit-expired', 'warning', (i) => (i.accessibility!.audit!.date = '2023-01-31')],
    ['a11y.audit-results', 'warning', (i) => {
      delete i.accessibility!.audit!.criteria;
      delete i.accessibility!.audit!.applicableCriteria;
      delete i.accessibility!.audit!.metCriteria;
    }],
    ['a11y.derogation-justification', 'error', (i) => delete i.accessibility!.derogations![0].justification],
    ['a11y.derogation-alternative', 'error', (i) => (i.accessibility!.derogations![0].alternative = ' ')],
    ['a11y.feedback-missing', 'error', (i) => delete i.accessibility!.feedback],
    ['a11y.feedback-foreign-domain', 'warning', (i) => (i.accessibility!.feedback!.email = 'accessibilite@autre-metropole.fr')],
    ['a11y.feedback-foreign-site', 'warning', (i) => (i.accessibility!.feedback!.url = 'https://www.autre-metropole.fr/contact')],
    ['a11y.compliant-with-non-conformities', 'error', (i) => withCounts(i, 58, 58)],
    ['a11y.established-date', 'error', (i) => delete i.accessibility!.establishedOn],
    ['a11y.statement-outdated', 'warning', (i) => {
      i.accessibility!.establishedOn = '2023-06-20';
      delete i.accessibility!.updatedOn;
    }],
    ['a11y.substantial-change', 'warning', (i) => (i.accessibility!.substantialChangeOn = '2026-11-24')],
    ['a11y.multi-year-plan', 'warning', (i) => delete i.accessibility!.multiYearPlanUrl],
    ['a11y.action-plan', 'warning', (i) => delete i.accessibility!.actionPlanUrl],
    ['a11y.statement-link', 'warning', (i) => delete i.page!.links!.accessibilityStatement],
  ];

  it('a complete statement has no finding at all', () => {
    for (const locale of ['fr', 'en'] as const) expect(checkCompliance(statement(locale))).toEqual([]);
  });

  it.each(cases)('%s (%s) is reported when its facts call for it, in French and English', (code, severity, change) => {
    const input = statement();
    change(input);
    const found = checkCompliance(input).filter((f) => f.code === code);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    expect(found[0].message.fr).not.toMatch(/\{\w+\}/);
    expect(found[0].message.en).not.toMatch(/\{\w+\}/);
  });

  it.each(cases)('%s is not reported for the complete statement', (code) => {
    expect(codes(statement())).not.toContain(code);
  });

  it('forces "non conforme" and says why when the audit is missing or too old', () => {
    const input = statement();
    input.accessibility!.audit!.date = '2023-01-31';
    expect(accessibilityMention(input).status).toBe('non-compliant');
    expect(checkCompliance(input).find((f) => f.code === 'a11y.audit-expired')?.message.fr).toContain('2023-01-31');
  });

  it('accepts the publisher’s domain for the feedback address, and flags another organisation’s', () => {
    const input = statement();
    input.accessibility!.feedback!.email = 'a11y@publisher.example.fr';
    input.publisher!.domains = ['publisher.example.fr'];
    expect(codes(input)).not.toContain('a11y.feedback-foreign-domain');
  });

  it('asks private bodies for no multi-year plan', () => {
    const input = statement();
    input.controller.kind = 'company';
    delete input.accessibility!.multiYearPlanUrl;
    delete input.accessibility!.actionPlanUrl;
    expect(codes(input)).not.toEqual(expect.arrayContaining(['a11y.multi-year-plan']));
  });
});

describe('the footer mention', () => {
  it.each([
    ['fr', fullyCompliant, 'compliant', 100, 'Accessibilité : totalement conforme'],
    ['fr', statement, 'partially-compliant', 77, 'Accessibilité : partiellement conforme'],
    ['fr', nonCompliant, 'non-compliant', 34, 'Accessibilité : non conforme'],
    ['en', fullyCompliant, 'compliant', 100, 'Accessibility: fully compliant'],
    ['en', statement, 'partially-compliant', 77, 'Accessibility: partially compliant'],
    ['en', nonCompliant, 'non-compliant', 34, 'Accessibility: non-compliant'],
  ] as const)('%s, %s', (locale, make, status, rate, label) => {
    const mention = accessibilityMention(make(locale));
    expect({ ...mention, label: norm(mention.label) }).toEqual({ status, rate, label, url: '/accessibilite' });
  });

  it('keeps the French non-breaking space before the colon', () => {
    expect(accessibilityMention(statement('fr')).label).toBe('Accessibilité\u00a0: partiellement conforme');
  });
});
