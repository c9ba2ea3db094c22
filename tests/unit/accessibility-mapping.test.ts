/** The accessibility statement's facts as the Content Manager holds them, mapped onto the core's input. */
import { checkCompliance, validateInput } from '../../server/src/core';
import { findingSource } from '../../server/src/mapping/finding-source';
import { toPageInput, type Doc } from '../../server/src/mapping/to-input';
import { rulesFor } from '../../server/src/validation/rules';

const site: Doc = {
  documentId: 'site-1',
  name: 'Data Bretagne',
  slug: 'data-bretagne',
  baseUrl: 'https://data.bretagne.example.fr',
  designation: 'Région',
  controller: { documentId: 'org-1', name: 'Région Bretagne', kind: 'public-body', nameInText: 'feminine', website: 'https://www.bretagne.example.fr' },
  purposes: [{ documentId: 'p-1', title: 'Comptes', legalBasis: 'public-task' }],
  accessibilityAudit: {
    documentId: 'audit-1',
    date: '2025-06-12',
    auditor: 'Cabinet Ouest Accessibilité',
    rgaaVersion: '4.1',
    criteriaResults: { '1.1': 'C', '1.2': 'NC', '1.3': 'NA', '2.1': 'met' },
    sampledPages: 'Accueil https://data.bretagne.example.fr/\nRecherche – https://data.bretagne.example.fr/explore\nMentions légales',
    technologies: 'HTML5, CSS\nJavaScript',
    testEnvironment: 'Firefox 128 + NVDA 2024.4\nSafari 18 avec VoiceOver',
    tools: 'Assistant RGAA',
  },
  accessibilityContent: [
    { documentId: 'c-1', kind: 'non-conformity', description: 'Images sans alternative.', criteria: '1.1, 1.2' },
    { documentId: 'c-2', kind: 'derogation', description: 'Cartes interactives.', justification: 'Charge disproportionnée.', alternative: 'Tableaux téléchargeables.' },
    { documentId: 'c-3', kind: 'exempt', description: 'Fichiers bureautiques antérieurs au 23 septembre 2018.' },
    { documentId: 'c-4', kind: 'non-conformity', description: 'Formulaire sans étiquettes.' },
  ],
  accessibilityStatementUrl: '/accessibilite',
  accessibilityFeedbackEmail: 'accessibilite@bretagne.example.fr',
  accessibilityEstablishedOn: '2025-06-20',
  multiYearPlanUrl: 'https://www.bretagne.example.fr/schema',
};

const input = toPageInput(site, { kind: 'accessibility-statement', locale: 'fr', effectiveDate: '2026-01-01', lastUpdated: '2026-01-01' });

describe('the accessibility statement’s input', () => {
  it('reads the audit’s lines, C/NC/NA results and lists', () => {
    expect(input.accessibility).toEqual({
      audit: {
        date: '2025-06-12',
        auditor: 'Cabinet Ouest Accessibilité',
        rgaaVersion: '4.1',
        criteria: [
          { id: '1.1', result: 'met' },
          { id: '1.2', result: 'not-met' },
          { id: '1.3', result: 'not-applicable' },
          { id: '2.1', result: 'met' },
        ],
        pages: [
          { title: 'Accueil', url: 'https://data.bretagne.example.fr/' },
          { title: 'Recherche', url: 'https://data.bretagne.example.fr/explore' },
          { title: 'Mentions légales' },
        ],
        technologies: ['HTML5', 'CSS', 'JavaScript'],
        environment: [{ browser: 'Firefox 128', assistiveTechnology: 'NVDA 2024.4' }, { browser: 'Safari 18', assistiveTechnology: 'VoiceOver' }],
        tools: ['Assistant RGAA'],
      },
      multiYearPlanUrl: 'https://www.bretagne.example.fr/schema',
      nonConformities: [{ description: 'Images sans alternative.', criteria: ['1.1', '1.2'] }, { description: 'Formulaire sans étiquettes.' }],
      derogations: [{ description: 'Cartes interactives.', justification: 'Charge disproportionnée.', alternative: 'Tableaux téléchargeables.' }],
      exemptions: [{ description: 'Fichiers bureautiques antérieurs au 23 septembre 2018.' }],
      feedback: { email: 'accessibilite@bretagne.example.fr' },
      establishedOn: '2025-06-20',
    });
    expect(input.page?.links).toEqual({ accessibilityStatement: '/accessibilite' });
    expect(validateInput(input).valid).toBe(true);
  });

  it('leaves the privacy facts out of the statement, and the statement’s facts out of the other pages', () => {
    expect(input.purposes).toBeUndefined();
    const policy = toPageInput(site, { kind: 'privacy-policy', locale: 'fr' });
    expect(policy.accessibility).toBeUndefined();
    expect(policy.page?.links?.accessibilityStatement).toBeUndefined();
  });

  it('links each finding to the entry that holds its fact', () => {
    expect(findingSource('/accessibility/audit/date', site, 'fr')).toEqual({ type: 'accessibility-audit', documentId: 'audit-1', locale: 'fr' });
    expect(findingSource('/accessibility/nonConformities/1', site, 'fr')).toEqual({ type: 'accessibility-content', documentId: 'c-4', locale: 'fr' });
    expect(findingSource('/accessibility/derogations/0/alternative', site, 'fr')).toEqual({ type: 'accessibility-content', documentId: 'c-2', locale: 'fr' });
    expect(findingSource('/accessibility/feedback', site, 'fr')).toEqual({ type: 'site', documentId: 'site-1', locale: 'fr' });
    expect(checkCompliance(input).map((f) => f.code)).toContain('a11y.action-plan');
  });
});

describe('writes to the accessibility entries', () => {
  const rules = rulesFor(() => ['fr', 'en']);
  const problems = (type: string, entry: Record<string, unknown>) => rules[type].flatMap((check) => check(entry)).map((p) => p.path.join('.'));

  it('refuse counts that contradict each other, unknown criteria and results', () => {
    expect(problems('accessibility-audit', { applicableCriteria: 50, metCriteria: 51 })).toEqual(['metCriteria']);
    expect(problems('accessibility-audit', { applicableCriteria: 50 })).toEqual(['metCriteria']);
    expect(problems('accessibility-audit', { criteriaResults: { '1.1': 'C', '99.x': 'NC', '1.2': 'maybe' } })).toEqual(['criteriaResults']);
    expect(problems('accessibility-audit', { rgaaVersion: 'latest' })).toEqual(['rgaaVersion']);
    expect(problems('accessibility-audit', { applicableCriteria: 50, metCriteria: 40, criteriaResults: { '1.1': 'na' }, rgaaVersion: '4.1' })).toEqual([]);
  });

  it('refuse a derogation without its justification and alternative, and criteria that are not RGAA ones', () => {
    expect(problems('accessibility-content', { kind: 'derogation', description: 'Cartes' })).toEqual(['justification', 'alternative']);
    expect(problems('accessibility-content', { kind: 'non-conformity', description: 'Images', criteria: '1.1, image' })).toEqual(['criteria']);
    expect(problems('accessibility-content', { kind: 'exempt', description: 'Fichiers' })).toEqual([]);
  });
});
