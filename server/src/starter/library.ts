/**
 * The starter library: defaults a French public body's open-data portal usually needs, in French and English, and
 * (private-bodies.ts) those of a company or an association. Every entry is an ordinary, editable entry once created;
 * its key lets a second run reuse it.  `STARTER_SETS` says which items each kind of controller is offered.
 * Its texts name no contact (the DPO may not be appointed): the page says where to send requests from the facts entered.
 */
import type { OrganisationKind } from '../core/input/types';
import { accessibilityContents } from './accessibility';
import { COMMON_SUBJECTS, dataSubjects, withDataSubjects } from './data-subjects';
import { privateDataCategories, privatePurposes, privateRecipients, privateRetentionPeriods } from './private-bodies';

type Localized = { fr: string; en: string };

export interface StarterItem<F> {
  key: string;
  shared: F;
  text: Record<string, Localized>;
  links?: Partial<Record<'dataCategories' | 'recipients' | 'retention' | 'dataSubjects', string[]>>;
}

export const rights: StarterItem<{ kind: string; reference: string; identityProofRequired: boolean }>[] = [
  {
    key: 'right.access',
    shared: { kind: 'access', reference: 'RGPD, art. 15', identityProofRequired: true },
    text: {
      howToExercise: {
        fr: 'Précisez dans votre demande les données ou les traitements qui vous intéressent. En cas de doute raisonnable sur votre identité, une pièce justificative pourra vous être demandée.',
        en: 'State in your request which data or processing you are asking about. If there is reasonable doubt about your identity, you may be asked for proof of it.',
      },
    },
  },
  {
    key: 'right.rectification',
    shared: { kind: 'rectification', reference: 'RGPD, art. 16', identityProofRequired: true },
    text: {
      howToExercise: {
        fr: 'Indiquez dans votre demande les données à corriger ou à compléter.',
        en: 'State in your request the data to be corrected or completed.',
      },
    },
  },
  {
    key: 'right.erasure',
    shared: { kind: 'erasure', reference: 'RGPD, art. 17', identityProofRequired: true },
    text: {
      conditions: {
        fr: 'Dans les cas prévus à l’article 17 du RGPD, notamment lorsque les données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées.',
        en: 'In the cases set out in Article 17 GDPR, in particular where the data is no longer necessary for the purposes for which it was collected.',
      },
    },
  },
  {
    key: 'right.restriction',
    shared: { kind: 'restriction', reference: 'RGPD, art. 18', identityProofRequired: true },
    text: {
      conditions: {
        fr: 'Notamment le temps de vérifier l’exactitude des données que vous contestez.',
        en: 'In particular while the accuracy of data you contest is being verified.',
      },
    },
  },
  {
    key: 'right.portability',
    shared: { kind: 'portability', reference: 'RGPD, art. 20', identityProofRequired: true },
    text: {
      conditions: {
        fr: 'Lorsque le traitement repose sur votre consentement ou sur un contrat et qu’il est effectué à l’aide de procédés automatisés.',
        en: 'Where the processing is based on your consent or on a contract and is carried out by automated means.',
      },
    },
  },
  {
    key: 'right.objection',
    shared: { kind: 'objection', reference: 'RGPD, art. 21', identityProofRequired: true },
    text: {
      conditions: {
        fr: 'Pour des raisons tenant à votre situation particulière, lorsque le traitement repose sur l’exécution d’une mission d’intérêt public ou sur l’intérêt légitime.',
        en: 'On grounds relating to your particular situation, where the processing is based on a task carried out in the public interest or on legitimate interests.',
      },
    },
  },
  {
    key: 'right.withdraw-consent',
    shared: { kind: 'withdraw-consent', reference: 'RGPD, art. 7, paragraphe 3', identityProofRequired: false },
    text: {
      conditions: {
        fr: 'À tout moment, sans remettre en cause la licéité du traitement effectué avant le retrait.',
        en: 'At any time, without affecting the lawfulness of processing carried out before the withdrawal.',
      },
    },
  },
  {
    key: 'right.complaint',
    shared: { kind: 'complaint', reference: 'RGPD, art. 77', identityProofRequired: false },
    // No text of its own: the page names the controller's supervisory authority (the CNIL only for a controller in
    // France) with its contact details.
    text: {},
  },
  {
    key: 'right.post-mortem',
    shared: { kind: 'post-mortem', reference: 'Loi n° 78-17 du 6 janvier 1978, art. 85', identityProofRequired: true },
    text: {
      howToExercise: {
        fr: 'Vous pouvez définir des directives relatives à la conservation, à l’effacement et à la communication de vos données après votre décès.',
        en: 'You may give instructions on the retention, erasure and communication of your data after your death.',
      },
    },
  },
];

/** Without a duration, the item's text gives the criterion that sets the period. */
export type RetentionShared = { durationValue?: number; durationUnit?: string; endAction: string };

export const retentionPeriods: StarterItem<RetentionShared>[] = [
  {
    key: 'retention.identity-proof',
    shared: { durationValue: 1, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Justificatif d’identité fourni pour exercer un droit', en: 'Proof of identity supplied to exercise a right' },
      startEvent: { fr: 'la réponse à la demande', en: 'the reply to the request' },
      legalReference: { fr: 'Code de procédure pénale, art. 9', en: 'French Code of Criminal Procedure, art. 9' },
    },
  },
  {
    key: 'retention.objection-record',
    shared: { durationValue: 3, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Trace d’une demande d’opposition', en: 'Record of an objection' },
      startEvent: { fr: 'la réception de la demande', en: 'receipt of the request' },
    },
  },
  {
    key: 'retention.audience-cookie',
    shared: { durationValue: 13, durationUnit: 'months', endAction: 'deletion' },
    text: {
      label: { fr: 'Traceurs de mesure d’audience', en: 'Audience measurement trackers' },
      startEvent: { fr: 'leur dépôt sur votre terminal', en: 'their placement on your device' },
    },
  },
  {
    key: 'retention.account',
    shared: { durationValue: 3, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Données du compte utilisateur', en: 'User account data' },
      startEvent: { fr: 'la dernière connexion au compte', en: 'the last login to the account' },
    },
  },
  {
    key: 'retention.contact-request',
    shared: { durationValue: 3, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Échanges avec les utilisateurs', en: 'Correspondence with users' },
      startEvent: { fr: 'le dernier échange', en: 'the last exchange' },
    },
  },
  {
    key: 'retention.connection-logs',
    shared: { durationValue: 1, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Données de connexion', en: 'Connection data' },
      startEvent: { fr: 'la connexion', en: 'the connection' },
      legalReference: {
        fr: 'Loi n° 2004-575 du 21 juin 2004, art. 6 ; décret n° 2021-1363 du 20 octobre 2021',
        en: 'French Act no. 2004-575 of 21 June 2004, s. 6; Decree no. 2021-1363 of 20 October 2021',
      },
    },
  },
];

export const dataCategories: StarterItem<{ special: boolean }>[] = [
  {
    key: 'category.identity',
    shared: { special: false },
    text: {
      name: { fr: 'Données d’identification', en: 'Identification data' },
      description: { fr: 'Nom, prénom, adresse électronique, identifiant.', en: 'Surname, first name, email address, user name.' },
    },
  },
  {
    key: 'category.connection',
    shared: { special: false },
    text: {
      name: { fr: 'Données de connexion', en: 'Connection data' },
      description: { fr: 'Adresse IP, date et heure de connexion, journaux techniques.', en: 'IP address, date and time of connection, technical logs.' },
    },
  },
  {
    key: 'category.browsing',
    shared: { special: false },
    text: {
      name: { fr: 'Données de navigation', en: 'Browsing data' },
      description: { fr: 'Pages consultées, durée de la visite, type de navigateur.', en: 'Pages viewed, length of the visit, browser type.' },
    },
  },
  {
    key: 'category.correspondence',
    shared: { special: false },
    text: {
      name: { fr: 'Contenu des échanges', en: 'Correspondence' },
      description: { fr: 'Messages que vous nous adressez et nos réponses.', en: 'Messages you send us and our replies.' },
    },
  },
];

export const recipients: StarterItem<{ kind: string }>[] = [
  {
    key: 'recipient.internal',
    shared: { kind: 'internal' },
    text: {
      name: { fr: 'Agents habilités des services concernés', en: 'Authorised staff of the departments concerned' },
    },
  },
  {
    key: 'recipient.host',
    shared: { kind: 'processor' },
    text: {
      name: { fr: 'Hébergeur de la plateforme, en qualité de sous-traitant', en: 'Host of the platform, as processor' },
    },
  },
];

export type PurposeShared = { legalBasis: string; requirement: string; collectedFromDataSubject: boolean; automatedDecision: boolean };

/** The public task of an open-data portal: publishing the administration's documents and data online. */
const OPEN_DATA_TASK = {
  fr: 'Code des relations entre le public et l’administration, art. L312-1-1',
  en: 'French Code of Relations between the Public and the Administration, art. L312-1-1',
};

export const purposes: StarterItem<PurposeShared>[] = [
  {
    key: 'purpose.accounts',
    shared: { legalBasis: 'public-task', requirement: 'optional', collectedFromDataSubject: true, automatedDecision: false },
    text: {
      title: { fr: 'Gestion des comptes des utilisateurs', en: 'Management of user accounts' },
      legalBasisReference: OPEN_DATA_TASK,
      description: {
        fr: 'Créer et gérer votre compte, qui donne accès aux fonctions de réutilisation et d’abonnement de la plateforme.',
        en: 'Creating and managing your account, which gives access to the reuse and subscription features of the platform.',
      },
      requirementConsequence: {
        fr: 'La création d’un compte est facultative ; sans ces données, vous ne pouvez pas en ouvrir un.',
        en: 'Opening an account is optional; without this data, you cannot open one.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.connection'], recipients: ['recipient.internal', 'recipient.host'], retention: ['retention.account'] },
  },
  {
    key: 'purpose.contact',
    shared: { legalBasis: 'public-task', requirement: 'optional', collectedFromDataSubject: true, automatedDecision: false },
    text: {
      title: { fr: 'Réponse à vos demandes', en: 'Replying to your requests' },
      legalBasisReference: OPEN_DATA_TASK,
      description: {
        fr: 'Traiter les questions et demandes que vous adressez au sujet de la plateforme et des données publiées.',
        en: 'Handling the questions and requests you send about the platform and the published data.',
      },
      requirementConsequence: {
        fr: 'Sans adresse électronique, nous ne pouvons pas vous répondre.',
        en: 'Without an email address, we cannot reply to you.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.correspondence'], recipients: ['recipient.internal'], retention: ['retention.contact-request'] },
  },
  {
    key: 'purpose.audience',
    shared: { legalBasis: 'public-task', requirement: 'optional', collectedFromDataSubject: true, automatedDecision: false },
    text: {
      title: { fr: 'Mesure d’audience de la plateforme', en: 'Audience measurement of the platform' },
      legalBasisReference: OPEN_DATA_TASK,
      description: {
        fr: 'Produire des statistiques de fréquentation anonymes afin d’améliorer la plateforme.',
        en: 'Producing anonymous visit statistics in order to improve the platform.',
      },
    },
    links: { dataCategories: ['category.browsing', 'category.connection'], recipients: ['recipient.internal', 'recipient.host'], retention: ['retention.audience-cookie'] },
  },
  {
    key: 'purpose.security',
    shared: { legalBasis: 'legal-obligation', requirement: 'statutory', collectedFromDataSubject: true, automatedDecision: false },
    text: {
      title: { fr: 'Sécurité de la plateforme et conservation des données de connexion', en: 'Security of the platform and retention of connection data' },
      legalBasisReference: {
        fr: 'Loi n° 2004-575 du 21 juin 2004, art. 6 ; décret n° 2021-1363 du 20 octobre 2021',
        en: 'French Act no. 2004-575 of 21 June 2004, s. 6; Decree no. 2021-1363 of 20 October 2021',
      },
      description: {
        fr: 'Assurer la sécurité du service et conserver les données de connexion exigées par la loi.',
        en: 'Keeping the service secure and retaining the connection data required by law.',
      },
      requirementConsequence: {
        fr: 'Ces données sont collectées automatiquement à chaque connexion ; sans elles, le service ne peut pas être fourni.',
        en: 'This data is collected automatically at each connection; without it, the service cannot be provided.',
      },
    },
    links: { dataCategories: ['category.connection'], recipients: ['recipient.internal', 'recipient.host'], retention: ['retention.connection-logs'] },
  },
  {
    key: 'purpose.newsletter',
    shared: { legalBasis: 'consent', requirement: 'optional', collectedFromDataSubject: true, automatedDecision: false },
    text: {
      title: { fr: 'Envoi des notifications et lettres d’information', en: 'Sending notifications and newsletters' },
      description: {
        fr: 'Vous informer des nouveaux jeux de données et des mises à jour auxquels vous vous êtes abonné.',
        en: 'Informing you of new datasets and of the updates you subscribed to.',
      },
    },
    links: { dataCategories: ['category.identity'], recipients: ['recipient.internal'], retention: ['retention.account'] },
  },
];

type CookieShared = { name: string; provider: string; category: string; durationValue: number; durationUnit: string; consentRequired: boolean };

export const cookies: StarterItem<CookieShared>[] = [
  {
    key: 'cookie.matomo-id',
    shared: { name: '_pk_id', provider: 'Matomo', category: 'audience', durationValue: 13, durationUnit: 'months', consentRequired: false },
    text: {
      purpose: {
        fr: 'Distinguer les visites pour mesurer l’audience de la plateforme.',
        en: 'Telling visits apart to measure the audience of the platform.',
      },
    },
  },
];

/** Library sections in the order they must be created: later ones link to earlier ones by key. */
export const LIBRARY = {
  'data-subject': dataSubjects,
  'data-category': [...dataCategories, ...privateDataCategories],
  'retention-period': [...retentionPeriods, ...privateRetentionPeriods],
  recipient: [...recipients, ...privateRecipients],
  right: rights,
  purpose: withDataSubjects([...purposes, ...privatePurposes]),
  cookie: cookies,
  'accessibility-content': accessibilityContents,
} as const;

/** What every kind of controller is offered: the rights (French law), the retention of rights requests, the cookie. */
const COMMON = [
  ...rights.map((r) => r.key),
  'retention.identity-proof',
  'retention.objection-record',
  'category.identity',
  'category.connection',
  'category.browsing',
  'category.correspondence',
  'cookie.matomo-id',
  ...COMMON_SUBJECTS,
];

const COMPANY = [
  ...COMMON,
  'purpose.customer-accounts',
  'purpose.orders',
  'purpose.invoicing',
  'purpose.prospects',
  'purpose.mailing-list',
  'purpose.advertising-trackers',
  'purpose.audience-statistics',
  'purpose.site-security',
  'purpose.enquiries',
  'subjects.customers',
  'subjects.prospects',
];

/**
 * The items offered to each kind of controller; a chosen purpose brings what it links to. The public body's set is
 * the library as it was first written; a natural person who runs a site is offered a company's.
 */
export const STARTER_SETS: Readonly<Record<OrganisationKind, readonly string[]>> = {
  'public-body': [
    ...[dataCategories, retentionPeriods, recipients, rights, purposes, cookies].flatMap((section) => section.map((item) => item.key)),
    ...COMMON_SUBJECTS,
    'subjects.portal-users',
    // Public bodies publish an accessibility statement (loi 2005-102 art. 47): its usual exempt content.
    ...accessibilityContents.map((item) => item.key),
  ],
  company: COMPANY,
  association: [
    ...COMMON,
    'purpose.members',
    'purpose.donations',
    'purpose.mailing-list',
    'purpose.audience-statistics',
    'purpose.site-security',
    'purpose.enquiries',
    'subjects.members',
    'subjects.donors',
  ],
  person: COMPANY,
};

export type LibrarySection = keyof typeof LIBRARY;

/** Site relation that receives each section's entries; sections without one are reached through purposes. */
export const SITE_FIELD: Partial<Record<LibrarySection, string>> = {
  right: 'rights',
  purpose: 'purposes',
  recipient: 'recipients',
  cookie: 'cookies',
  'accessibility-content': 'accessibilityContent',
};
