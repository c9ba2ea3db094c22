/**
 * Issue 18, section 3: the facts real pages carry, each printed only when entered, in French and English, as
 * structured nodes of the JSON tree, with a finding where the page cannot say it yet.
 */
import { checkCompliance, compose, renderText, validateInput, type Block, type LegalDocument, type LegalPageInput, type PageKind } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { clone, norm } from './helpers';

type Locale = 'fr' | 'en';
type Edit = (input: LegalPageInput) => void;

const input = (kind: PageKind, locale: Locale, ...edits: Edit[]) => {
  const value = clone(fullInput(kind, locale));
  edits.forEach((edit) => edit(value));
  return value;
};
const textOf = (i: LegalPageInput) => norm(renderText(compose(i)));
const codesOf = (i: LegalPageInput) => checkCompliance(i).map((f) => f.code);
const section = (doc: LegalDocument, id: string) => doc.sections.find((s) => s.id === id);
const sectionText = (i: LegalPageInput, id: string) => {
  const doc = compose(i);
  const s = section(doc, id);
  return s ? norm(renderText({ ...doc, lead: [], sections: [s], toc: { ...doc.toc, show: false } })) : null;
};
/** Every block of a tree, nested ones included. */
const blocks = (list: Block[]): Block[] =>
  list.flatMap((b) => [b, ...(b.type === 'list' ? b.items.flatMap(blocks) : b.type === 'blockquote' ? blocks(b.children) : [])]);

describe('the controller’s registration in the privacy policy', () => {
  it.each([
    ['fr', 'SIRET : 73282932000074', 'Immatriculation : RCS Rennes 732 829 320'],
    ['en', 'SIRET: 73282932000074', 'RCS Rennes 732 829 320'],
  ] as const)('%s: printed in the controller article, without the share capital', (locale, siret, rcs) => {
    const text = sectionText(input('privacy-policy', locale), 'controller')!;
    expect(text).toContain(siret);
    expect(text).toContain(rcs);
    expect(text).not.toMatch(/Capital|capital/);
  });

  it('says nothing of it when none is entered', () => {
    const text = sectionText(input('privacy-policy', 'fr', (i) => delete i.controller.registration), 'controller')!;
    expect(text).not.toContain('SIRET');
  });
});

describe('a contact point distinct from the DPO', () => {
  it.each([
    ['fr', 'Questions sur le site et signalement d\'une erreur : support@bretagne.example.fr, 02 99 00 00 02'],
    ['en', 'Questions about the site and error reports: support@bretagne.example.fr, 02 99 00 00 02'],
  ] as const)('%s: labelled with its role in the privacy policy and the legal notice', (locale, line) => {
    expect(sectionText(input('privacy-policy', locale), 'controller')).toContain(line);
    expect(sectionText(input('legal-notice', locale), 'publisher')).toContain(line);
  });

  it('is a list item whose label is its role, with a mailto link, in the JSON tree', () => {
    const doc = compose(input('privacy-policy', 'en'));
    const item = blocks(section(doc, 'controller')!.blocks).find(
      (b) => b.type === 'paragraph' && b.children[0]?.type === 'text' && b.children[0].value.startsWith('Questions about the site'),
    );
    expect(item).toMatchObject({ type: 'paragraph', children: expect.arrayContaining([{ type: 'link', href: 'mailto:support@bretagne.example.fr', children: [{ type: 'text', value: 'support@bretagne.example.fr' }] }]) });
  });

  it('is absent when not entered, and invalid without its role', () => {
    expect(textOf(input('privacy-policy', 'fr', (i) => delete i.contactPoint))).not.toContain('support@');
    const noRole = input('privacy-policy', 'fr') as unknown as { contactPoint: Record<string, unknown> };
    delete noRole.contactPoint.role;
    expect(validateInput(noRole).problems.map((p) => p.path)).toEqual(['/contactPoint/role']);
  });
});

describe('the gender of a person holding a title', () => {
  const withGender = (gender: 'm' | 'f' | undefined): Edit => (i) => {
    i.controller.representative!.gender = gender;
    i.publisher!.representative = { name: 'Jeanne Martin', gender };
    i.directorOfPublication!.gender = gender;
    if (!gender) {
      delete i.controller.representative!.gender;
      delete i.publisher!.representative.gender;
      delete i.directorOfPublication!.gender;
    }
  };
  it.each([
    ['fr', 'f', 'Représentante légale : Jeanne Martin', 'Directrice de la publication'],
    ['fr', 'm', 'Représentant légal : Jeanne Martin', 'Directeur de la publication'],
    ['fr', undefined, 'Représentant légal : Jeanne Martin', 'Directeur de la publication'],
    ['en', 'f', 'Legal representative: Jeanne Martin', 'Director of publication'],
  ] as const)('%s, gender %s: "%s", "%s"', (locale, gender, representative, director) => {
    expect(sectionText(input('privacy-policy', locale, withGender(gender)), 'controller')).toContain(representative);
    const notice = compose(input('legal-notice', locale, withGender(gender)));
    expect(section(notice, 'director')!.title).toBe(director);
    expect(section(notice, 'publisher')!.blocks.length).toBeGreaterThan(0);
  });
});

describe('several retention rules in one purpose, and "deletion or anonymisation"', () => {
  it.each([
    ['fr', 'Justificatifs d\'identité : 1 an à compter de la demande d\'accès, puis suppression ou anonymisation.', 'Données du compte : tant que votre compte est actif et pendant 3 ans'],
    ['en', 'Proofs of identity: 1 year from the access request, then deleted or anonymised.', 'Account data: while your account is active and for 3 years'],
  ] as const)('%s: each rule labelled with what it covers', (locale, rule, main) => {
    const text = sectionText(input('privacy-policy', locale), 'retention')!;
    expect(text).toContain(rule);
    expect(text).toContain(main);
  });

  it('nests the rules as a list under the purpose in the JSON tree', () => {
    const retention = section(compose(input('privacy-policy', 'fr')), 'retention')!;
    const list = retention.blocks.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items[0].map((b) => b.type)).toEqual(['paragraph', 'list']);
  });

  it('a purpose with rules only is not flagged as lacking a retention period; a rule without its scope is', () => {
    const rulesOnly = input('privacy-policy', 'fr', (i) => {
      delete i.purposes![0].retention;
      i.purposes![0].retentionRules!.push({ duration: { value: 3, unit: 'years' } });
    });
    const findings = checkCompliance(rulesOnly);
    expect(findings.map((f) => f.code)).not.toContain('gdpr.13.2.a.retention');
    expect(findings.filter((f) => f.code === 'gdpr.13.2.a.retention-rule-scope').map((f) => f.path)).toEqual(['/purposes/0/retentionRules/1/appliesTo']);
    expect(sectionText(rulesOnly, 'retention')).toContain('Non précisée : 3 ans.');
  });
});

describe('data collected automatically while browsing (13(2)(e))', () => {
  const automatic: Edit = (i) => (i.purposes![1].requirement = { kind: 'automatic' });
  it.each([
    ['fr', 'Fourniture des données : sans objet ; ces données ne vous sont pas demandées mais collectées automatiquement lors de votre navigation sur le site.'],
    ['en', 'Providing the data: not applicable; this data is not asked of you but collected automatically while you browse the site.'],
  ] as const)('%s: says so instead of statutory/contractual/optional', (locale, sentence) => {
    expect(textOf(input('privacy-policy', locale, automatic))).toContain(sentence);
  });

  it('answers the question: no requirement warning', () => {
    expect(codesOf(input('privacy-policy', 'fr', automatic))).not.toContain('gdpr.13.2.e.requirement');
  });
});

describe('children and the age of digital consent (GDPR Art. 8; loi 78-17 art. 45)', () => {
  it.each([
    ['fr', 'Mineurs : si vous avez moins de 15 ans, votre consentement doit être donné conjointement avec celui du ou des titulaires de l\'autorité parentale à votre égard (article 8 du RGPD ; article 45 de la loi n° 78-17 du 6 janvier 1978).', 'Un parent confirme'],
    ['en', 'Children: if you are under 15, your consent must be given together with that of the holder or holders of parental responsibility over you (Article 8 GDPR; Article 45 of the French Data Protection Act (No. 78-17 of 6 January 1978)).', 'A parent confirms'],
  ] as const)('%s: the purpose offered to children on consent states the rule and how a parent consents', (locale, sentence, how) => {
    const text = sectionText(input('privacy-policy', locale), 'purposes')!;
    expect(text).toContain(sentence);
    expect(text).toContain(how);
  });

  it('defaults to 15 in France, whatever the editor left empty', () => {
    expect(sectionText(input('privacy-policy', 'fr', (i) => delete i.minors!.digitalConsentAge), 'purposes')).toContain('moins de 15 ans');
  });

  it('says nothing for a purpose not offered to children, or not based on consent', () => {
    expect(textOf(input('privacy-policy', 'fr', (i) => delete i.purposes![1].offeredToChildren))).not.toContain('Mineurs');
    expect(textOf(input('privacy-policy', 'fr', (i) => (i.purposes![1].legalBasis = 'contract')))).not.toContain('Mineurs');
  });

  it('outside France, without an age the page says nothing and the checklist asks', () => {
    const irish = input('privacy-policy', 'en', (i) => {
      i.controller.address = { street: '1 Grand Canal Square', postalCode: 'D02 P820', city: 'Dublin', country: 'IE' };
      delete i.minors!.digitalConsentAge;
    });
    expect(textOf(irish)).not.toContain('Children:');
    expect(codesOf(irish)).toContain('gdpr.8.digital-consent-age');
    const sixteen = clone(irish);
    sixteen.minors!.digitalConsentAge = 16;
    expect(textOf(sixteen)).toContain('if you are under 16, your consent must be given together with that of the holder or holders of parental responsibility over you (Article 8 GDPR).');
    expect(codesOf(sixteen)).not.toContain('gdpr.8.digital-consent-age');
  });

  it('without the way parental consent is obtained: a warning, in French and English', () => {
    const findings = checkCompliance(input('privacy-policy', 'fr', (i) => delete i.minors!.parentalConsent));
    const found = findings.find((f) => f.code === 'gdpr.8.parental-consent');
    expect(found).toMatchObject({ severity: 'warning', path: '/minors/parentalConsent' });
    expect(found!.message.fr).toContain('« Lettre d’information »');
    expect(found!.message.en).toContain('“Lettre d’information”');
  });

  it('refuses an age outside 13-16', () => {
    expect(validateInput(input('privacy-policy', 'fr', (i) => (i.minors!.digitalConsentAge = 12))).problems.map((p) => p.path)).toEqual(['/minors/digitalConsentAge']);
  });
});

describe('the CRPA officer of a public body, in the legal notice', () => {
  it.each([
    ['fr', 'Accès aux documents administratifs et réutilisation des informations publiques', "La personne responsable de l'accès aux documents administratifs et des questions relatives à la réutilisation des informations publiques (article L. 330-1 du code des relations entre le public et l'administration) est Luc Bernard, directeur des affaires juridiques, que vous pouvez contacter :", 'Courriel : crpa@bretagne.example.fr'],
    ['en', 'Access to administrative documents and re-use of public information', 'The person responsible for access to administrative documents and for questions about the re-use of public information (Article L. 330-1 of the French Code of Relations between the Public and the Administration) is Luc Bernard, Head of Legal Affairs, who can be contacted:', 'Email: crpa@bretagne.example.fr'],
  ] as const)('%s: its own section with the person and their contact', (locale, title, sentence, email) => {
    const doc = compose(input('legal-notice', locale));
    expect(section(doc, 'documents-officer')!.title).toBe(title);
    const text = sectionText(input('legal-notice', locale), 'documents-officer')!;
    expect(text).toContain(sentence);
    expect(text).toContain(email);
  });

  it('ends its sentence when no contact is given, and is absent when not entered', () => {
    const bare = input('legal-notice', 'fr', (i) => (i.documentsOfficer = { name: 'Luc Bernard' }));
    expect(sectionText(bare, 'documents-officer')).toContain("(article L. 330-1 du code des relations entre le public et l'administration) est Luc Bernard.");
    expect(section(compose(input('legal-notice', 'fr', (i) => delete i.documentsOfficer)), 'documents-officer')).toBeUndefined();
  });
});

describe('applicable law and competent courts', () => {
  it.each([
    ['fr', 'Droit applicable et juridictions compétentes', 'Droit applicable : droit français', 'Juridictions compétentes : tribunal administratif de Rennes'],
    ['en', 'Applicable law and competent courts', 'Applicable law: French law', 'Competent courts: Administrative Court of Rennes'],
  ] as const)('%s: an optional section of the legal notice', (locale, title, law, courts) => {
    const doc = compose(input('legal-notice', locale));
    expect(section(doc, 'applicable-law')!.title).toBe(title);
    expect(doc.sections.at(-1)!.id).toBe('custom-reuse');
    const text = sectionText(input('legal-notice', locale), 'applicable-law')!;
    expect(text).toContain(law);
    expect(text).toContain(courts);
  });

  it('is absent when not entered, and can be hidden', () => {
    expect(section(compose(input('legal-notice', 'fr', (i) => delete i.applicableLaw)), 'applicable-law')).toBeUndefined();
    expect(section(compose(input('legal-notice', 'fr', (i) => (i.page!.hidden = ['applicable-law']))), 'applicable-law')).toBeUndefined();
  });
});

describe('processors with their country and safeguard, as a table', () => {
  it.each([
    ['fr', ['Sous-traitant', 'Prestation', 'Pays de traitement', 'Garantie'], ['OVH', 'hébergement du portail', 'France', 'sans objet (Espace économique européen)'], ['Mailer Inc.', 'Gestion des comptes', 'États-Unis', 'clauses contractuelles types (article 46 du RGPD)']],
    ['en', ['Processor', 'Service', 'Country of processing', 'Safeguard'], ['OVH', 'portal hosting', 'France', 'none needed (European Economic Area)'], ['Mailer Inc.', 'Account management', 'The United States', 'standard contractual clauses (Article 46 GDPR)']],
  ] as const)('%s: a table node in the JSON tree', (locale, header, ovh, mailer) => {
    const recipients = section(compose(input('privacy-policy', locale)), 'recipients')!;
    const table = recipients.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    const cells = (row: Array<Array<{ type: string; value?: string }>>) => row.map((cell) => cell.map((n) => n.value).join(''));
    expect(cells(table.header as never)).toEqual(header);
    expect(table.rows.map((row) => cells(row as never))).toEqual([ovh, mailer]);
  });

  it('a processor with no declared transfer outside the EEA has its safeguard "not stated"', () => {
    const doc = compose(input('privacy-policy', 'en', (i) => (i.transfers = [])));
    const table = section(doc, 'recipients')!.blocks.find((b) => b.type === 'table');
    expect(JSON.stringify(table)).toContain('not stated');
  });

  it('without any country the processors stay in the list, as before', () => {
    const doc = compose(input('privacy-policy', 'fr', (i) => i.recipients!.forEach((r) => delete r.country)));
    const recipients = section(doc, 'recipients')!;
    expect(recipients.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(norm(renderText({ ...doc, lead: [], sections: [recipients] }))).toContain('OVH (sous-traitant)');
  });
});
