'use strict';

// The facts of the three pages in shared/seeds, in structured form. Where a seed is wrong (a DPO address of
// another organisation, missing legal bases), the fact is kept as published so the compliance check can show it,
// and legal bases are filled with the basis a public body would use.
//
// The yes/no answers behind the pages' statements: the seeds name no transfer outside the EEA nor any automated
// decision, and the portals are hosted in France, so the demo answers "no" as their editors would; seeds 001 and 002
// describe their security measures. No seed says the host is bound by an Art. 28 contract: left unanswered, the
// checklist asks.
const ANSWERS = { transfersOutsideEea: 'no', automatedDecisions: 'no' };

const ODS = {
  name: 'OpenDataSoft',
  kind: 'company',
  legalForm: 'SAS',
  website: 'https://www.opendatasoft.com',
  country: 'FR',
};

const category = (key, fr, en) => ({ key, name: { fr: fr[0], en: en[0] }, description: { fr: fr[1], en: en[1] } });

const purpose = (key, legalBasis, fr, en, extra = {}) => ({
  key,
  legalBasis,
  title: { fr: fr[0], en: en[0] },
  description: { fr: fr[1], en: en[1] },
  requirement: 'optional',
  ...extra,
});

const OPEN_DATA_CATEGORIES = [
  category('identity', ['Données d’identification', 'Nom, prénom, coordonnées postales et électroniques.'], ['Identification data', 'Surname, first name, postal and email addresses.']),
  category('account', ['Données de gestion du compte', 'Données relatives à la gestion et à la sécurisation du compte créé sur la plateforme.'], ['Account data', 'Data on the management and security of the account created on the platform.']),
  category('relationship', ['Données de suivi de la relation', 'Demandes d’information et historique des échanges avec les services.'], ['Relationship data', 'Requests for information and history of exchanges with the departments.']),
  category('connection', ['Données de connexion', 'Adresses IP, journaux de connexion.'], ['Connection data', 'IP addresses, connection logs.']),
];

// The people each purpose is about, and the security measures the portals describe, for the processing register
// (GDPR Art. 30(1)(c) and (g)).
const subject = (key, fr, en) => ({ key, name: { fr, en } });
const SUBJECTS = {
  users: subject('users', 'Usagers de la plateforme', 'Users of the platform'),
  visitors: subject('visitors', 'Visiteurs de la plateforme', 'Visitors to the platform'),
  subscribers: subject('subscribers', 'Abonnés à la lettre d’information', 'Newsletter subscribers'),
  requesters: subject('requesters', 'Personnes qui exercent leurs droits', 'People who exercise their rights'),
  customers: subject('customers', 'Clients des services payants', 'Customers of the paid services'),
};
const measure = (key, kind, fr, en) => ({ key, kind, detail: { fr, en } });
const SECURITY = [
  measure('access', 'access-control', 'Comptes nominatifs, droits limités au besoin d’en connaître, mots de passe robustes.', 'Personal accounts, rights limited to what each person needs to know, strong passwords.'),
  measure('logs', 'traceability', 'Journalisation des accès et des opérations d’administration.', 'Logging of access and of administrative operations.'),
  measure('backup', 'backup', 'Sauvegardes quotidiennes chiffrées, conservées dans l’Union européenne.', 'Encrypted daily backups, kept in the European Union.'),
  measure('encryption', 'encryption', 'Chiffrement des échanges (HTTPS).', 'Encryption of exchanges (HTTPS).'),
  measure('processors', 'processor-control', 'Contrat de sous-traitance conforme à l’article 28 du RGPD avec l’hébergeur.', 'Processing contract meeting Article 28 GDPR with the host.'),
];

// The host processes the portals' data: it is a recipient (as a processor) of each site.
const STARTER_KEYS = [
  'recipient.internal', 'recipient.host',
  'right.access', 'right.rectification', 'right.erasure', 'right.restriction', 'right.portability', 'right.objection',
  'right.withdraw-consent', 'right.complaint', 'right.post-mortem',
  'retention.identity-proof', 'retention.objection-record', 'retention.audience-cookie', 'cookie.matomo-id',
];

const SITES = [
  {
    // shared/seeds/000: legal notice of Clermont Auvergne Métropole's open-data portal.
    site: {
      name: 'Open data Clermont Auvergne Métropole',
      baseUrl: 'https://opendata.clermontmetropole.eu',
      publishedLocales: ['fr', 'en'],
      directorOfPublicationName: 'Olivier Bianchi',
      dataLicenceUrl: null,
      ...ANSWERS,
    },
    text: {
      fr: {
        designation: 'Métropole',
        designationGender: 'feminine',
        directorOfPublicationTitle: 'Président de Clermont Auvergne Métropole',
        editorialManagement: 'L’animation éditoriale de la plateforme et son pilotage sont assurés par la direction des projets de métropole intelligente.',
        dataLicence: 'Licence libre indiquée sur chaque jeu de données',
      },
      en: {
        designation: 'Metropolitan Authority',
        designationGender: 'feminine',
        directorOfPublicationTitle: 'President of Clermont Auvergne Métropole',
        editorialManagement: 'Editorial management and steering of the platform are provided by the smart metropolis projects department.',
        dataLicence: 'Open licence stated on each dataset',
      },
    },
    controller: {
      name: 'Clermont Auvergne Métropole',
      kind: 'public-body',
      legalForm: 'Métropole',
      street: '64-66 avenue de l’Union soviétique',
      postalCode: '63000',
      city: 'Clermont-Ferrand',
      country: 'FR',
      phone: '04 73 98 34 00',
      website: 'https://www.clermontmetropole.eu',
      siren: '246300701',
      representativeName: 'Olivier Bianchi',
      representativeTitle: 'Président',
    },
    host: ODS,
    dpo: { label: 'DPO de Clermont Auvergne Métropole', appointed: true, email: 'cnil@clermont-metropole.eu' },
    starterKeys: STARTER_KEYS,
    categories: [OPEN_DATA_CATEGORIES[0]],
    purposes: [
      purpose(
        'clermont.rights-requests',
        'legal-obligation',
        ['Traitement des demandes d’exercice des droits', 'Répondre aux personnes qui exercent leurs droits, notamment leur droit d’opposition à figurer dans les jeux de données.'],
        ['Handling requests to exercise rights', 'Replying to people who exercise their rights, in particular their right to object to appearing in the datasets.'],
        { subjects: ['requesters'], categories: ['identity'], retention: 'retention.objection-record', requirement: 'statutory', requirementConsequence: { fr: 'Sans ces données, la demande ne peut pas être traitée.', en: 'Without this data, the request cannot be handled.' } }
      ),
    ],
  },
  {
    // shared/seeds/001: privacy policy of Nîmes Métropole's data platform.
    site: {
      name: 'Plateforme data Nîmes Métropole',
      baseUrl: 'https://data.nimes-metropole.fr',
      publishedLocales: ['fr', 'en'],
      ...ANSWERS,
      securityMeasures: 'yes',
    },
    text: {
      fr: { designation: 'Collectivité', designationGender: 'feminine' },
      en: { designation: 'Authority', designationGender: 'feminine' },
    },
    controller: {
      name: 'Nîmes Métropole',
      kind: 'public-body',
      legalForm: 'Communauté d’agglomération',
      street: '3 rue du Colisée',
      postalCode: '30947',
      city: 'Nîmes Cedex 9',
      country: 'FR',
      website: 'https://www.nimes-metropole.fr',
      siren: '243000643',
    },
    host: ODS,
    processors: [ODS],
    // The seed gives another métropole's DPO address (ampmetropole.fr): kept so the consistency check flags it.
    dpo: {
      label: 'DPO de Nîmes Métropole',
      appointed: true,
      name: 'Pôle transparence de la vie administrative',
      email: 'dpo@ampmetropole.fr',
      street: '3 rue du Colisée',
      postalCode: '30947',
      city: 'Nîmes Cedex 9',
      country: 'FR',
    },
    starterKeys: STARTER_KEYS,
    categories: OPEN_DATA_CATEGORIES,
    purposes: [
      purpose('nimes.operation', 'public-task', ['Fonctionnement et amélioration de la plateforme', 'Assurer le bon fonctionnement et l’amélioration permanente de la plateforme et de ses fonctionnalités.'], ['Operation and improvement of the platform', 'Keeping the platform and its features working and improving them.'], { subjects: ['users', 'visitors'], categories: ['account', 'connection'], retention: 'retention.audience-cookie' }),
      purpose('nimes.newsletter', 'consent', ['Envoi de lettres d’information', 'Vous adresser les lettres d’information auxquelles vous vous êtes abonné.'], ['Sending newsletters', 'Sending you the newsletters you subscribed to.'], { subjects: ['subscribers'], categories: ['identity'], retention: 'retention.objection-record' }),
      purpose('nimes.users', 'public-task', ['Gestion des bénéficiaires', 'Suivre la relation avec les utilisateurs : demandes d’information et historique des échanges.'], ['Management of beneficiaries', 'Following up the relationship with users: requests for information and history of exchanges.'], { subjects: ['users'], categories: ['identity', 'relationship'], retention: 'retention.objection-record' }),
      purpose('nimes.rights', 'legal-obligation', ['Gestion des demandes d’exercice des droits', 'Traiter les demandes d’accès, de rectification et d’opposition.'], ['Handling requests to exercise rights', 'Handling requests for access, rectification and objection.'], { subjects: ['requesters'], categories: ['identity'], retention: 'retention.identity-proof', requirement: 'statutory', requirementConsequence: { fr: 'Sans ces données, la demande ne peut pas être traitée.', en: 'Without this data, the request cannot be handled.' } }),
      purpose('nimes.statistics', 'public-task', ['Statistiques de fréquentation', 'Élaborer des statistiques destinées à améliorer le fonctionnement de la plateforme et la qualité de ses services.'], ['Visit statistics', 'Producing statistics to improve the operation of the platform and the quality of its services.'], { subjects: ['visitors'], categories: ['connection'], retention: 'retention.audience-cookie' }),
    ],
  },
  {
    // shared/seeds/002: privacy policy of Brest métropole's open-data domain.
    site: {
      name: 'Open data Brest métropole',
      baseUrl: 'https://opendata.brest-metropole.fr',
      publishedLocales: ['fr', 'en'],
      ...ANSWERS,
      securityMeasures: 'yes',
    },
    text: {
      fr: { designation: 'Métropole', designationGender: 'feminine' },
      en: { designation: 'Metropolitan Authority', designationGender: 'feminine' },
    },
    controller: {
      name: 'Brest métropole',
      kind: 'public-body',
      legalForm: 'Métropole',
      street: 'Hôtel de métropole, 24 rue Coat-ar-Guéven, CS 73826',
      postalCode: '29238',
      city: 'Brest Cedex 2',
      country: 'FR',
      website: 'https://www.brest.fr',
      siren: '242900314',
    },
    host: ODS,
    processors: [ODS],
    dpo: {
      label: 'DPO de Brest métropole',
      appointed: true,
      email: 'delegue.protectiondesdonnees@brest-metropole.fr',
      street: 'Hôtel de métropole, 24 rue Coat-ar-Guéven, CS 73826',
      postalCode: '29238',
      city: 'Brest Cedex 2',
      country: 'FR',
    },
    starterKeys: STARTER_KEYS,
    categories: OPEN_DATA_CATEGORIES,
    purposes: [
      purpose('brest.operation', 'public-task', ['Fonctionnement et amélioration du domaine', 'Assurer le bon fonctionnement et l’amélioration permanente du domaine et de ses fonctionnalités.'], ['Operation and improvement of the domain', 'Keeping the domain and its features working and improving them.'], { subjects: ['users', 'visitors'], categories: ['account', 'connection'], retention: 'retention.audience-cookie' }),
      purpose('brest.payments', 'contract', ['Gestion des paiements', 'Encaisser les paiements liés aux services souscrits.'], ['Payment management', 'Collecting payments for the services subscribed to.'], { subjects: ['customers'], categories: ['identity', 'relationship'], retention: 'retention.objection-record', requirement: 'contractual', requirementConsequence: { fr: 'Sans ces données, le service payant ne peut pas être fourni.', en: 'Without this data, the paid service cannot be provided.' } }),
      purpose('brest.newsletter', 'consent', ['Envoi de lettres d’information', 'Vous adresser les lettres d’information auxquelles vous vous êtes abonné.'], ['Sending newsletters', 'Sending you the newsletters you subscribed to.'], { subjects: ['subscribers'], categories: ['identity'], retention: 'retention.objection-record' }),
      purpose('brest.users', 'public-task', ['Gestion des bénéficiaires', 'Suivre la relation avec les utilisateurs : demandes d’information et historique des échanges.'], ['Management of beneficiaries', 'Following up the relationship with users: requests for information and history of exchanges.'], { subjects: ['users'], categories: ['identity', 'relationship'], retention: 'retention.objection-record' }),
      purpose('brest.rights', 'legal-obligation', ['Gestion des demandes d’exercice des droits', 'Traiter les demandes d’accès, de rectification et d’opposition.'], ['Handling requests to exercise rights', 'Handling requests for access, rectification and objection.'], { subjects: ['requesters'], categories: ['identity'], retention: 'retention.identity-proof', requirement: 'statutory', requirementConsequence: { fr: 'Sans ces données, la demande ne peut pas être traitée.', en: 'Without this data, the request cannot be handled.' } }),
      purpose('brest.debts', 'legal-obligation', ['Gestion des impayés et du contentieux', 'Recouvrer les sommes dues et gérer les litiges.'], ['Unpaid amounts and disputes', 'Recovering sums owed and handling disputes.'], { subjects: ['customers'], categories: ['identity', 'relationship'], retention: 'retention.objection-record' }),
      purpose('brest.statistics', 'public-task', ['Statistiques de fréquentation', 'Élaborer des statistiques destinées à améliorer le fonctionnement du domaine et la qualité de ses services.'], ['Visit statistics', 'Producing statistics to improve the operation of the domain and the quality of its services.'], { subjects: ['visitors'], categories: ['connection'], retention: 'retention.audience-cookie' }),
    ],
  },
];

module.exports = { SITES, SUBJECTS, SECURITY };
