/**
 * The starter library's sets per kind of controller, composed as the Strapi adapter would map them: each set gives a
 * privacy policy with no blocking finding, and every item carries its basis, retention and the source of its rule.
 */
import { checkCompliance, compose, renderText, type Finding, type OrganisationKind } from '../../server/src/core';
import { toPageInput, type Doc } from '../../server/src/mapping/to-input';
import { LIBRARY, SITE_FIELD, STARTER_SETS, type LibrarySection, type StarterItem } from '../../server/src/starter/library';
import { norm } from './core/helpers';

type Item = StarterItem<Record<string, unknown>>;
type Locale = 'fr' | 'en';

const SECTIONS = Object.keys(LIBRARY) as LibrarySection[];
const ITEMS = new Map(SECTIONS.flatMap((section) => (LIBRARY[section] as readonly Item[]).map((item) => [item.key, { section, item }] as const)));

/** The chosen keys and what they link to, as the service adds them. */
const withLinks = (keys: readonly string[]) => {
  const chosen = new Set<string>();
  const visit = (key: string) => {
    if (chosen.has(key)) return;
    chosen.add(key);
    Object.values(ITEMS.get(key)?.item.links ?? {}).flat().forEach(visit);
  };
  keys.forEach(visit);
  return chosen;
};

/** An entry as the Document Service returns it in one locale, relations populated. */
const entryOf = (key: string, locale: Locale): Doc => {
  const { item } = ITEMS.get(key)!;
  const texts = Object.fromEntries(Object.entries(item.text).map(([field, text]) => [field, text[locale]]));
  const links = Object.fromEntries(
    Object.entries(item.links ?? {}).map(([field, keys]) => [field, field === 'retention' ? entryOf(keys[0], locale) : keys.map((k) => entryOf(k, locale))]),
  );
  return { documentId: key.replace(/\./g, '-'), ...item.shared, ...texts, ...links };
};

const CONTROLLERS: Record<OrganisationKind, Doc> = {
  'public-body': { documentId: 'ctrl', name: 'Commune d’Exemple', nameInText: 'feminine', kind: 'public-body', street: '2 place de la Mairie', postalCode: '30000', city: 'Nîmes', country: 'FR', phone: '04 66 00 00 00', email: 'contact@commune-exemple.fr', siret: '24630070100017' },
  company: { documentId: 'ctrl', name: 'Exemple SAS', nameInText: 'proper-name', kind: 'company', street: '10 rue du Commerce', postalCode: '75015', city: 'Paris', country: 'FR', phone: '01 23 45 67 89', email: 'contact@exemple-sas.fr', siren: '732829320', rcs: 'RCS Paris 732 829 320', shareCapital: 10000 },
  association: { documentId: 'ctrl', name: 'Les Amis d’Exemple', nameInText: 'plural', kind: 'association', street: '5 rue des Tilleuls', postalCode: '69001', city: 'Lyon', country: 'FR', email: 'bureau@amis-exemple.fr' },
  person: { documentId: 'ctrl', name: 'Claire Exemple', nameInText: 'proper-name', kind: 'person', street: '1 rue Neuve', postalCode: '33000', city: 'Bordeaux', country: 'FR', email: 'claire@exemple.fr' },
};

const siteFor = (kind: OrganisationKind, locale: Locale): Doc => {
  const chosen = withLinks(STARTER_SETS[kind]);
  const site: Doc = {
    documentId: 'site',
    name: 'Site d’exemple',
    slug: 'site-exemple',
    baseUrl: 'https://www.exemple.fr',
    designation: 'Exemple',
    designationGender: 'masculine',
    controller: CONTROLLERS[kind],
    // Every public body must appoint a DPO; the others may, and here say they did not.
    dpo: kind === 'public-body' ? { documentId: 'dpo', appointed: true, name: 'Délégué', email: 'dpo@commune-exemple.fr' } : { documentId: 'dpo', appointed: false },
    // The answers no starter item can give: they are the controller's own.
    transfersOutsideEea: 'no',
    host: { documentId: 'host', name: 'Hébergeur', kind: 'company', street: '1 rue du Serveur', postalCode: '59100', city: 'Roubaix', phone: '09 72 10 10 07' },
    privacyPolicyUrl: '/confidentialite',
    cookiePolicyUrl: '/cookies',
  };
  for (const [section, field] of Object.entries(SITE_FIELD) as Array<[LibrarySection, string]>) {
    site[field] = [...chosen].filter((key) => ITEMS.get(key)!.section === section).map((key) => entryOf(key, locale));
  }
  return site;
};

const inputFor = (kind: OrganisationKind, locale: Locale) =>
  toPageInput(siteFor(kind, locale), { kind: 'privacy-policy', locale, effectiveDate: '2026-12-01' });

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('the starter sets per kind of controller', () => {
  it.each(['company', 'association', 'public-body', 'person'] as const)('%s: its set composes a privacy policy with no error, in fr and en', (kind) => {
    for (const locale of ['fr', 'en'] as const) {
      const input = inputFor(kind, locale);
      expect(errors(checkCompliance(input))).toEqual([]);
      expect(() => compose(input)).not.toThrow();
    }
  });

  it.each(['company', 'association', 'person'] as const)('%s: no purpose rests on a public task, and no basis warning is left', (kind) => {
    const input = inputFor(kind, 'fr');
    expect(input.purposes!.map((p) => p.legalBasis)).not.toContain('public-task');
    const codes = checkCompliance(input).map((f) => f.code);
    expect(codes).not.toContain('gdpr.6.1.e.private-body');
    expect(codes).not.toContain('gdpr.6.3.legal-basis-reference');
    expect(codes).not.toContain('gdpr.13.1.d.legitimate-interest');
  });

  it('company: contract, legal obligation with its law, legitimate interests with the interest, consent; prospects and accounts', () => {
    const input = inputFor('company', 'fr');
    const bases = new Set(input.purposes!.map((p) => p.legalBasis));
    expect([...bases].sort()).toEqual(['consent', 'contract', 'legal-obligation', 'legitimate-interests']);
    const text = norm(renderText(compose(input)));
    expect(text).toContain("Base légale : le respect d'une obligation légale (article 6.1.c du RGPD ; Code de commerce, art. L123-22 ; livre des procédures fiscales, art. L102 B)");
    expect(text).toContain("Facturation et tenue de la comptabilité : 10 ans à compter de la clôture de l'exercice comptable, puis suppression (Code de commerce, art. L123-22).");
    expect(text).toContain('Prospection commerciale : 3 ans à compter du dernier contact venant de vous, puis suppression (référentiel de la CNIL relatif à la gestion des activités commerciales).');
    expect(text).toContain('Intérêt légitime poursuivi : faire connaître nos offres à nos clients');
    expect(text).toContain('Gestion des comptes clients');
    expect(text).not.toContain("mission d'intérêt public (article");
  });

  it('company in English reads as English', () => {
    const text = norm(renderText(compose(inputFor('company', 'en'))));
    expect(text).toContain('Legal basis: compliance with a legal obligation (Article 6(1)(c) GDPR; French Commercial Code, art. L123-22; French Tax Procedure Code, art. L102 B)');
    expect(text).toContain('Invoicing and bookkeeping: 10 years from the end of the financial year, then deleted (French Commercial Code, art. L123-22).');
    expect(text).toContain('Direct marketing: 3 years from your last contact with us, then deleted (CNIL standard on the management of commercial activities).');
  });

  it('association: members and donations, the donations’ records with their tax law', () => {
    const input = inputFor('association', 'fr');
    expect(input.purposes!.map((p) => p.title)).toEqual(expect.arrayContaining(['Gestion des adhésions et de la vie associative', 'Gestion des dons et des reçus fiscaux']));
    const text = norm(renderText(compose(input)));
    expect(text).toContain('(article 6.1.c du RGPD ; Livre des procédures fiscales, art. L102 B)');
    expect(text).toContain("Gestion des dons et des reçus fiscaux : 6 ans à compter de l'établissement du reçu fiscal, puis suppression (Livre des procédures fiscales, art. L102 B).");
    expect(text).toContain("Gestion des adhésions et de la vie associative : pendant toute la durée de l'adhésion, puis suppression (RGPD, art. 5.1.e).");
  });

  it('public body: the set it had before sets per kind and the accessibility statement’s exempt content, its public-task purposes citing the open-data law', () => {
    expect(STARTER_SETS['public-body']).toEqual([
      'category.identity', 'category.connection', 'category.browsing', 'category.correspondence',
      'retention.identity-proof', 'retention.objection-record', 'retention.audience-cookie', 'retention.account', 'retention.contact-request', 'retention.connection-logs',
      'recipient.internal', 'recipient.host',
      'right.access', 'right.rectification', 'right.erasure', 'right.restriction', 'right.portability', 'right.objection', 'right.withdraw-consent', 'right.complaint', 'right.post-mortem',
      'purpose.accounts', 'purpose.contact', 'purpose.audience', 'purpose.security', 'purpose.newsletter',
      'cookie.matomo-id',
      'subjects.visitors', 'subjects.requesters', 'subjects.subscribers', 'subjects.portal-users',
      'accessibility.office-files', 'accessibility.recorded-media', 'accessibility.live-media', 'accessibility.third-party',
    ]);
    const findings = checkCompliance(inputFor('public-body', 'fr'));
    expect(findings.map((f) => f.code)).not.toContain('gdpr.6.3.legal-basis-reference');
  });
});

describe('the starter library’s items', () => {
  const all = [...ITEMS.values()];

  it('every key a set names exists', () => {
    for (const keys of Object.values(STARTER_SETS)) expect(keys.filter((key) => !ITEMS.has(key))).toEqual([]);
  });

  it('every link names an item of the section it goes to', () => {
    const target: Record<string, LibrarySection> = { dataCategories: 'data-category', recipients: 'recipient', retention: 'retention-period', dataSubjects: 'data-subject' };
    for (const { item } of all) {
      for (const [field, keys] of Object.entries(item.links ?? {})) {
        for (const key of keys) expect([item.key, field, ITEMS.get(key)?.section]).toEqual([item.key, field, target[field]]);
      }
    }
  });

  it('every text is written in French and in English', () => {
    for (const { item } of all) {
      for (const [field, text] of Object.entries(item.text)) {
        expect([item.key, field, Boolean(text.fr?.trim()), Boolean(text.en?.trim())]).toEqual([item.key, field, true, true]);
      }
    }
  });

  it('every purpose has its basis, its retention, and what its basis needs (interest, law)', () => {
    for (const { section, item } of all) {
      if (section !== 'purpose') continue;
      const basis = item.shared.legalBasis as string;
      expect([item.key, Boolean(basis), item.links?.retention?.length]).toEqual([item.key, true, 1]);
      if (basis === 'legitimate-interests') expect([item.key, Boolean(item.text.legitimateInterest)]).toEqual([item.key, true]);
      if (basis === 'legal-obligation' || basis === 'public-task') expect([item.key, Boolean(item.text.legalBasisReference)]).toEqual([item.key, true]);
      if (item.shared.requirement !== 'optional') expect([item.key, Boolean(item.text.requirementConsequence)]).toEqual([item.key, true]);
    }
  });

  it('every retention period of the company and association sets gives a duration or a criterion, and the source of its rule', () => {
    const keys = new Set([...withLinks(STARTER_SETS.company), ...withLinks(STARTER_SETS.association)].filter((key) => !STARTER_SETS['public-body'].includes(key)));
    for (const key of keys) {
      const { section, item } = ITEMS.get(key)!;
      if (section !== 'retention-period') continue;
      expect([key, Boolean(item.shared.durationValue || item.text.criterion), Boolean(item.text.legalReference)]).toEqual([key, true, true]);
    }
  });
});
