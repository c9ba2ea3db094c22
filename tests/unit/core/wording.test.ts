/**
 * The wording of every page kind, fr and en, as a French DPO and a UK/Irish DPO read it (issue 12, section 4).
 * Golden texts fix the whole plain-text output, with every optional section and without them; spaces and apostrophes
 * are normalised as `norm` does. After a deliberate change of wording, rewrite them with
 * `UPDATE_GOLDEN=1 npx jest --selectProjects unit tests/unit/core/wording.test.ts` and read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { compose, renderText, SECTION_CATALOG, type LegalPageInput, type PageKind, PAGE_KINDS } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { seed001 } from './fixtures/seed-001';
import { seed002 } from './fixtures/seed-002';
import { clone, norm } from './helpers';
import { readingEase, sentences, words } from './readability';

const textOf = (input: LegalPageInput) => norm(renderText(compose(input)));

/** The complete input without its optional sections, custom section, introduction, DPO, transfers or automated decision. */
const bareInput = (kind: PageKind, locale: 'fr' | 'en'): LegalPageInput => {
  const input = clone(fullInput(kind, locale));
  input.page = { ...input.page, hidden: SECTION_CATALOG[kind].filter((s) => s.optional).map((s) => s.id), customSections: [] };
  delete input.introduction;
  delete input.lastUpdated;
  input.dpo = { appointed: false };
  input.transfers = [];
  input.transfersOutsideEea = 'no';
  input.automatedDecisions = 'no';
  input.purposes = input.purposes!.map((p) => ({ ...p, automatedDecision: { exists: false } }));
  return input;
};

const GOLDEN = join(__dirname, 'golden');

describe.each(['fr', 'en'] as const)('golden texts (%s)', (locale) => {
  it.each(PAGE_KINDS.flatMap((kind) => (['full', 'bare'] as const).map((variant) => [kind, variant] as const)))(
    '%s, %s',
    (kind, variant) => {
      const text = textOf(variant === 'full' ? fullInput(kind, locale) : bareInput(kind, locale));
      const file = join(GOLDEN, `${kind}.${locale}.${variant}.txt`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, 'utf8'));
    },
  );
});

describe('French typography', () => {
  it.each([...PAGE_KINDS])('%s uses the typographic apostrophe throughout, editor text included', (kind) => {
    const input = clone(fullInput(kind, 'fr'));
    input.introduction = "Cette page concerne l'ensemble du portail.";
    const text = renderText(compose(input));
    expect(text).not.toMatch(/\p{L}'/u);
    expect(text).toContain('l’ensemble du portail');
  });

  it('leaves a bare address as typed', () => {
    const input = clone(fullInput('legal-notice', 'fr'));
    input.intellectualProperty = "Voir <https://example.fr/l'avis>.";
    expect(renderText(compose(input))).toContain("https://example.fr/l'avis");
  });
});

describe('labels that do not repeat their value', () => {
  it('leaves out a DPO function that only says "DPO" (seed 002: "Délégué : Délégué à la protection des données")', () => {
    const text = textOf(seed002);
    expect(text).not.toMatch(/Délégué : Délégué/);
    expect(text).toContain('- Courriel : delegue.protectiondesdonnees@brest-metropole.fr');
  });

  it('names the DPO under "Nom", with another function in brackets, and a function alone under "Fonction"', () => {
    const named = clone(fullInput());
    named.dpo!.function = 'directeur juridique';
    expect(textOf(named)).toContain('- Nom : Paul Durand (directeur juridique)\n');
    delete named.dpo!.name;
    expect(textOf(named)).toContain('- Fonction : directeur juridique\n');
    const en = clone(fullInput('privacy-policy', 'en'));
    expect(textOf(en)).toContain('- Name: Paul Durand\n');
  });
});

describe('recipients and their purposes', () => {
  it('gives one purpose inline and several as a list, whatever commas their titles hold (seed 002)', () => {
    const text = textOf(seed002);
    expect(text).not.toMatch(/Finalités : .* et /);
    expect(text).toContain(
      '  Finalités :\n  - Bon fonctionnement et amélioration permanente du domaine et de ses fonctionnalités\n  - Élaboration de statistiques',
    );
    // Processors without a country of processing are listed, not tabulated.
    const input = clone(fullInput());
    input.recipients!.forEach((r) => delete r.country);
    expect(textOf(input)).toContain('- OVH (sous-traitant) : hébergement du portail. Finalité : Gestion des comptes.\n');
  });
});

describe('the postal channel', () => {
  it('prints the organisation, the addressee and the address', () => {
    expect(textOf(fullInput())).toContain(
      'par courrier : Région Bretagne, Délégué à la protection des données, 1 place de la Mairie, CS 10001, 35000 Rennes\n',
    );
    expect(textOf(fullInput('privacy-summary', 'en'))).toContain(
      'by post: Région Bretagne, Data protection officer, 1 place de la Mairie, CS 10001, 35000 Rennes, France\n',
    );
  });

  it('does not repeat the organisation an addressee line already names (seed 001)', () => {
    expect(textOf(seed001)).toContain('par courrier : Nîmes Métropole – Pôle transparence de la vie administrative – Le délégué');
  });
});

describe('legal bases and the legitimate interest', () => {
  it('prints the interest pursued only under Art. 6(1)(f)', () => {
    for (const locale of ['fr', 'en'] as const) {
      const input = clone(fullInput('privacy-policy', locale));
      expect(textOf(input)).not.toMatch(/Intérêt légitime poursuivi|Legitimate interest pursued/);
      input.purposes![0].legalBasis = 'legitimate-interests';
      delete input.purposes![0].legalBasisReference;
      expect(textOf(input)).toContain(locale === 'fr' ? 'Intérêt légitime poursuivi : assurer la sécurité du portail' : 'Legitimate interest pursued: keeping the portal secure');
    }
  });
});

describe('an automated decision', () => {
  const withBasis = (basis: 'contract' | 'consent' | 'public-task' | 'legitimate-interests', locale: 'fr' | 'en') => {
    const input = clone(fullInput('privacy-policy', locale));
    input.purposes![0].legalBasis = basis;
    return textOf(input);
  };

  it('states its Art. 22(2) ground, and the 22(3) safeguards where the ground is a contract or consent', () => {
    expect(withBasis('public-task', 'fr')).toContain(
      'peut être prise. Elle est autorisée par la loi, qui prévoit des garanties pour vos droits (article 22.2.b du RGPD). Logique sous-jacente',
    );
    expect(withBasis('public-task', 'fr')).not.toContain('22.3');
    const contract = withBasis('contract', 'en');
    expect(contract).toContain('It is necessary to enter into or perform a contract with you (Article 22(2)(a) GDPR).');
    expect(contract).toContain(
      'Consequences for you: temporary account lock. You can ask for a person to review the decision, give your point of view and contest it (Article 22(3) GDPR).',
    );
    expect(withBasis('consent', 'fr')).toContain(
      "Elle repose sur votre consentement explicite (article 22.2.c du RGPD). Logique sous-jacente : score calculé sur les connexions. Conséquences pour vous : blocage temporaire du compte. Vous pouvez demander qu'une personne réexamine la décision, donner votre point de vue et la contester (article 22.3 du RGPD).",
    );
    // No Art. 22(2) exception fits a legitimate interest: no ground is claimed (the checklist is the place to ask).
    expect(withBasis('legitimate-interests', 'en')).not.toMatch(/22\(2\)|22\(3\)/);
  });

  it('is in the summary, with the transfers outside the EEA', () => {
    expect(textOf(fullInput('privacy-summary'))).toContain(
      'Une décision vous concernant peut être prise sans intervention humaine (décision entièrement automatisée) pour la finalité « Gestion des comptes ».\n\nCertaines de vos données sont transférées hors de l\'Espace économique européen (EEE). Pays concerné : États-Unis.',
    );
    expect(textOf(bareInput('privacy-summary', 'en'))).not.toMatch(/automated decision\)|outside the European Economic Area/);
  });
});

describe('the right to object, apart from the other rights (Art. 21(4))', () => {
  it.each(['fr', 'en'] as const)('has its own heading and paragraph in the policy, and is no bullet of the list (%s)', (locale) => {
    const text = textOf(fullInput('privacy-policy', locale));
    const [heading, first] = locale === 'fr' ? ["VOTRE DROIT D'OPPOSITION", 'Vous pouvez vous opposer à tout moment'] : ['YOUR RIGHT TO OBJECT', 'You can object at any time'];
    expect(text).toContain(`${heading}\n\n${first}`);
    expect(text).not.toMatch(/^- (Droit d'opposition|Right to object)/m);
  });

  it.each(['fr', 'en'] as const)('has its own paragraph in the summary (%s)', (locale) => {
    const text = textOf(fullInput('privacy-summary', locale));
    expect(text).toContain(locale === 'fr' ? "\n\nDroit d'opposition. Vous pouvez vous opposer" : '\n\nRight to object. You can object');
    expect(text).not.toMatch(/^- (vous opposer|object)/m);
  });
});

describe('the complaint (Art. 77)', () => {
  it('goes to any authority, notably where the person lives or works, then names the controller’s own, once', () => {
    const text = textOf(fullInput());
    expect(text).not.toMatch(/réclamation[^\n]*: introduire une réclamation/);
    expect(text.match(/Commission nationale/g)).toHaveLength(1);
    expect(textOf(fullInput('privacy-summary'))).toContain(
      "Vous pouvez aussi introduire une réclamation auprès d'une autorité de contrôle, notamment dans l'État membre où vous vivez ou travaillez. Autorité compétente : Commission nationale de l'informatique et des libertés (CNIL).",
    );
  });
});

describe('English that reads as English', () => {
  it('numbers sections "Section N", so that they never look like GDPR articles', () => {
    const text = textOf(fullInput('privacy-policy', 'en'));
    expect(text).toContain('Section 1 – Data controller');
    expect(text).toContain('For the purposes described in Section 3, the Region');
    expect(text).not.toMatch(/Article \d+ –|in Article 3\b/);
  });

  it('cites the French Act in English, and writes no French words of the templates', () => {
    for (const kind of ['privacy-policy', 'cookie-policy'] as const) {
      const text = textOf(fullInput(kind, 'en'));
      expect(text).toContain('French Data Protection Act (Act No. 78-17 of 6 January 1978)');
      expect(text).not.toMatch(/loi n°|then deletion|If you do not provide it:/);
    }
  });

  it('gives a public body an address, a company a registered office', () => {
    const text = textOf(fullInput('legal-notice', 'en'));
    expect(text).toContain('- Address: 1 place de la Mairie');
    expect(text).toContain('- Registered office: 2 rue Kellermann');
  });

  it('introduces a legal form with its article', () => {
    const input = clone(fullInput('privacy-policy', 'en'));
    input.controller.legalForm = 'local authority';
    expect(textOf(input)).toContain('The controller of your data is the Région Bretagne, a local authority.');
    input.controller.legalForm = 'SAS';
    expect(textOf(input)).toContain('The controller of your data is the Région Bretagne, SAS.');
  });

  it('keeps a retention period that never contradicts itself', () => {
    expect(textOf(fullInput('privacy-policy', 'en'))).toContain(
      '- Account data: while your account is active and for 3 years after your last sign-in; then deleted (Article L. 212-2 of the French Heritage Code).',
    );
    expect(textOf(fullInput())).toContain(
      '- Données du compte : tant que votre compte est actif et pendant 3 ans à compter de la dernière connexion, puis suppression',
    );
  });
});

/** The passages the issue measured at 20–38 (Flesch): the intro, the right to object, the summary's rights. */
const passages = (locale: 'fr' | 'en') => {
  const policy = textOf(fullInput('privacy-policy', locale)).split('\n\n');
  const summary = textOf(fullInput('privacy-summary', locale)).split('\n\n');
  const rights = summary.findIndex((p) => /^(Vous pouvez :|You can:)$/.test(p));
  return {
    intro: policy[1],
    objection: policy.find((p) => /^(Vous pouvez vous opposer|You can object)/.test(p))!,
    summaryRights: summary.slice(rights, rights + 3).join('\n'),
  };
};

describe.each([
  // Before the rewrite: fr 42.3 / 34.0 / 17.8; en 41.4 / 22.2 / 19.6 (one sentence of 45 to 75 words each).
  ['fr', { intro: 60, objection: 60, summaryRights: 65 }],
  ['en', { intro: 48, objection: 55, summaryRights: 65 }],
] as const)('readability (%s)', (locale, floor) => {
  it.each(['intro', 'objection', 'summaryRights'] as const)('%s reads easily, in sentences of 25 words at most', (name) => {
    const text = passages(locale)[name];
    expect(readingEase(text, locale).score).toBeGreaterThanOrEqual(floor[name]);
    for (const sentence of sentences(text)) expect(words(sentence).length).toBeLessThanOrEqual(25);
  });
});
