/** Citations, links and contacts typed by editors: each check on an input that triggers it and on one that does not. */
import { checkCompliance, type Finding, type LegalPageInput } from '../../../server/src/core';
import { CITATIONS, RENUMBERINGS, RIGHT_CITATIONS } from '../../../server/src/core/law/citations';
import { fullInput } from './fixtures/full';

const withCustomText = (body: string, locale: 'fr' | 'en' = 'fr'): LegalPageInput => {
  const input = fullInput('privacy-policy', locale);
  input.page!.customSections = [{ id: 'extra', title: 'Texte', body }];
  return input;
};

const found = (input: LegalPageInput, code: string): Finding[] => checkCompliance(input).filter((f) => f.code === code);

describe('the table of the law in force', () => {
  it('gives every right a citation and every renumbering a current one', () => {
    for (const key of Object.values(RIGHT_CITATIONS)) expect(CITATIONS[key]).toBeDefined();
    for (const r of RENUMBERINGS) for (const key of r.now) expect(CITATIONS[key]).toBeDefined();
  });
});

describe('a right cited to the wrong article', () => {
  it('is flagged in a right’s own reference, naming the article in force', () => {
    const input = fullInput();
    input.rights!.find((r) => r.kind === 'access')!.reference = 'article 13 du RGPD';
    const [f] = found(input, 'citation.right-article');
    expect(f).toMatchObject({ severity: 'error', path: '/rights/0/reference' });
    expect(f.message.fr).toBe("Référence erronée « article 13 du RGPD » : le droit d'accès relève de l'article 15 du RGPD.");
    expect(f.message.en).toBe('Wrong reference “article 13 du RGPD”: the right of access is Article 15 of the GDPR.');
  });

  it('is not flagged when the reference is right', () => {
    expect(found(fullInput(), 'citation.right-article')).toEqual([]);
    expect(found(fullInput('privacy-policy', 'en'), 'citation.right-article')).toEqual([]);
  });

  it('is flagged in free text, for the complaint (Art. 77) and in English', () => {
    const fr = found(withCustomText('Vous pouvez introduire une réclamation auprès de la CNIL (article 13 du RGPD).'), 'citation.right-article');
    expect(fr.map((f) => f.message.fr)).toEqual([
      expect.stringMatching(/^Référence erronée « article 13 du RGPD » : le droit d'introduire une réclamation.* relève de l'article 77 du RGPD\.$/),
    ]);
    const en = found(withCustomText('You have a right of access (Article 13 GDPR) to your data.', 'en'), 'citation.right-article');
    expect(en.map((f) => f.message.en)).toEqual(['Wrong reference “Article 13 GDPR”: the right of access is Article 15 of the GDPR.']);
  });

  it('leaves correct citations in free text alone', () => {
    const text = 'Vous disposez d’un droit d’accès (article 15 du RGPD), d’un droit de rectification (article 16 du RGPD) et du droit de retirer votre consentement (article 7.3 du RGPD).';
    expect(found(withCustomText(text), 'citation.right-article')).toEqual([]);
  });
});

describe('an article number from before a renumbering', () => {
  const cases: Array<[string, string]> = [
    ['Vos directives post mortem (article 40-1 de la loi n° 78-17 du 6 janvier 1978).', 'article 85 de la loi n° 78-17 du 6 janvier 1978'],
    ['Informations prévues à l’article 32-II de la loi Informatique et Libertés.', 'article 82 de la loi n° 78-17 du 6 janvier 1978'],
    ['Conformément à l’article 39 de la loi informatique et libertés, vous avez accès à vos données.', 'article 15 du RGPD'],
    ['Conformément à l’article 6-III de la LCEN.', 'article 1-1 de la loi n° 2004-575 du 21 juin 2004 (LCEN)'],
    ['Le site est édité conformément à l’article 6 de la loi n° 2004-575 du 21 juin 2004.', 'article 1-1 de la loi n° 2004-575 du 21 juin 2004 (LCEN)'],
  ];
  it.each(cases)('is flagged with the article in force: %s', (text, correct) => {
    const [f] = found(withCustomText(text), 'citation.outdated-article');
    expect(f).toMatchObject({ severity: 'error', path: '/page/customSections/0/body' });
    expect(f.message.fr).toContain(`relève aujourd'hui de l'${correct}.`);
  });

  it('names both articles in force when the old one held two subjects', () => {
    const [f] = found(withCustomText('Au titre des articles 39 et 40 de la loi Informatique et Libertés.'), 'citation.outdated-article');
    expect(f.message.en).toBe(
      'Outdated reference “articles 39 et 40 de la loi Informatique et Libertés”: this is now Article 15 of the GDPR and Article 16 of the GDPR and Article 17 of the GDPR.'
    );
  });

  it('leaves the numbers in force alone, and other laws’ articles', () => {
    for (const text of [
      'Vos directives post mortem (article 85 de la loi n° 78-17).',
      'Les cookies (article 82 de la loi Informatique et Libertés).',
      'La sécurité des données (article 32 du RGPD).',
      'Conformément à l’article 1-1 de la loi n° 2004-575 du 21 juin 2004.',
      'Conservées un an (article 9 du code de procédure pénale).',
    ]) {
      expect(found(withCustomText(text), 'citation.outdated-article')).toEqual([]);
    }
  });

  it('is flagged in a retention rule’s legal reference too', () => {
    const input = fullInput();
    input.purposes![0].retention = { ...input.purposes![0].retention, legalReference: 'article 40 de la loi n° 78-17' };
    expect(found(input, 'citation.outdated-article').map((f) => f.path)).toEqual(['/purposes/0/retention/legalReference']);
  });
});

describe('links that cannot be right', () => {
  it.each([
    ['[ici](#)', '#'],
    ['<a href="">la charte</a>', ''],
    ['[cliquez](javascript:alert(1))', 'javascript:alert(1'],
    ['[formulaire](https://www.example.com/form)', 'https://www.example.com/form'],
    ['Voir <https://lorem.ipsum.fr/page>.', 'https://lorem.ipsum.fr/page'],
  ])('flags %s in Markdown as blocking', (markdown, link) => {
    const [f] = found(withCustomText(`Texte avec un lien : ${markdown}`), 'link.placeholder');
    expect(f).toMatchObject({ severity: 'error', path: '/page/customSections/0/body' });
    expect(f.message.fr).toBe(`Lien vide ou fictif : « ${link} ». Indiquez l'adresse réelle de la page.`);
  });

  it('flags placeholder URLs in the structured fields', () => {
    const input = fullInput();
    input.transfers![0].copyUrl = 'https://example.org/clauses';
    input.rights![0].channels![0] = { type: 'web-form', url: 'https://forms.example.com/rights' };
    expect(found(input, 'link.placeholder').map((f) => f.path).sort()).toEqual(['/rights/0/channels/0/url', '/transfers/0/copyUrl']);
  });

  it('leaves real links alone', () => {
    expect(found(withCustomText('Voir [le site de la CNIL](https://www.cnil.fr) et [nos données](/donnees).'), 'link.placeholder')).toEqual([]);
    expect(found(fullInput(), 'link.placeholder')).toEqual([]);
  });
});

describe('a rights form or DPO form on another organisation’s website', () => {
  it('is flagged for a rights channel and for the DPO’s form', () => {
    const input = fullInput();
    input.rights![0].channels![0] = { type: 'web-form', url: 'https://www.autre-ville.fr/demande-rgpd' };
    input.dpo = { ...input.dpo!, webFormUrl: 'https://www.autre-ville.fr/dpo' };
    expect(found(input, 'consistency.rights-foreign-site').map((f) => f.path)).toEqual(['/rights/0/channels/0/url']);
    expect(found(input, 'consistency.dpo-foreign-site')[0].message.en).toBe(
      "The DPO's form (https://www.autre-ville.fr/dpo) is on the website of another organisation than the controller. If the DPO is external or shared, say so."
    );
  });

  it('is not flagged on the controller’s own site, nor on an external DPO’s domain', () => {
    expect(found(fullInput(), 'consistency.rights-foreign-site')).toEqual([]);
    const input = fullInput();
    input.dpo = { ...input.dpo!, external: true, email: 'dpo@cdg35.fr', webFormUrl: 'https://www.cdg35.fr/dpo' };
    input.rights![0].channels = [
      { type: 'web-form', url: 'https://www.cdg35.fr/droits' },
      { type: 'email', email: 'rgpd@cdg35.fr' },
    ];
    expect(found(input, 'consistency.rights-foreign-site')).toEqual([]);
    expect(found(input, 'consistency.rights-foreign-domain')).toEqual([]);
    expect(found(input, 'consistency.dpo-foreign-site')).toEqual([]);
  });
});
