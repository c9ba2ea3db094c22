/** checkCompliance: the seeds' defects are flagged with stable codes; a complete input passes. */
import { COMPLIANCE_CODES, COMPLIANCE_RULES, checkCompliance, hasBlockingFindings, type Finding, type LegalPageInput } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { seed000 } from './fixtures/seed-000';
import { seed001 } from './fixtures/seed-001';
import { seed002 } from './fixtures/seed-002';
import { clone } from './helpers';

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const at = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.path);

describe('seed 001 (Nîmes Métropole)', () => {
  const findings = checkCompliance(seed001);

  it('flags the missing legal basis of every purpose, as blocking errors', () => {
    expect(at(findings, 'gdpr.13.1.c.legal-basis')).toEqual(seed001.purposes!.map((_, i) => `/purposes/${i}/legalBasis`));
    expect(findings.find((f) => f.code === 'gdpr.13.1.c.legal-basis')?.severity).toBe('error');
    expect(hasBlockingFindings(findings)).toBe(true);
  });
  it('flags the obsolete references kept in the editor text', () => {
    expect(at(findings, 'obsolete.simplified-norm')).toEqual(['/page/customSections/0/body']);
    expect(at(findings, 'obsolete.google-plus')).toEqual(['/page/customSections/2/body']);
    expect(at(findings, 'obsolete.law-numbering')).toEqual(['/rights/0/conditions']);
    const cookiesArticle = findings.find((f) => f.code === 'citation.outdated-article')!;
    expect(cookiesArticle.path).toBe('/page/customSections/1/body');
    expect(cookiesArticle.message.fr).toBe(
      "Référence périmée « article 32II de la loi informatique et libertés » : ce texte relève aujourd'hui de l'article 82 de la loi n° 78-17 du 6 janvier 1978."
    );
    expect(at(findings, 'obsolete.blocking-right')).toEqual(['/rights/0/conditions']);
  });
  it('flags the DPO email of another organisation', () => {
    expect(at(findings, 'consistency.dpo-foreign-domain')).toEqual(['/dpo/email']);
  });
  it('flags the email channel that has no address', () => {
    expect(at(findings, 'consistency.empty-channel')).toEqual(['/rightsExercise/channels/0']);
  });
  it('flags the missing complaint right, restriction right and post-mortem directives', () => {
    expect(codes(findings)).toEqual(expect.arrayContaining(['gdpr.13.2.d.complaint', 'gdpr.13.2.b.rights', 'fr.78-17.85.post-mortem']));
    const missingRight = findings.find((f) => f.code === 'gdpr.13.2.b.rights')!;
    expect(missingRight.message.fr).toBe("Le droit suivant n'est pas mentionné : droit à la limitation du traitement.");
    expect(missingRight.message.en).toBe('This right is not mentioned: right to restriction of processing.');
  });
});

describe('seed 002 (Brest métropole)', () => {
  const findings = checkCompliance(seed002);

  it('flags the missing legal bases', () => expect(at(findings, 'gdpr.13.1.c.legal-basis')).toHaveLength(seed002.purposes!.length));
  it('flags the "correspondant informatique et libertés" and the "déclaration à la CNIL"', () => {
    expect(at(findings, 'obsolete.cil')).toEqual(['/page/customSections/0/body']);
    expect(at(findings, 'obsolete.cnil-declaration')).toEqual(['/page/customSections/0/body']);
  });
  it('flags NS 48 and Google+', () => {
    expect(at(findings, 'obsolete.simplified-norm')).toEqual(['/page/customSections/1/body']);
    expect(at(findings, 'obsolete.google-plus')).toEqual(['/page/customSections/2/body']);
  });
  it('flags a public body called "la Société" and the sentence ending "lors de :"', () => {
    expect(at(findings, 'consistency.designation-kind')).toEqual(['/site/designation/text']);
    expect(findings.find((f) => f.code === 'consistency.placeholder')?.message.fr).toContain('lors de :');
  });
  it('flags "par courrier papier à l’adresse" with no address', () => {
    expect(at(findings, 'consistency.empty-channel')).toEqual(['/rightsExercise/channels/0', '/rightsExercise/channels/1']);
  });
  it('flags purposes without retention', () => {
    expect(at(findings, 'gdpr.13.2.a.retention')).toEqual(['/purposes/0/retention', '/purposes/1/retention', '/purposes/2/retention', '/purposes/3/retention', '/purposes/6/retention']);
  });
});

describe('seed 000 (Clermont Auvergne Métropole, legal notice)', () => {
  const findings = checkCompliance(seed000);
  it('requires the host’s address and phone', () => {
    expect(at(findings, 'lcen.6.host-address')).toEqual(['/host/address']);
    expect(at(findings, 'lcen.6.host-phone')).toEqual(['/host/phone']);
  });
  it('warns that the DPO domain is a look-alike of the controller’s', () => {
    expect(at(findings, 'consistency.dpo-domain-variant')).toEqual(['/dpo/email']);
    expect(codes(findings)).not.toContain('consistency.dpo-foreign-domain');
  });
  it('does not apply privacy-policy rules to a legal notice', () => {
    expect(codes(findings).filter((c) => c.startsWith('gdpr.13.1.c'))).toEqual([]);
  });
});

describe('a complete input', () => {
  it.each(['privacy-policy', 'privacy-summary', 'legal-notice', 'cookie-policy', 'accessibility-statement'] as const)('has no blocking finding as a %s', (kind) => {
    for (const locale of ['fr', 'en'] as const) {
      const findings = checkCompliance(fullInput(kind, locale));
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});

describe('rules', () => {
  const base = () => clone(fullInput('privacy-policy'));

  it('every finding carries a known code, its severity and both messages', () => {
    for (const f of [...checkCompliance(seed001), ...checkCompliance(seed002), ...checkCompliance(seed000)]) {
      expect(COMPLIANCE_CODES).toContain(f.code);
      expect(f.severity).toBe(COMPLIANCE_RULES[f.code].severity);
      expect(f.message.fr).not.toMatch(/\{\w+\}/);
      expect(f.message.en).not.toMatch(/\{\w+\}/);
      expect(f.path.startsWith('/')).toBe(true);
    }
  });

  it('legitimate interests need their description, and a public body is warned', () => {
    const input = base();
    input.purposes![1].legalBasis = 'legitimate-interests';
    const findings = checkCompliance(input);
    expect(at(findings, 'gdpr.13.1.d.legitimate-interest')).toEqual(['/purposes/1/legitimateInterest']);
    expect(at(findings, 'gdpr.6.1.f.public-authority')).toEqual(['/purposes/1/legalBasis']);
  });

  it('consent needs the right to withdraw it', () => {
    const input = base();
    input.rights = input.rights!.filter((r) => r.kind !== 'withdraw-consent');
    expect(codes(checkCompliance(input))).toContain('gdpr.13.2.c.withdraw-consent');
  });

  it('a transfer needs a safeguard; a recipient outside the EEA needs a transfer', () => {
    const input = base();
    delete input.transfers![0].safeguard;
    input.recipients!.push({ id: 'in', name: 'Offshore Ltd', kind: 'processor', country: 'IN' });
    const findings = checkCompliance(input);
    expect(at(findings, 'gdpr.13.1.f.transfer-safeguard')).toEqual(['/transfers/0/safeguard']);
    expect(at(findings, 'gdpr.13.1.f.undeclared-transfer')).toEqual(['/recipients/2/country']);
  });

  it('indirect collection needs its source; automated decisions need their logic and the Art. 22 right', () => {
    const input = base();
    delete input.purposes![0].dataSources;
    delete input.purposes![0].automatedDecision!.logic;
    input.rights = input.rights!.filter((r) => r.kind !== 'no-automated-decision');
    const found = codes(checkCompliance(input));
    expect(found).toEqual(expect.arrayContaining(['gdpr.14.2.f.source', 'gdpr.13.2.f.automated-decision', 'gdpr.22.right']));
  });

  it('a public body must appoint a DPO; an appointed DPO needs a contact', () => {
    const none = base();
    none.dpo = { appointed: false };
    expect(codes(checkCompliance(none))).toContain('gdpr.37.1.a.dpo-required');
    const silent = base();
    silent.dpo = { appointed: true, name: 'X' };
    expect(codes(checkCompliance(silent))).toContain('gdpr.13.1.b.dpo-contact');
  });

  it('an external DPO silences the foreign-domain check; a rights email of another organisation is flagged', () => {
    const input = base();
    input.dpo = { ...input.dpo!, email: 'dpo@cdg35.fr', external: true, organisation: 'Centre de gestion' };
    input.rightsExercise!.channels![0] = { type: 'email', email: 'rgpd@other-city.example.org' };
    const findings = checkCompliance(input);
    expect(codes(findings)).not.toContain('consistency.dpo-foreign-domain');
    expect(at(findings, 'consistency.rights-foreign-domain')).toEqual(['/rightsExercise/channels/0/email']);
  });

  it('a rights address in another city is flagged', () => {
    const input = base();
    input.rightsExercise!.channels![1] = { type: 'postal', address: { street: '1 rue X', postalCode: '13001', city: 'Marseille' } };
    expect(at(checkCompliance(input), 'consistency.foreign-city')).toEqual(['/rightsExercise/channels/1/address/city']);
  });

  it('LCEN: a company needs registration and share capital; the director is required', () => {
    const input: LegalPageInput = { ...clone(fullInput('legal-notice')), publisher: { legalName: 'ACME', kind: 'company', address: { street: '1 rue', postalCode: '75001', city: 'Paris' }, phone: '01 00 00 00 00' } };
    delete input.directorOfPublication;
    const found = codes(checkCompliance(input));
    expect(found).toEqual(expect.arrayContaining(['lcen.6.publisher-registration', 'lcen.6.share-capital', 'lcen.6.director']));
  });

  it('invalid SIRET is flagged', () => {
    const input = base();
    input.controller.registration!.siret = '73282932000075';
    expect(at(checkCompliance(input), 'consistency.invalid-identifier')).toEqual(['/controller/registration/siret']);
  });

  it('cookies: lifetime over 13 months and no consent manager', () => {
    const input = clone(fullInput('cookie-policy'));
    input.cookies![0].duration = { value: 2, unit: 'years' };
    delete input.page!.links!.consentManager;
    const found = codes(checkCompliance(input));
    expect(found).toEqual(expect.arrayContaining(['cookies.lifetime', 'cookies.consent-manager']));
  });

  it('locale gaps: missing in this page’s locale blocks, missing in another warns', () => {
    const input = base();
    input.localeCoverage = { locales: ['fr', 'en'], missing: [{ path: '/purposes/0/description', locale: 'en' }, { path: '/purposes/1/title', locale: 'fr' }] };
    const findings = checkCompliance(input);
    expect(findings.filter((f) => f.code === 'locale.gap').map((f) => [f.path, f.severity])).toEqual([['/purposes/0/description', 'warning']]);
    expect(findings.filter((f) => f.code === 'locale.missing-text').map((f) => [f.path, f.severity])).toEqual([['/purposes/1/title', 'error']]);
  });

  it('Safe Harbor and Privacy Shield are obsolete', () => {
    const input = base();
    input.transfers![0].safeguardDetails = 'Certifié Privacy Shield et Safe Harbor.';
    expect(codes(checkCompliance(input))).toEqual(expect.arrayContaining(['obsolete.privacy-shield', 'obsolete.safe-harbor']));
  });

  it('never throws: invalid input yields input.invalid errors', () => {
    const findings = checkCompliance({ kind: 'nope' });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === 'input.invalid' && f.severity === 'error')).toBe(true);
  });
});
