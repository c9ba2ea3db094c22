import { h, STARTER_KEY, type TypeHelp } from './types';

export const purposeHelp: TypeHelp = {
  mainField: 'title',
  fields: {
    title: h('Purpose', 'Short and concrete: "Gestion des comptes des utilisateurs".', 'Finalité', 'Courte et concrète : « Gestion des comptes des utilisateurs ».'),
    description: h(
      'Description',
      'Optional: what the processing does, in a sentence or two, printed under the purpose.',
      'Description',
      'Facultatif : ce que fait le traitement, en une ou deux phrases, imprimé sous la finalité.'
    ),
    legalBasis: h(
      'Legal basis',
      'GDPR Art. 6(1): consent when the person may refuse; contract when the service they asked for needs the data; legal obligation or public task when a text requires it (give that text below); vital interests in an emergency; legitimate interests otherwise, stating them.',
      'Base légale',
      "Article 6.1 du RGPD : le consentement quand la personne peut refuser ; le contrat quand le service demandé a besoin des données ; l'obligation légale ou la mission d'intérêt public quand un texte l'impose (citez-le ci-dessous) ; les intérêts vitaux en cas d'urgence ; sinon l'intérêt légitime, en le précisant."
    ),
    legalBasisReference: h(
      'Law the basis rests on',
      'For a legal obligation (c) or a public task (e), the text that lays it down (GDPR Art. 6(3)), as printed next to the basis: "article L123-22 du code de commerce".',
      'Texte qui fonde la base légale',
      "Pour une obligation légale (c) ou une mission d'intérêt public (e), le texte qui la prévoit (article 6.3 du RGPD), tel qu'imprimé à côté de la base : « article L123-22 du code de commerce »."
    ),
    legalBasisReferenceUrl: h(
      'Link to that law',
      'Optional: where the text can be read, e.g. its Légifrance page (https://…).',
      'Lien vers ce texte',
      'Facultatif : où lire le texte, par exemple sa page Légifrance (https://…).'
    ),
    legitimateInterest: h(
      'Legitimate interest',
      'Required with the legitimate-interests basis (f): the interest pursued (GDPR Art. 13(1)(d)).',
      'Intérêt légitime',
      "Obligatoire avec la base de l'intérêt légitime (f) : l'intérêt poursuivi (article 13.1.d du RGPD)."
    ),
    dataCategories: h(
      'Data categories',
      'The kinds of personal data this purpose uses.',
      'Catégories de données',
      'Les catégories de données personnelles que la finalité utilise.'
    ),
    collectedFromDataSubject: h(
      'Collected from the person',
      'Untick when the data comes from elsewhere; then give its source (GDPR Art. 14).',
      'Collectées auprès de la personne',
      "Décochez si les données proviennent d'ailleurs ; indiquez alors leur source (article 14 du RGPD)."
    ),
    dataSources: h(
      'Sources of the data',
      'Where the data comes from when it is not collected from the person: "fichier des abonnés transmis par la commune".',
      'Sources des données',
      "D'où viennent les données quand elles ne sont pas collectées auprès de la personne : « fichier des abonnés transmis par la commune »."
    ),
    recipients: h('Recipients', 'Who receives the data of this purpose.', 'Destinataires', 'Qui reçoit les données de cette finalité.'),
    retention: h(
      'Retention period',
      'How long the data of this purpose is kept, or the criterion that sets it (GDPR Art. 13(2)(a)).',
      'Durée de conservation',
      'Combien de temps les données de cette finalité sont conservées, ou le critère qui le détermine (article 13.2.a du RGPD).'
    ),
    retentionRules: h(
      'Further retention rules',
      'Other periods of this purpose, per data category or per event; fill "Applies to" on each.',
      'Autres règles de conservation',
      'Les autres durées de cette finalité, par catégorie de données ou par événement ; remplissez « S\'applique à » pour chacune.'
    ),
    transfers: h(
      'Transfers outside the EEA',
      'The transfers this purpose makes outside the European Economic Area.',
      "Transferts hors de l'EEE",
      "Les transferts que la finalité effectue hors de l'Espace économique européen."
    ),
    requirement: h(
      'Providing the data is',
      'Statutory, contractual, needed to enter a contract, optional, or not applicable when it is collected while the person browses (logs, audience measurement) and nothing is asked of them (GDPR Art. 13(2)(e)).',
      'La fourniture des données est',
      "Réglementaire, contractuelle, nécessaire à la conclusion d'un contrat, facultative, ou sans objet quand les données sont collectées pendant la navigation (journaux, mesure d'audience) sans rien demander à la personne (article 13.2.e du RGPD)."
    ),
    requirementConsequence: h(
      'Consequence of not providing it',
      'Required unless providing the data is optional or not applicable: "la demande ne pourra pas être traitée".',
      'Conséquence de la non-fourniture',
      'Obligatoire sauf si la fourniture est facultative ou sans objet : « la demande ne pourra pas être traitée ».'
    ),
    automatedDecision: h(
      'Automated decision-making',
      'Tick when a decision is based solely on automated processing, profiling included (GDPR Art. 22).',
      'Décision automatisée',
      'Cochez si une décision est fondée exclusivement sur un traitement automatisé, profilage compris (article 22 du RGPD).'
    ),
    automatedDecisionLogic: h(
      'Logic involved',
      'Required with automated decision-making: how the decision is reached, in plain words.',
      'Logique sous-jacente',
      'Obligatoire en cas de décision automatisée : comment la décision est prise, en termes simples.'
    ),
    automatedDecisionConsequences: h(
      'Consequences for the person',
      'What the decision means for the person (GDPR Art. 13(2)(f)).',
      'Conséquences pour la personne',
      'Ce que la décision entraîne pour la personne (article 13.2.f du RGPD).'
    ),
    offeredToChildren: h(
      'Offered to children',
      'An online service offered directly to children: with consent as its basis, the privacy policy states the age of digital consent and how a parent consents (GDPR Art. 8).',
      'Proposée aux enfants',
      "Un service en ligne proposé directement aux enfants : fondée sur le consentement, la politique de confidentialité indique l'âge du consentement numérique et la manière dont un parent consent (article 8 du RGPD)."
    ),
    dataSubjects: h(
      'People concerned',
      'Categories of people the data is about: "usagers du portail", "agents". Printed with the purpose in the privacy policy and listed in the processing register (GDPR Art. 30(1)(c)).',
      'Personnes concernées',
      'Les catégories de personnes dont les données sont traitées : « usagers du portail », « agents ». Imprimées avec la finalité dans la politique de confidentialité et reprises au registre des traitements (article 30.1.c du RGPD).'
    ),
    ...STARTER_KEY,
  },
};

export const dataCategoryHelp: TypeHelp = {
  mainField: 'name',
  fields: {
    name: h('Category', 'A kind of personal data: "Identité", "Coordonnées", "Données de connexion".', 'Catégorie', 'Une catégorie de données personnelles : « Identité », « Coordonnées », « Données de connexion ».'),
    description: h('Examples', 'What the category holds: "Nom, prénom, adresse électronique".', 'Exemples', 'Ce que la catégorie contient : « Nom, prénom, adresse électronique ».'),
    special: h(
      'Special category',
      'Health, opinions, origin… (GDPR Art. 9) or offences (Art. 10).',
      'Catégorie particulière',
      'Santé, opinions, origine… (article 9 du RGPD) ou infractions (article 10).'
    ),
    erasure: h(
      'Erasure time limit, where it differs',
      'Only when this category is erased on another schedule than the purposes that use it, e.g. identity proofs kept one year. The processing register shows it next to the category (GDPR Art. 30(1)(f)); empty: the purpose’s retention period applies.',
      "Délai d'effacement, s'il diffère",
      "Seulement si cette catégorie est effacée selon un autre calendrier que les finalités qui l'utilisent, par exemple des justificatifs d'identité gardés un an. Le registre des traitements l'indique à côté de la catégorie (article 30.1.f du RGPD) ; vide : la durée de conservation de la finalité s'applique."
    ),
    ...STARTER_KEY,
  },
};

export const retentionPeriodHelp: TypeHelp = {
  mainField: 'label',
  fields: {
    label: h('Label', 'How editors recognise this period in lists: "3 ans après le dernier contact".', 'Libellé', 'Comment les éditeurs reconnaissent cette durée dans les listes : « 3 ans après le dernier contact ».'),
    durationValue: h(
      'Duration',
      'A positive number with its unit, or leave empty and give a criterion.',
      'Durée',
      'Un nombre positif avec son unité, ou laissez vide et indiquez un critère.'
    ),
    durationUnit: h('Unit', 'The unit of the duration above.', 'Unité', "L'unité de la durée ci-dessus."),
    criterion: h('Criterion', 'When no fixed duration applies: what sets it.', 'Critère', "Quand aucune durée fixe ne s'applique : ce qui la détermine."),
    startEvent: h('Counted from', 'The event the duration starts at: "la dernière connexion".', 'À compter de', "L'événement à partir duquel la durée court : « la dernière connexion »."),
    endAction: h(
      'At the end',
      'What happens to the data when the period ends.',
      'À l\'échéance',
      'Ce que deviennent les données à la fin de la durée.'
    ),
    legalReference: h(
      'Legal reference',
      'The text that sets the duration, e.g. "Code de procédure pénale, art. 9".',
      'Référence légale',
      'Le texte qui fixe la durée, par exemple « Code de procédure pénale, art. 9 ».'
    ),
    appliesTo: h(
      'Applies to',
      'When a purpose has several periods: the data or the case this one covers, e.g. "justificatifs d’identité".',
      "S'applique à",
      "Quand une finalité a plusieurs durées : les données ou le cas que celle-ci couvre, par exemple « justificatifs d'identité »."
    ),
    ...STARTER_KEY,
  },
};

export const dataSubjectHelp: TypeHelp = {
  mainField: 'name',
  fields: {
    name: h(
      'People concerned',
      'A category of people, in the plural: "usagers du portail", "abonnés à la lettre d’information", "agents".',
      'Personnes concernées',
      "Une catégorie de personnes, au pluriel : « usagers du portail », « abonnés à la lettre d'information », « agents »."
    ),
    description: h('Description', 'Optional: who exactly, for the processing register.', 'Description', 'Facultatif : qui précisément, pour le registre des traitements.'),
    ...STARTER_KEY,
  },
};
