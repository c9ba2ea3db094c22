/**
 * The controller's kind and country drive the law applied: bases that do not fit a private body, the law a
 * legal-obligation or public-task basis rests on (GDPR Art. 6(3)), and the CNIL and French law for France only.
 */
import { checkCompliance, compose, renderJson, renderText, validateInput, type Finding, type LegalPageInput, type PageKind } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { clone, norm } from './helpers';

const at = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.path);
const textOf = (input: LegalPageInput) => norm(renderText(compose(input)));

/** The complete input, its controller a company. */
const company = (kind: PageKind = 'privacy-policy', locale: 'fr' | 'en' = 'fr'): LegalPageInput => {
  const input = clone(fullInput(kind, locale));
  input.controller = { ...input.controller, kind: 'company', legalName: 'Exemple SAS', legalForm: 'SAS', nameGrammar: { article: 'none' } };
  input.site.designation = locale === 'fr' ? { text: 'Société', gender: 'f' } : { text: 'Company' };
  return input;
};

/** The complete input, its controller established in Ireland and no authority named. */
const irish = (kind: PageKind = 'privacy-policy', locale: 'fr' | 'en' = 'fr'): LegalPageInput => {
  const input = company(kind, locale);
  input.controller.address = { street: '1 Grand Canal Square', postalCode: 'D02 P820', city: 'Dublin', country: 'IE' };
  delete input.publisher;
  delete input.supervisoryAuthority;
  return input;
};

const DUBLIN_AUTHORITY = {
  name: 'Data Protection Commission',
  address: { street: '21 Fitzwilliam Square South', postalCode: 'D02 RD28', city: 'Dublin 2', country: 'IE' },
  website: 'https://www.dataprotection.ie',
};

describe('legal bases that do not fit the controller’s kind', () => {
  it('warns a company whose purpose rests on a public task, asking it to confirm by citing the law', () => {
    const input = company();
    delete input.purposes![0].legalBasisReference;
    const findings = checkCompliance(input);
    expect(at(findings, 'gdpr.6.1.e.private-body')).toEqual(['/purposes/0/legalBasis']);
    const warning = findings.find((f) => f.code === 'gdpr.6.1.e.private-body')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message.fr).toContain('« Gestion des comptes » repose sur l\'exécution d\'une mission d\'intérêt public');
    expect(warning.message.en).toContain('“Gestion des comptes” relies on a task carried out in the public interest');
    // One finding asks for the citation, not two.
    expect(at(findings, 'gdpr.6.3.legal-basis-reference')).toEqual([]);
  });

  it('takes the cited law as the company’s confirmation', () => {
    expect(at(checkCompliance(company()), 'gdpr.6.1.e.private-body')).toEqual([]);
  });

  it('an association and a natural person are private bodies too', () => {
    for (const kind of ['association', 'person'] as const) {
      const input = company();
      input.controller.kind = kind;
      delete input.purposes![0].legalBasisReference;
      expect(at(checkCompliance(input), 'gdpr.6.1.e.private-body')).toEqual(['/purposes/0/legalBasis']);
    }
  });

  it('a public body keeps today’s behaviour: no private-body warning, legitimate interests still flagged', () => {
    const input = clone(fullInput());
    delete input.purposes![0].legalBasisReference;
    const findings = checkCompliance(input);
    expect(at(findings, 'gdpr.6.1.e.private-body')).toEqual([]);
    input.purposes![1].legalBasis = 'legitimate-interests';
    expect(at(checkCompliance(input), 'gdpr.6.1.f.public-authority')).toEqual(['/purposes/1/legalBasis']);
  });
});

describe('the law a legal-obligation or public-task basis rests on (GDPR Art. 6(3))', () => {
  it('is a warning when missing, for a public task as for a legal obligation', () => {
    const input = clone(fullInput());
    delete input.purposes![0].legalBasisReference;
    input.purposes![1].legalBasis = 'legal-obligation';
    const findings = checkCompliance(input);
    expect(at(findings, 'gdpr.6.3.legal-basis-reference')).toEqual(['/purposes/0/legalBasisReference', '/purposes/1/legalBasisReference']);
    const [task, obligation] = findings.filter((f) => f.code === 'gdpr.6.3.legal-basis-reference');
    expect(task.severity).toBe('warning');
    expect(task.message.fr).toBe("La finalité « Gestion des comptes » repose sur une mission d'intérêt public : citez le texte qui la prévoit (article 6.3 du RGPD).");
    expect(obligation.message.en).toBe('The purpose “Lettre d’information” relies on a legal obligation: cite the law that lays it down (Article 6(3) GDPR).');
  });

  it('is not asked for the other bases', () => {
    const findings = checkCompliance(fullInput());
    expect(at(findings, 'gdpr.6.3.legal-basis-reference')).toEqual([]);
  });

  it('is printed next to the basis, as a link when it has one, in French and English', () => {
    const fr = textOf(fullInput());
    expect(fr).toContain(
      "Base légale : l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique (article 6.1.e du RGPD ; article L. 312-1-1 du code des relations entre le public et l'administration (https://www.legifrance.gouv.fr/codes/id/LEGITEXT000031366350))",
    );
    const en = textOf(fullInput('privacy-policy', 'en'));
    expect(en).toContain(
      'Legal basis: the performance of a task carried out in the public interest or in the exercise of official authority (Article 6(1)(e) GDPR; Article L. 312-1-1 of the French Code of Relations between the Public and the Administration (https://www.legifrance.gouv.fr/codes/id/LEGITEXT000031366350))',
    );
  });

  it('is a link node of the JSON tree, and plain text without its URL', () => {
    const json = JSON.stringify(JSON.parse(renderJson(compose(fullInput()))));
    expect(json).toContain(
      '{"type":"link","href":"https://www.legifrance.gouv.fr/codes/id/LEGITEXT000031366350","children":[{"type":"text","value":"article L. 312-1-1 du code des relations entre le public et l’administration"}]}',
    );
    const input = clone(fullInput());
    delete input.purposes![0].legalBasisReference!.url;
    expect(JSON.stringify(compose(input))).not.toContain('LEGITEXT000031366350');
    expect(textOf(input)).toContain("(article 6.1.e du RGPD ; article L. 312-1-1 du code des relations entre le public et l'administration)\n");
  });

  it('is validated: a citation is required, the link must be http(s)', () => {
    const input = clone(fullInput()) as unknown as { purposes: Array<Record<string, unknown>> };
    input.purposes[0].legalBasisReference = { url: 'javascript:alert(1)' };
    expect(validateInput(input).problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/purposes/0/legalBasisReference/citation', '/purposes/0/legalBasisReference/url']),
    );
    input.purposes[0].legalBasisReference = { citation: '' };
    expect(validateInput(input).problems.map((p) => p.path)).toEqual(['/purposes/0/legalBasisReference/citation']);
  });
});

describe('the supervisory authority and national law follow the controller’s country', () => {
  it('a controller in France (or with no country) gets the CNIL and French law, with no finding', () => {
    for (const country of ['FR', undefined]) {
      const input = clone(fullInput());
      delete input.supervisoryAuthority;
      input.controller.address!.country = country;
      const findings = checkCompliance(input);
      expect(at(findings, 'gdpr.13.2.d.supervisory-authority')).toEqual([]);
      const text = textOf(input);
      // Any authority (Art. 77), then the controller's own, named once with its contact details.
      expect(text).toContain("Droit d'introduire une réclamation (article 77 du RGPD) : auprès d'une autorité de contrôle, notamment dans l'État membre où vous vivez, où vous travaillez ou où la violation aurait été commise.");
      expect(text).toContain("Autorité compétente : Commission nationale de l'informatique et des libertés (CNIL)\n");
      expect(text).toContain('loi n° 78-17 du 6 janvier 1978');
      expect(text).toContain('Directives post mortem');
    }
  });

  it('a controller elsewhere without an authority gets a finding, and its pages name no authority', () => {
    for (const kind of ['privacy-policy', 'privacy-summary'] as const) {
      const findings = checkCompliance(irish(kind));
      expect(at(findings, 'gdpr.13.2.d.supervisory-authority')).toEqual(['/supervisoryAuthority']);
      expect(findings.find((f) => f.code === 'gdpr.13.2.d.supervisory-authority')?.severity).toBe('warning');
    }
    const fr = textOf(irish());
    expect(fr).toContain(
      "Droit d'introduire une réclamation (article 77 du RGPD) : auprès d'une autorité de contrôle, notamment dans l'État membre où vous vivez, où vous travaillez ou où la violation aurait été commise.",
    );
    const en = textOf(irish('privacy-policy', 'en'));
    expect(en).toContain(
      'Right to lodge a complaint (Article 77 GDPR): with a supervisory authority, in particular in the EU country where you live or work, or where the alleged infringement took place.',
    );
    expect(textOf(irish('privacy-summary', 'en'))).toContain(
      'You can also lodge a complaint with a supervisory authority, in particular in the EU country where you live or work.\n',
    );
  });

  it.each(['fr', 'en'] as const)('prints no CNIL, loi 78-17, post-mortem directives or LCEN for a controller elsewhere (%s)', (locale) => {
    const pages = (['privacy-policy', 'privacy-summary', 'legal-notice', 'cookie-policy'] as const).map((kind) => textOf(irish(kind, locale)));
    for (const text of pages) {
      expect(text).not.toMatch(/CNIL|Commission nationale|78-17|Informatique et Libertés|French Data Protection Act|French data protection authority/);
      expect(text).not.toMatch(/post mortem|post-mortem|after your death|après votre décès/i);
      expect(text).not.toMatch(/LCEN|2004-575/);
    }
    const [policy] = pages;
    expect(policy).toContain(locale === 'fr' ? 'protection des données (« RGPD »).' : 'the General Data Protection Regulation (“GDPR”).');
  });

  it('warns that the post-mortem directives entered are left out, and asks for none in their absence', () => {
    const findings = checkCompliance(irish());
    const postMortem = irish().rights!.findIndex((r) => r.kind === 'post-mortem');
    expect(at(findings, 'fr.78-17.85.outside-france')).toEqual([`/rights/${postMortem}`]);
    const without = irish();
    without.rights = without.rights!.filter((r) => r.kind !== 'post-mortem');
    const codes = checkCompliance(without).map((f) => f.code);
    expect(codes).not.toContain('fr.78-17.85.post-mortem');
    expect(codes).not.toContain('fr.78-17.85.outside-france');
  });

  it('names the authority the editor gave, with its contact details, and then has no finding', () => {
    const input = irish('privacy-policy', 'en');
    input.supervisoryAuthority = DUBLIN_AUTHORITY;
    expect(at(checkCompliance(input), 'gdpr.13.2.d.supervisory-authority')).toEqual([]);
    const text = textOf(input);
    expect(text).toContain('with a supervisory authority, in particular in the EU country where you live or work, or where the alleged infringement took place.');
    expect(text).toContain('Competent authority: Data Protection Commission\n');
    expect(text).toContain('Address: 21 Fitzwilliam Square South, D02 RD28 Dublin 2, Ireland');
    expect(text).toContain('Website: https://www.dataprotection.ie');
    expect(text).not.toContain('CNIL');
  });

  it('the legal notice follows the publisher: a French publisher keeps the LCEN for a foreign controller', () => {
    const input = irish('legal-notice');
    input.publisher = clone(fullInput('legal-notice').publisher);
    expect(textOf(input)).toContain("conformément à l'article 1-1 de la loi n° 2004-575 du 21 juin 2004");
  });
});
