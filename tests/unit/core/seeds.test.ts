/** The three shared seeds, composed from fixtures of their facts: every fact is found, references are right. */
import { checkCompliance, compose, renderHtml, renderMarkdown, renderText, type LegalDocument } from '../../../server/src/core';
import { seed000 } from './fixtures/seed-000';
import { seed001 } from './fixtures/seed-001';
import { seed002 } from './fixtures/seed-002';
import { clone, dom, norm } from './helpers';

const section = (doc: LegalDocument, id: string) => {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

describe('seed 000 — legal notice of Clermont Auvergne Métropole', () => {
  const doc = compose(seed000);
  const text = norm(renderText(doc));
  const html = dom(renderHtml(doc));

  it.each([
    ['title', 'MENTIONS LÉGALES'],
    ['publisher', 'Le site est édité par Clermont Auvergne Métropole (ci-après « la Métropole »).'],
    ['seat address', "Siège : 64 avenue de l'Union soviétique, 63000 Clermont-Ferrand"],
    ['phone', 'Téléphone : 04 73 98 34 00'],
    ['website', 'https://www.clermontmetropole.eu'],
    ['director of publication', 'La direction de la publication est assurée par Olivier Bianchi, président de Clermont Auvergne Métropole.'],
    ['host', 'Le site est hébergé par OpenDataSoft.'],
    ['editorial management', 'assurés par la Direction des projets de métropole intelligente'],
    ['licence', "La licence d'exploitation des données est décrite sur chaque jeu de données."],
    ['DPO email', 'Vous pouvez contacter le délégué à la protection des données de la Métropole : cnil@clermont-metropole.eu.'],
    ['reuse conditions', 'Conditions de réutilisation des données à caractère personnel'.toUpperCase()],
    ['right to object', "droit d'opposition à figurer dans les jeux de données"],
    ['LCEN reference', "conformément à l'article 1-1 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique (LCEN)"],
    ['effective date', 'En vigueur à compter du 23 novembre 2026.'],
  ])('states the %s', (_, fact) => expect(text).toContain(fact));

  it('has the LCEN sections in order, unnumbered', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['publisher', 'director', 'host', 'editorial', 'data-licence', 'personal-data']);
    expect(doc.sections.every((s) => s.number === null)).toBe(true);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Éditeur', 'Directeur de la publication', 'Hébergement', 'Suivi éditorial', 'Licence de réutilisation des données', 'Données personnelles',
    ]);
  });

  it('links the phone, the website and the DPO email', () => {
    const hrefs = [...html.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:+33473983400', 'https://www.clermontmetropole.eu', 'mailto:cnil@clermont-metropole.eu']));
  });

  it('leaves out the intellectual-property section it has no text for', () => {
    expect(doc.sections.some((s) => s.id === 'intellectual-property')).toBe(false);
  });
});

describe('seed 001 — privacy policy of Nîmes Métropole', () => {
  const doc = compose(seed001);
  const text = norm(renderText(doc));

  it.each([
    ['controller with its defined short name', 'comment Nîmes Métropole (ci-après « la Collectivité ») traite vos données personnelles'],
    ['controller', 'Le responsable du traitement de vos données est Nîmes Métropole.'],
    ['controller seat', 'Siège : 3 rue du Colisée, 30947 Nîmes Cedex 9'],
    ['site', 'Plateforme data de Nîmes Métropole (https://data.nimes-metropole.fr)'],
    ['DPO appointed', 'La Collectivité a désigné un délégué à la protection des données'],
    ['DPO email', 'Courriel : dpo@ampmetropole.fr'],
    ['purpose 1', 'Bon fonctionnement et amélioration permanente de la plateforme data et de ses fonctionnalités'],
    ['purpose 2', 'Envoi de newsletters'],
    ['purpose 3', 'Gestion des bénéficiaires (gestion commerciale, factures, suivi de la relation client)'],
    ['purpose 4', "Gestion des demandes de droit d'accès, de rectification et d'opposition"],
    ['purpose 5', 'Élaboration de statistiques destinées à améliorer le fonctionnement de la plateforme data'],
    ['identification data', "données d'identification (nom, prénom, coordonnées postales et électroniques)"],
    ['connection data', 'données de connexion (adresses IP, logs de connexion)'],
    ['identity proof kept 1 year', "1 an à compter de la réception de la demande, puis suppression (article 9 du code de procédure pénale)"],
    ['opposition kept 3 years', "3 ans à compter de l'exercice du droit d'opposition à la prospection, puis suppression"],
    ['audience data kept 13 months', '13 mois à compter du dépôt du traceur, puis anonymisation'],
    ['right of access', "Droit d'accès (article 15 du RGPD)"],
    ['right to rectification', 'Droit de rectification (article 16 du RGPD)'],
    ['right to erasure', "Droit à l'effacement (article 17 du RGPD)"],
    // Apart from the other rights (Art. 21(4)): a heading and a paragraph of its own.
    ['right to object', "VOTRE DROIT D'OPPOSITION\n\nVous pouvez vous opposer à tout moment"],
    ['right to object to marketing', "à des fins de prospection, sans avoir à vous justifier (article 21 du RGPD)."],
    ['postal channel with its address', 'par courrier : Nîmes Métropole – Pôle transparence de la vie administrative – Le délégué à la protection des données, 3 rue du Colisée, 30947 Nîmes Cedex 9'],
    ['identity proof', "Vous devez justifier de votre identité"],
    ['no recipient', "Vos données ne sont communiquées à aucun destinataire extérieur à la Collectivité."],
    ['response time', "La Collectivité répond à votre demande dans un délai d'un mois"],
  ])('states the %s', (_, fact) => expect(text).toContain(fact));

  it('says nothing of transfers outside the EEA, which the seed does not mention, and asks the question', () => {
    expect(text).not.toContain('transférées');
    expect(doc.sections.some((s) => s.id === 'transfers')).toBe(false);
    expect(checkCompliance(seed001).map((f) => f.code)).toContain('gdpr.13.1.f.transfers-unanswered');
  });

  it('does not print the seed’s empty email channel ("à l’adresse figurant au sein du DOMAINE")', () => {
    expect(text).not.toMatch(/par courriel :\s*$/m);
  });

  it('defines the short name once, then uses it', () => {
    expect(text.match(/ci-après/g)).toHaveLength(1);
    expect(text).not.toContain('Nîmes Métropole (ci-après « la Collectivité »)'.repeat(2));
  });

  it('numbers the articles in order, custom sections included', () => {
    expect(doc.sections.map((s) => s.number)).toEqual(doc.sections.map((_, i) => i + 1));
    expect(section(doc, 'custom-collecte').number).toBe(section(doc, 'controller').number! + 1);
  });

  it('points "les finalités décrites à l’article N" at the purposes article, whatever its number', () => {
    const purposes = section(doc, 'purposes');
    expect(text).toContain(`Pour les finalités décrites à l'article ${purposes.number}, la Collectivité traite`);
    const html = dom(renderHtml(doc));
    const refs = [...html.querySelectorAll('#data-categories ~ p a, section[aria-labelledby="data-categories"] a')];
    expect(refs.map((a) => a.getAttribute('href'))).toContain('#purposes');
    expect(refs.find((a) => a.getAttribute('href') === '#purposes')?.textContent).toBe(`l’article\u00a0${purposes.number}`);
  });

  it('keeps every reference right after the editor reorders sections', () => {
    const reordered = clone(seed001);
    reordered.page = { ...reordered.page, order: ['rights', 'purposes'] };
    const moved = compose(reordered);
    const purposes = section(moved, 'purposes');
    expect(section(moved, 'rights').number).toBeLessThan(purposes.number!);
    const movedText = norm(renderText(moved));
    expect(movedText).toContain(`Pour les finalités décrites à l'article ${purposes.number},`);
    expect(movedText).toContain(`aux finalités décrites à l'article ${purposes.number}, selon les durées suivantes`);
  });

  it('renders the same facts in Markdown with working anchors', () => {
    const md = norm(renderMarkdown(doc));
    expect(md).toContain(`[l'article ${section(doc, 'purposes').number}](#purposes)`);
    expect(md).toContain('dpo@ampmetropole.fr');
  });
});

describe('seed 002 — privacy policy of Brest métropole', () => {
  const doc = compose(seed002);
  const text = norm(renderText(doc));

  it.each([
    ['controller', 'Le responsable du traitement de vos données est Brest métropole.'],
    ['seat', 'Siège : 24 rue Coat-ar-Guéven, Hôtel de métropole, CS 73826, 29238 Brest Cedex 2'],
    ['DPO email', 'Courriel : delegue.protectiondesdonnees@brest-metropole.fr'],
    ['DPO address', 'Adresse : 24 rue Coat-ar-Guéven, Hôtel de métropole, CS 73826, 29238 Brest Cedex 2'],
    ['processor', 'OpenDataSoft (sous-traitant) : éditeur de la plateforme qui héberge le domaine'],
    ['payments purpose', 'Gestion des paiements'],
    ['disputes purpose', 'Gestion des impayés et du contentieux'],
    ['identity proof 1 year', '1 an à compter de la réception de la demande, puis suppression (article 9 du code de procédure pénale)'],
    ['opposition records 3 years', "3 ans à compter de l'exercice du droit d'opposition, puis archivage (article 8 du code de procédure pénale)"],
    ['statistics 13 months', '13 mois à compter du dépôt du traceur, puis anonymisation'],
    ['cookie lifetime', '_pk_id | Brest métropole | Mesure d\'audience | 13 mois'],
  ])('states the %s', (_, fact) => expect(text).toContain(fact));

  it('does not claim an Art. 28 contract with the processor, which the seed does not state, and asks for it', () => {
    expect(text).not.toContain("contrat conforme à l'article 28");
    expect(checkCompliance(seed002).map((f) => f.code)).toContain('gdpr.28.processor-contract');
  });

  it('refers to the cookies article by its real number (the seed says 11 when cookies are 10)', () => {
    const cookies = section(doc, 'cookies');
    expect(text).toContain(`Les durées de vie des cookies sont indiquées à l'article ${cookies.number}.`);
    const html = dom(renderHtml(doc));
    const link = [...html.querySelectorAll('a[href="#cookies"]')].find((a) => a.closest('section'));
    expect(link?.textContent).toBe(`l’article\u00a0${cookies.number}`);
    expect(html.getElementById('cookies')?.textContent).toContain(`Article\u00a0${cookies.number}`);
  });

  it('refers to the purposes article by its real number (the seed says 6 when purposes are 5)', () => {
    expect(text).toContain(`Pour les finalités décrites à l'article ${section(doc, 'purposes').number}, la Société traite`);
  });

  it('sends readers without a rights channel to the DPO article (the seed printed "à l’adresse" and nothing)', () => {
    expect(text).toContain(`Pour exercer vos droits, utilisez les coordonnées indiquées à l'article ${section(doc, 'dpo').number}.`);
    expect(text).not.toContain('par courrier :');
  });

  it('places custom sections where the editor asked', () => {
    const ids = doc.sections.map((s) => s.id);
    expect(ids.indexOf('custom-formalites')).toBe(ids.indexOf('dpo') + 1);
    expect(ids.indexOf('custom-collecte')).toBe(ids.indexOf('custom-formalites') + 1);
  });

  it('hides an optional section on request and renumbers', () => {
    const hidden = clone(seed002);
    hidden.page = { ...hidden.page, hidden: ['cookies'] };
    const out = compose(hidden);
    expect(out.sections.some((s) => s.id === 'cookies')).toBe(false);
    expect(out.sections.map((s) => s.number)).toEqual(out.sections.map((_, i) => i + 1));
    expect(norm(renderText(out))).not.toContain('Les durées de vie des cookies');
  });
});
