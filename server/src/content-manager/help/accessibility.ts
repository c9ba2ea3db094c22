import { h, STARTER_KEY, type TypeHelp } from './types';

export const accessibilityAuditHelp: TypeHelp = {
  mainField: 'label',
  fields: {
    label: h('Label', 'How editors recognise this audit in lists, e.g. "Audit RGAA 2025 de data.example.fr".', 'Libellé', 'Comment les éditeurs reconnaissent cet audit dans les listes, par exemple « Audit RGAA 2025 de data.example.fr ».'),
    date: h(
      'Audit date',
      'The date the audit was completed. After three years it is no longer valid: the statement then says "non conforme".',
      "Date de l'audit",
      "La date à laquelle l'audit a été achevé. Au-delà de trois ans, il n'est plus valable : la déclaration indique alors « non conforme »."
    ),
    auditor: h(
      'Carried out by',
      'The organisation or department that carried out the audit, as printed in the statement.',
      'Réalisé par',
      "L'organisme ou le service qui a réalisé l'audit, tel qu'imprimé dans la déclaration."
    ),
    rgaaVersion: h('RGAA version', 'The version of the RGAA the audit used, e.g. 4.1.', 'Version du RGAA', "La version du RGAA utilisée par l'audit, par exemple 4.1."),
    applicableCriteria: h(
      'Applicable criteria',
      'Number of RGAA criteria applicable to the sampled pages. With the met criteria, it gives the conformity rate.',
      'Critères applicables',
      "Nombre de critères du RGAA applicables aux pages de l'échantillon. Avec les critères respectés, il donne le taux de conformité."
    ),
    metCriteria: h(
      'Met criteria',
      'Number of applicable criteria met. Every one met: "totalement conforme"; at least half: "partiellement conforme"; fewer: "non conforme".',
      'Critères respectés',
      'Nombre de critères applicables respectés. Tous : « totalement conforme » ; au moins la moitié : « partiellement conforme » ; moins : « non conforme ».'
    ),
    criteriaResults: h(
      'Per-criterion results',
      'Instead of the two counts: each criterion with C (met), NC (not met) or NA (not applicable), e.g. {"1.1": "C", "1.2": "NC", "1.3": "NA"}. If both are given, they must agree.',
      'Résultats par critère',
      'À la place des deux nombres : chaque critère avec C (conforme), NC (non conforme) ou NA (non applicable), par exemple {"1.1": "C", "1.2": "NC", "1.3": "NA"}. Si les deux sont remplis, ils doivent concorder.'
    ),
    sampledPages: h(
      'Pages sampled',
      'One page a line: its title, then its address, e.g. "Accueil https://data.example.fr/".',
      "Pages de l'échantillon",
      'Une page par ligne : son titre, puis son adresse, par exemple « Accueil https://data.example.fr/ ».'
    ),
    technologies: h('Technologies', 'One a line or separated by commas: HTML5, CSS, JavaScript.', 'Technologies', 'Une par ligne ou séparées par des virgules : HTML5, CSS, JavaScript.'),
    testEnvironment: h(
      'Test environment',
      'One combination a line: the browser, "+", then the assistive technology, e.g. "Firefox 128 + NVDA 2024.4".',
      'Environnement de test',
      "Une combinaison par ligne : le navigateur, « + », puis la technologie d'assistance, par exemple « Firefox 128 + NVDA 2024.4 »."
    ),
    tools: h(
      'Tools',
      'One a line or separated by commas: the tools used to assess accessibility.',
      'Outils',
      "Un par ligne ou séparés par des virgules : les outils utilisés pour évaluer l'accessibilité."
    ),
  },
};

export const accessibilityContentHelp: TypeHelp = {
  mainField: 'description',
  fields: {
    kind: h(
      'Kind',
      'Non-compliance (a criterion not met), disproportionate burden (a derogation, with its justification and an accessible alternative), or outside the obligation (e.g. office files published before 23 September 2018).',
      'Nature',
      "Non-conformité (un critère non respecté), charge disproportionnée (une dérogation, avec sa justification et une alternative accessible) ou contenu non soumis à l'obligation (par exemple des fichiers bureautiques publiés avant le 23 septembre 2018)."
    ),
    description: h(
      'Content',
      'What is not accessible, as printed in the statement: "Les cartes interactives des jeux de données".',
      'Contenu',
      "Ce qui n'est pas accessible, tel qu'imprimé dans la déclaration : « Les cartes interactives des jeux de données »."
    ),
    criteria: h(
      'RGAA criteria',
      'Non-compliance: the criteria not met, separated by commas, e.g. "1.1, 11.10".',
      'Critères du RGAA',
      'Non-conformités : les critères non respectés, séparés par des virgules, par exemple « 1.1, 11.10 ».'
    ),
    justification: h(
      'Justification or reason',
      'Derogations: why making it accessible would be a disproportionate burden (required). Content outside the obligation: why it is outside.',
      'Justification ou motif',
      "Dérogations : pourquoi le rendre accessible serait une charge disproportionnée (obligatoire). Contenus non soumis : pourquoi ils ne le sont pas."
    ),
    alternative: h(
      'Accessible alternative',
      'Derogations: how visitors get the same information or service in an accessible way (required).',
      'Alternative accessible',
      "Dérogations : comment les visiteurs obtiennent la même information ou le même service de façon accessible (obligatoire)."
    ),
    ...STARTER_KEY,
  },
};
