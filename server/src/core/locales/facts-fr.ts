/** Français : les faits ajoutés par l'issue 18, section 3. */
import type { FactsPack } from './facts-types';

export const frFacts: FactsPack = {
  sectionTitles: {
    'applicable-law': 'Droit applicable et juridictions compétentes',
    'documents-officer': 'Accès aux documents administratifs et réutilisation des informations publiques',
  },
  gendered: {
    representative: { m: 'Représentant légal', f: 'Représentante légale' },
    director: { m: 'Directeur de la publication', f: 'Directrice de la publication' },
  },
  applicableLaw: { law: 'Droit applicable', courts: 'Juridictions compétentes' },
  documentsOfficer: (name, title, reachable) => [
    "La personne responsable de l'accès aux documents administratifs et des questions relatives à la réutilisation des informations publiques ",
    "(article L. 330-1 du code des relations entre le public et l'administration) est ",
    name,
    title && `, ${title}`,
    reachable ? ', que vous pouvez contacter :' : '.',
  ],
  minors: {
    label: 'Mineurs',
    sentence: (age, frenchLaw) => [
      `si vous avez moins de ${age} ans, votre consentement doit être donné conjointement avec celui du ou des titulaires de l'autorité parentale à votre égard (`,
      frenchLaw ? 'article 8 du RGPD ; article 45 de la loi n° 78-17 du 6 janvier 1978' : 'article 8 du RGPD',
      ').',
    ],
  },
  processors: {
    intro: 'Les sous-traitants traitent vos données dans les pays suivants :',
    caption: 'Sous-traitants et pays de traitement',
    name: 'Sous-traitant',
    activity: 'Prestation',
    country: 'Pays de traitement',
    safeguard: 'Garantie',
    withinEea: "sans objet (Espace économique européen)",
    unknown: 'non indiqué',
    safeguards: {
      adequacy: "décision d'adéquation (article 45 du RGPD)",
      scc: 'clauses contractuelles types (article 46 du RGPD)',
      bcr: "règles d'entreprise contraignantes (article 47 du RGPD)",
      derogation: 'dérogation (article 49 du RGPD)',
    },
  },
};
