/**
 * "The page never invents": every template sentence that states a fact about the controller's processing appears only
 * when the editor gave its answer; the unanswered question is a finding with a stable code, in French and English.
 */
import { COMPLIANCE_RULES, checkCompliance, compose, renderJson, renderText, type ComplianceCode, type LegalPageInput, type PageKind } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { clone, norm } from './helpers';

type Locale = 'fr' | 'en';
type Edit = (input: LegalPageInput) => void;

const textOf = (input: LegalPageInput) => norm(renderText(compose(input)));
const codesOf = (input: LegalPageInput) => checkCompliance(input).map((f) => f.code);
const input = (kind: PageKind, locale: Locale, ...edits: Edit[]) => {
  const value = clone(fullInput(kind, locale));
  edits.forEach((edit) => edit(value));
  return value;
};

const noRecipients: Edit = (i) => {
  i.recipients = [];
  i.transfers = [];
  i.purposes!.forEach((p) => delete p.recipients);
};
const noTransfers: Edit = (i) => {
  i.transfers = [];
  i.recipients = i.recipients!.filter((r) => r.country !== 'US');
  i.purposes!.forEach((p) => (p.recipients = p.recipients?.filter((id) => id !== 'us-tool')));
};
const noCookies: Edit = (i) => {
  i.cookies = [];
};
const noDecisions: Edit = (i) => i.purposes!.forEach((p) => delete p.automatedDecision);

interface Case {
  name: string;
  kind: PageKind;
  /** The template sentence, per locale. */
  sentence: Record<Locale, string>;
  /** Makes the input state the fact through its answer. */
  answered: Edit[];
  /** The same input with the question left unanswered. */
  unanswered: Edit[];
  code: ComplianceCode;
}

const CASES: Case[] = [
  {
    name: 'no transfer outside the EEA',
    kind: 'privacy-policy',
    sentence: {
      fr: "Vos données ne sont pas transférées en dehors de l'Espace économique européen (EEE).",
      en: 'Your data is not transferred outside the European Economic Area (EEA).',
    },
    answered: [noTransfers, (i) => (i.transfersOutsideEea = 'no')],
    unanswered: [noTransfers, (i) => delete i.transfersOutsideEea],
    code: 'gdpr.13.1.f.transfers-unanswered',
  },
  {
    name: 'no recipient outside the controller',
    kind: 'privacy-policy',
    sentence: {
      fr: 'Vos données ne sont communiquées à aucun destinataire extérieur à la Région.',
      en: 'Your data is not disclosed to any recipient outside the Region.',
    },
    answered: [noRecipients, (i) => (i.recipientsOutside = 'no')],
    unanswered: [noRecipients, (i) => delete i.recipientsOutside],
    code: 'gdpr.13.1.e.recipients',
  },
  {
    name: 'processors bound by an Art. 28 contract',
    kind: 'privacy-policy',
    sentence: {
      fr: "Les sous-traitants agissent pour le compte de la Région et sur ses instructions, dans le cadre d'un contrat conforme à l'article 28 du RGPD.",
      en: 'Processors act on behalf of the Region and on its instructions, under a contract that meets Article 28 GDPR.',
    },
    answered: [],
    unanswered: [(i) => delete i.processorContracts],
    code: 'gdpr.28.processor-contract',
  },
  {
    name: 'security measures',
    kind: 'privacy-policy',
    sentence: {
      fr: 'La Région met en œuvre les mesures techniques et organisationnelles appropriées pour garantir la sécurité de vos données',
      en: 'The Region implements appropriate technical and organisational measures to keep your data secure',
    },
    answered: [],
    unanswered: [(i) => delete i.securityMeasures],
    code: 'gdpr.32.security',
  },
  {
    name: 'no automated decision',
    kind: 'privacy-policy',
    sentence: {
      fr: "Aucune décision fondée exclusivement sur un traitement automatisé n'est prise.",
      en: 'No decision is based solely on automated processing.',
    },
    answered: [noDecisions, (i) => (i.automatedDecisions = 'no')],
    unanswered: [noDecisions, (i) => delete i.automatedDecisions],
    code: 'gdpr.13.2.f.automated-decisions',
  },
  {
    name: 'data collected from the person',
    kind: 'privacy-policy',
    sentence: { fr: 'Ces données sont collectées directement auprès de vous.', en: 'This data is collected directly from you.' },
    answered: [(i) => i.purposes!.forEach((p) => (p.collectedFrom = 'data-subject'))],
    unanswered: [(i) => i.purposes!.forEach((p) => (p.collectedFrom = 'data-subject')), (i) => delete i.purposes![1].collectedFrom],
    code: 'gdpr.14.collection-source',
  },
  {
    name: 'changes announced before they take effect',
    kind: 'privacy-policy',
    sentence: {
      fr: "est annoncée sur cette page au moins 30 jours avant son entrée en vigueur.",
      en: 'is announced on this page at least 30 days before it takes effect.',
    },
    answered: [],
    unanswered: [(i) => (i.page!.noticeDays = 0)],
    code: 'gdpr.12.change-notice',
  },
  {
    name: 'no DPO appointed',
    kind: 'privacy-policy',
    sentence: {
      fr: "La Région n'a pas désigné de délégué à la protection des données.",
      en: 'The Region has not appointed a data protection officer.',
    },
    answered: [(i) => (i.dpo = { appointed: false })],
    unanswered: [(i) => delete i.dpo],
    code: 'gdpr.13.1.b.dpo-unanswered',
  },
  {
    name: 'no cookie (cookie policy)',
    kind: 'cookie-policy',
    sentence: { fr: 'Le site ne dépose aucun cookie ni autre traceur sur votre terminal.', en: 'The website does not store any cookie or other tracker on your device.' },
    answered: [noCookies, (i) => (i.cookiesUsed = 'no')],
    unanswered: [noCookies, (i) => delete i.cookiesUsed],
    code: 'cookies.unanswered',
  },
  {
    name: 'no cookie (privacy policy)',
    kind: 'privacy-policy',
    sentence: { fr: 'Le site ne dépose aucun cookie ni autre traceur sur votre terminal.', en: 'The website does not store any cookie or other tracker on your device.' },
    answered: [noCookies, (i) => (i.cookiesUsed = 'no')],
    // The privacy policy's cookie article is optional: an unanswered question is asked by the cookie policy.
    unanswered: [noCookies, (i) => delete i.cookiesUsed, (i) => (i.purposes![0].description = 'Suivi des visites par un cookie de mesure.')],
    code: 'consistency.cookies-undeclared',
  },
];

describe.each(CASES)('$name', ({ kind, sentence, answered, unanswered, code }) => {
  it.each(['fr', 'en'] as const)('is stated in %s only when answered', (locale) => {
    const given = input(kind, locale, ...answered);
    expect(textOf(given)).toContain(sentence[locale]);
    expect(codesOf(given)).not.toContain(code);

    const open = input(kind, locale, ...unanswered);
    expect(textOf(open)).not.toContain(sentence[locale]);
    expect(JSON.stringify(renderJson(compose(open)))).not.toContain(sentence[locale].slice(0, 40));
    expect(codesOf(open)).toContain(code);
  });

  it('asks the question with a stable code and a message in French and English', () => {
    const rule = COMPLIANCE_RULES[code];
    expect(rule.fr).toMatch(/\S/);
    expect(rule.en).toMatch(/\S/);
    expect(rule.fr).not.toBe(rule.en);
  });
});

describe('severity: an error where the GDPR requires the information, a warning otherwise', () => {
  it.each([
    ['gdpr.13.1.b.dpo-unanswered', 'error'],
    ['gdpr.13.1.e.recipients', 'error'],
    ['gdpr.13.1.f.transfers-unanswered', 'error'],
    ['cookies.unanswered', 'error'],
    ['consistency.cookies-undeclared', 'error'],
    ['consistency.answer-contradicted', 'error'],
    ['consistency.dpo-not-appointed', 'error'],
    ['gdpr.14.collection-source', 'warning'],
    ['gdpr.13.2.f.automated-decisions', 'warning'],
    ['gdpr.28.processor-contract', 'warning'],
    ['gdpr.28.3.no-processor-contract', 'warning'],
    ['gdpr.32.security', 'warning'],
    ['gdpr.32.security-measures', 'warning'],
    ['gdpr.12.change-notice', 'warning'],
  ] as const)('%s is a%s', (code, severity) => expect(COMPLIANCE_RULES[code].severity).toBe(severity));
});

describe('sections whose question is unanswered say nothing', () => {
  it('leaves out the DPO, recipients and transfers articles, and the cookie list and choices', () => {
    const policy = input('privacy-policy', 'fr', noRecipients, (i) => {
      delete i.dpo;
      delete i.recipientsOutside;
      delete i.transfersOutsideEea;
    });
    expect(compose(policy).sections.map((s) => s.id).filter((id) => ['dpo', 'recipients', 'transfers'].includes(id))).toEqual([]);
    const cookies = input('cookie-policy', 'fr', noCookies, (i) => delete i.cookiesUsed);
    expect(compose(cookies).sections.map((s) => s.id)).toEqual(['what-is-a-cookie', 'personal-data', 'custom-reuse']);
  });

  it('prints no cookie lifetimes sentence unless cookies are known', () => {
    const open = input('privacy-policy', 'fr', noCookies, (i) => delete i.cookiesUsed);
    expect(textOf(open)).not.toContain('Les durées de vie des cookies');
    const answered = input('privacy-policy', 'fr', noCookies, (i) => (i.cookiesUsed = 'yes'), (i) => (i.page!.links!.cookiePolicy = '/cookies'));
    expect(textOf(answered)).toContain('Les durées de vie des cookies sont indiquées');
  });

  it('says nothing of data categories it was not given, and no longer claims they are given per purpose', () => {
    const open = input('privacy-policy', 'en', (i) => i.purposes!.forEach((p) => delete p.dataCategories));
    expect(textOf(open)).not.toContain('given for each purpose');
  });
});

describe('changes to the policy follow the page’s notice period', () => {
  it.each([
    ['fr', 'Toute modification de la présente politique est publiée sur cette page avec sa date d’entrée en vigueur.'.replace('’', "'")],
    ['en', 'Any change to this policy is published on this page with the date it takes effect.'],
  ] as const)('with 0 days (%s), promises no announcement and warns', (locale, published) => {
    const zero = input('privacy-policy', locale, (i) => (i.page!.noticeDays = 0));
    const text = textOf(zero);
    expect(text).toContain(published);
    expect(text).not.toMatch(/annoncée|announced/);
    expect(codesOf(zero)).toContain('gdpr.12.change-notice');
  });

  it('without an answer, says nothing of changes but the version’s date', () => {
    const open = input('privacy-policy', 'fr', (i) => delete i.page!.noticeDays);
    const text = textOf(open);
    expect(text).not.toMatch(/Toute modification/);
    expect(text).toContain("La présente version s'applique à compter du 1er décembre 2026.");
  });

  it('counts a one-day notice in the singular', () => {
    expect(textOf(input('privacy-policy', 'fr', (i) => (i.page!.noticeDays = 1)))).toContain('au moins 1 jour avant son entrée en vigueur');
  });
});

describe('no DPO appointed', () => {
  const withoutDpo: Edit = (i) => {
    i.dpo = { appointed: false };
    i.controller.kind = 'company';
    delete i.rightsExercise;
    i.rights = i.rights!.map(({ channels: _channels, ...right }) => right);
  };

  it.each(['fr', 'en'] as const)('sends rights requests to the controller’s article, not to a DPO (%s)', (locale) => {
    const doc = compose(input('privacy-policy', locale, withoutDpo));
    const controller = doc.sections.find((s) => s.id === 'controller')!.number;
    const text = norm(renderText(doc));
    expect(text).toContain(
      locale === 'fr'
        ? `Pour exercer vos droits, utilisez les coordonnées indiquées à l'article ${controller}.`
        : `To exercise your rights, use the contact details in Section ${controller}.`,
    );
  });

  it('flags editor text that sends requests to a DPO nobody appointed', () => {
    const given = input('privacy-policy', 'fr', withoutDpo, (i) => (i.rights![0].howToExercise = 'Adressez votre demande au délégué à la protection des données.'));
    const found = checkCompliance(given).filter((f) => f.code === 'consistency.dpo-not-appointed');
    expect(found.map((f) => [f.path, f.severity])).toEqual([['/rights/0/howToExercise', 'error']]);
    expect(found[0].message.en).toContain('although none is appointed');
    expect(codesOf(input('privacy-policy', 'fr', (i) => (i.rights![0].howToExercise = 'Écrivez au délégué à la protection des données.')))).not.toContain(
      'consistency.dpo-not-appointed',
    );
  });
});

describe('answers the facts contradict', () => {
  it.each([
    ['transfersOutsideEea', '/transfers/0', (i) => (i.transfersOutsideEea = 'no')],
    ['recipientsOutside', '/recipients/0', (i) => (i.recipientsOutside = 'no')],
    ['cookiesUsed', '/cookies/0', (i) => (i.cookiesUsed = 'no')],
    ['automatedDecisions', '/purposes/0/automatedDecision', (i) => (i.automatedDecisions = 'no')],
  ] as Array<[string, string, Edit]>)('a "no" to %s with an entry listed is an error at the entry', (_, path, edit) => {
    const found = checkCompliance(input('privacy-policy', 'en', edit)).filter((f) => f.code === 'consistency.answer-contradicted');
    expect(found[0]).toMatchObject({ path, severity: 'error' });
    expect(found[0].message.fr).toMatch(/^Vous avez répondu « non » à la question « .+ ? », mais « .+ » est déclaré/);
    expect(found[0].message.en).toMatch(/^You answered “no” to “.+\?”, but “.+” is declared/);
  });

  it('the "none" sentence is never printed while entries are listed', () => {
    expect(textOf(input('privacy-policy', 'fr', (i) => (i.transfersOutsideEea = 'no')))).not.toContain('ne sont pas transférées');
    expect(textOf(input('cookie-policy', 'fr', (i) => (i.cookiesUsed = 'no')))).not.toContain('ne dépose aucun cookie');
  });

  it('a "no" to processors’ contracts or security measures drops the statement and warns', () => {
    const given = input('privacy-policy', 'en', (i) => {
      i.processorContracts = 'no';
      i.securityMeasures = 'no';
    });
    const text = textOf(given);
    expect(text).not.toContain('Article 28 GDPR.');
    expect(text).not.toContain('implements appropriate technical');
    expect(text).toContain('Access is logged.');
    expect(codesOf(given)).toEqual(expect.arrayContaining(['gdpr.28.3.no-processor-contract', 'gdpr.32.security-measures']));
  });

  it('a "yes" to automated decisions with no purpose that has one is asked again', () => {
    expect(codesOf(input('privacy-policy', 'fr', noDecisions))).toContain('gdpr.13.2.f.automated-decisions');
  });
});

describe('the pages of one site do not contradict each other on cookies', () => {
  const tracked: Edit = (i) => (i.purposes![1].retention = { duration: { value: 13, unit: 'months' }, startEvent: 'le dépôt du traceur' });

  it.each(['privacy-policy', 'cookie-policy'] as const)('the %s flags purposes describing trackers when no cookie is declared', (kind) => {
    const found = checkCompliance(input(kind, 'fr', noCookies, tracked, (i) => delete i.cookiesUsed)).filter((f) => f.code === 'consistency.cookies-undeclared');
    expect(found).toEqual([expect.objectContaining({ path: '/cookies', severity: 'error' })]);
    expect(found[0].message.fr).toContain('« Lettre d’information »');
  });

  it('a "no cookie" answer does not silence it', () => {
    expect(codesOf(input('cookie-policy', 'en', noCookies, tracked, (i) => (i.cookiesUsed = 'no')))).toContain('consistency.cookies-undeclared');
  });

  it('cookies declared, or described on another page, satisfy it', () => {
    expect(codesOf(input('privacy-policy', 'fr', tracked))).not.toContain('consistency.cookies-undeclared');
    const elsewhere = input('privacy-policy', 'fr', noCookies, tracked, (i) => {
      i.cookiesUsed = 'yes';
      i.page!.links!.cookiePolicy = '/cookies';
    });
    expect(codesOf(elsewhere)).not.toContain('consistency.cookies-undeclared');
  });
});

describe('the cookie choices follow the cookies listed', () => {
  it.each([
    ['fr', 'Les cookies déposés par le site sont tous exemptés de consentement.', 'Vous pouvez paramétrer votre navigateur'],
    ['en', 'All the cookies the website sets are exempt from consent.', 'You can set your browser'],
  ] as const)('with only exempt cookies, offers no consent choice (%s)', (locale, exempt, browser) => {
    const text = textOf(input('cookie-policy', locale, (i) => i.cookies!.forEach((c) => (c.consentRequired = false))));
    expect(text).toContain(exempt);
    expect(text).toContain(browser);
    expect(text).not.toMatch(/accepter ou refuser|accept or refuse/);
  });

  it('with cookies that need consent, offers the choice and the browser “also”', () => {
    const text = textOf(input('cookie-policy', 'fr'));
    expect(text).toContain('Vous pouvez accepter ou refuser les cookies soumis à consentement');
    expect(text).toContain('Vous pouvez aussi paramétrer votre navigateur');
  });
});
