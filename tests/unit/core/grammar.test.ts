/** French contractions, dates and durations per locale, and the locale packs' completeness. */
import { availableLocales, compose, en, fr, getLocalePack, renderText, SECTION_CATALOG, type Designation, type PageKind } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { clone, norm } from './helpers';

describe('French designations', () => {
  const forms = (d: Designation) => (['plain', 'de', 'a', 'par'] as const).map((f) => fr.grammar.nounPhrase(d, f));

  it.each<[Designation, string[]]>([
    [{ text: 'Région', gender: 'f' }, ['la Région', 'de la Région', 'à la Région', 'par la Région']],
    [{ text: 'Département', gender: 'm' }, ['le Département', 'du Département', 'au Département', 'par le Département']],
    [{ text: 'Agglomération', gender: 'f' }, ["l'Agglomération", "de l'Agglomération", "à l'Agglomération", "par l'Agglomération"]],
    [{ text: 'Établissement', gender: 'm' }, ["l'Établissement", "de l'Établissement", "à l'Établissement", "par l'Établissement"]],
    [{ text: 'Hôtel de ville', gender: 'm', elision: true }, ["l'Hôtel de ville", "de l'Hôtel de ville", "à l'Hôtel de ville", "par l'Hôtel de ville"]],
    [{ text: 'Services', gender: 'm', plural: true }, ['les Services', 'des Services', 'aux Services', 'par les Services']],
    [{ text: 'Nîmes Métropole', article: 'none' }, ['Nîmes Métropole', 'de Nîmes Métropole', 'à Nîmes Métropole', 'par Nîmes Métropole']],
    [{ text: 'OpenDataSoft', article: 'none' }, ['OpenDataSoft', "d'OpenDataSoft", 'à OpenDataSoft', 'par OpenDataSoft']],
  ])('%j', (designation, expected) => expect(forms(designation)).toEqual(expected));

  it('never writes "de le", "à le", "de les", "à les" or "de la l\'" in any page', () => {
    const designations: Designation[] = [
      { text: 'Département', gender: 'm' },
      { text: 'Agglomération', gender: 'f' },
      { text: 'Services', gender: 'm', plural: true },
    ];
    for (const kind of Object.keys(SECTION_CATALOG) as PageKind[]) {
      for (const designation of designations) {
        const input = clone(fullInput(kind));
        input.site.designation = designation;
        const text = norm(renderText(compose(input)));
        expect(text).not.toMatch(/\b(de|à) (le|les) |de la l'|\bà le\b/i);
      }
    }
  });

  it('contracts editor phrases after "à compter de"', () => {
    expect(fr.grammar.from('le dépôt du cookie')).toBe('à compter du dépôt du cookie');
    expect(fr.grammar.from('les élections')).toBe('à compter des élections');
    expect(fr.grammar.from("l'envoi")).toBe("à compter de l'envoi");
    expect(fr.grammar.from('la dernière connexion')).toBe('à compter de la dernière connexion');
    expect(fr.grammar.from('échéance du contrat')).toBe("à compter d'échéance du contrat");
  });

  it('agrees verbs with a plural designation', () => {
    const input = clone(fullInput());
    input.site.designation = { text: 'Services', gender: 'm', plural: true };
    const text = norm(renderText(compose(input)));
    expect(text).toContain('Les Services traitent vos données personnelles');
    expect(text).toContain('Les Services ont désigné un délégué');
  });
});

describe('dates and durations', () => {
  it.each([
    ['2026-11-23', '23 novembre 2026', '23 November 2026'],
    ['2026-03-01', '1er mars 2026', '1 March 2026'],
    ['2027-08-15', '15 août 2027', '15 August 2027'],
  ])('%s', (iso, inFrench, inEnglish) => {
    expect(fr.format.date(iso)).toBe(inFrench);
    expect(en.format.date(iso)).toBe(inEnglish);
  });

  it.each([
    [13, 'months', '13 mois', '13 months'],
    [1, 'years', '1 an', '1 year'],
    [3, 'years', '3 ans', '3 years'],
    [1, 'months', '1 mois', '1 month'],
    [30, 'days', '30 jours', '30 days'],
    [1, 'weeks', '1 semaine', '1 week'],
  ] as const)('%d %s', (value, unit, inFrench, inEnglish) => {
    expect(norm(fr.format.duration({ value, unit }))).toBe(inFrench);
    expect(norm(en.format.duration({ value, unit }))).toBe(inEnglish);
  });
});

describe('locale packs', () => {
  it('offer fr and en, and fall back from a regional variant', () => {
    expect(availableLocales()).toEqual(expect.arrayContaining(['fr', 'en']));
    expect(getLocalePack('fr-BE').code).toBe('fr');
  });

  it('title every section of every page kind', () => {
    for (const pack of [fr, en]) {
      for (const specs of Object.values(SECTION_CATALOG)) for (const s of specs) expect(pack.sectionTitles[s.id]).toBeTruthy();
    }
  });

  it('the French pages carry no English template word and the English pages no French one', () => {
    for (const kind of Object.keys(SECTION_CATALOG) as PageKind[]) {
      const withoutNames = (t: string) => t.replace(/https?:\/\/\S+|[\w.-]+@[\w.-]+|Data Bretagne|Mailer Inc\./g, '');
      const frText = withoutNames(norm(renderText(compose(fullInput(kind, 'fr')))));
      const enText = withoutNames(norm(renderText(compose(fullInput(kind, 'en')))));
      expect(frText).not.toMatch(/\b(the|and|your|data|GDPR|Email|Phone)\b/);
      expect(enText).not.toMatch(/\b(vos|données|conformément|article \d|RGPD|Courriel|Téléphone)\b/);
    }
  });

  it('French typography: non-breaking spaces before colons and inside guillemets', () => {
    const text = renderText(compose(fullInput('privacy-policy', 'fr')));
    expect(text).toContain('Courriel\u00a0: ');
    expect(text).toContain('«\u00a0la Région\u00a0»');
    expect(text).not.toMatch(/ :/);
  });

  it('English uses the GDPR article style Article 6(1)(e)', () => {
    expect(norm(renderText(compose(fullInput('privacy-policy', 'en'))))).toContain('(Article 6(1)(e) GDPR; ');
  });
});
