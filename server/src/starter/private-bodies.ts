/**
 * The starter library's items for companies and associations established in France: each purpose with its legal
 * basis (and, for a legal obligation, the text that lays it down), each retention period with the source of its rule.
 * Durations are only those a text or the CNIL's guidance sets; elsewhere the period is stated by its criterion.
 */
import type { PurposeShared, RetentionShared, StarterItem } from './library';

const CNIL_COMMERCIAL = {
  fr: 'référentiel de la CNIL relatif à la gestion des activités commerciales',
  en: 'CNIL standard on the management of commercial activities',
};

export const privateRetentionPeriods: StarterItem<RetentionShared>[] = [
  {
    key: 'retention.customer-relationship',
    shared: { endAction: 'deletion' },
    text: {
      label: { fr: 'Données des clients', en: 'Customer data' },
      criterion: { fr: 'pendant toute la durée de la relation contractuelle', en: 'for as long as the contractual relationship lasts' },
      legalReference: CNIL_COMMERCIAL,
    },
  },
  {
    key: 'retention.accounting',
    shared: { durationValue: 10, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Factures et pièces comptables', en: 'Invoices and accounting records' },
      startEvent: { fr: 'la clôture de l’exercice comptable', en: 'the end of the financial year' },
      legalReference: { fr: 'Code de commerce, art. L123-22', en: 'French Commercial Code, art. L123-22' },
    },
  },
  {
    key: 'retention.prospects',
    shared: { durationValue: 3, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Données des prospects', en: 'Prospect data' },
      startEvent: { fr: 'le dernier contact venant de vous', en: 'your last contact with us' },
      legalReference: CNIL_COMMERCIAL,
    },
  },
  {
    key: 'retention.until-withdrawal',
    shared: { endAction: 'deletion' },
    text: {
      label: { fr: 'Données traitées avec votre consentement', en: 'Data processed with your consent' },
      criterion: { fr: 'jusqu’au retrait de votre consentement', en: 'until you withdraw your consent' },
      legalReference: { fr: 'RGPD, art. 17.1.b', en: 'GDPR, Art. 17(1)(b)' },
    },
  },
  {
    key: 'retention.advertising-trackers',
    shared: { durationValue: 13, durationUnit: 'months', endAction: 'deletion' },
    text: {
      label: { fr: 'Traceurs publicitaires', en: 'Advertising trackers' },
      startEvent: { fr: 'leur dépôt sur votre terminal', en: 'their placement on your device' },
      legalReference: { fr: 'recommandation de la CNIL sur les cookies et autres traceurs', en: 'CNIL recommendation on cookies and other trackers' },
    },
  },
  {
    key: 'retention.audience-statistics',
    shared: { durationValue: 25, durationUnit: 'months', endAction: 'deletion' },
    text: {
      label: { fr: 'Données de mesure d’audience', en: 'Audience measurement data' },
      startEvent: { fr: 'leur collecte', en: 'their collection' },
      legalReference: { fr: 'lignes directrices de la CNIL sur les cookies et autres traceurs', en: 'CNIL guidelines on cookies and other trackers' },
    },
  },
  {
    key: 'retention.security-logs',
    shared: { durationValue: 6, durationUnit: 'months', endAction: 'deletion' },
    text: {
      label: { fr: 'Journaux de sécurité', en: 'Security logs' },
      startEvent: { fr: 'leur enregistrement', en: 'their recording' },
      legalReference: { fr: 'recommandation de la CNIL relative à la journalisation', en: 'CNIL recommendation on logging' },
    },
  },
  {
    key: 'retention.enquiries',
    shared: { endAction: 'deletion' },
    text: {
      label: { fr: 'Demandes reçues', en: 'Enquiries received' },
      criterion: { fr: 'le temps nécessaire pour traiter votre demande et y donner suite', en: 'as long as needed to handle your request and follow it up' },
      legalReference: { fr: 'RGPD, art. 5.1.e', en: 'GDPR, Art. 5(1)(e)' },
    },
  },
  {
    key: 'retention.membership',
    shared: { endAction: 'deletion' },
    text: {
      label: { fr: 'Données des membres', en: 'Member data' },
      criterion: { fr: 'pendant toute la durée de l’adhésion', en: 'for as long as you are a member' },
      legalReference: { fr: 'RGPD, art. 5.1.e', en: 'GDPR, Art. 5(1)(e)' },
    },
  },
  {
    key: 'retention.tax-records',
    shared: { durationValue: 6, durationUnit: 'years', endAction: 'deletion' },
    text: {
      label: { fr: 'Justificatifs des dons et reçus fiscaux', en: 'Records of donations and tax receipts' },
      startEvent: { fr: 'l’établissement du reçu fiscal', en: 'the issue of the tax receipt' },
      legalReference: { fr: 'Livre des procédures fiscales, art. L102 B', en: 'French Tax Procedure Code, art. L102 B' },
    },
  },
];

export const privateDataCategories: StarterItem<{ special: boolean }>[] = [
  {
    key: 'category.transactions',
    shared: { special: false },
    text: {
      name: { fr: 'Données relatives aux transactions', en: 'Transaction data' },
      description: { fr: 'Commandes, factures, historique des achats, moyen de paiement utilisé.', en: 'Orders, invoices, purchase history, means of payment used.' },
    },
  },
  {
    key: 'category.membership',
    shared: { special: false },
    text: {
      name: { fr: 'Données relatives à l’adhésion', en: 'Membership data' },
      description: { fr: 'Date d’adhésion, cotisations versées, fonctions exercées au sein de l’association.', en: 'Date of joining, fees paid, roles held within the association.' },
    },
  },
  {
    key: 'category.donations',
    shared: { special: false },
    text: {
      name: { fr: 'Données relatives aux dons', en: 'Donation data' },
      description: { fr: 'Montant, date et mode de versement des dons, reçus fiscaux délivrés.', en: 'Amount, date and means of payment of donations, tax receipts issued.' },
    },
  },
];

export const privateRecipients: StarterItem<{ kind: string }>[] = [
  {
    key: 'recipient.site-host',
    shared: { kind: 'processor' },
    text: { name: { fr: 'Hébergeur du site', en: 'Host of the website' } },
  },
  {
    key: 'recipient.staff',
    shared: { kind: 'internal' },
    text: { name: { fr: 'Personnel habilité des services concernés', en: 'Authorised staff of the departments concerned' } },
  },
  {
    key: 'recipient.association-officers',
    shared: { kind: 'internal' },
    text: { name: { fr: 'Membres du bureau et bénévoles habilités', en: 'Board members and authorised volunteers' } },
  },
];

const contract = { legalBasis: 'contract', collectedFromDataSubject: true, automatedDecision: false } as const;
const interests = { legalBasis: 'legitimate-interests', collectedFromDataSubject: true, automatedDecision: false } as const;
const consent = { legalBasis: 'consent', requirement: 'optional', collectedFromDataSubject: true, automatedDecision: false } as const;

export const privatePurposes: StarterItem<PurposeShared>[] = [
  {
    key: 'purpose.customer-accounts',
    shared: { ...contract, requirement: 'necessary-for-contract' },
    text: {
      title: { fr: 'Gestion des comptes clients', en: 'Management of customer accounts' },
      description: {
        fr: 'Créer et gérer votre compte client, qui vous permet de passer commande et de suivre vos achats.',
        en: 'Creating and managing your customer account, which lets you place orders and follow your purchases.',
      },
      requirementConsequence: {
        fr: 'sans ces données, votre compte ne peut pas être créé.',
        en: 'without this data, your account cannot be created.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.connection'], recipients: ['recipient.staff', 'recipient.site-host'], retention: ['retention.customer-relationship'] },
  },
  {
    key: 'purpose.orders',
    shared: { ...contract, requirement: 'necessary-for-contract' },
    text: {
      title: { fr: 'Gestion des commandes, des livraisons et du service après-vente', en: 'Management of orders, deliveries and after-sales service' },
      description: {
        fr: 'Traiter vos commandes, les livrer et répondre à vos demandes de service après-vente.',
        en: 'Processing your orders, delivering them and handling your after-sales requests.',
      },
      requirementConsequence: {
        fr: 'sans ces données, votre commande ne peut pas être traitée.',
        en: 'without this data, your order cannot be processed.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.transactions'], recipients: ['recipient.staff', 'recipient.site-host'], retention: ['retention.customer-relationship'] },
  },
  {
    key: 'purpose.invoicing',
    shared: { legalBasis: 'legal-obligation', requirement: 'statutory', collectedFromDataSubject: true, automatedDecision: false },
    text: {
      title: { fr: 'Facturation et tenue de la comptabilité', en: 'Invoicing and bookkeeping' },
      description: {
        fr: 'Établir les factures et conserver les pièces comptables que la loi impose de garder.',
        en: 'Issuing invoices and keeping the accounting records the law requires.',
      },
      legalBasisReference: {
        fr: 'Code de commerce, art. L123-22 ; livre des procédures fiscales, art. L102 B',
        en: 'French Commercial Code, art. L123-22; French Tax Procedure Code, art. L102 B',
      },
      requirementConsequence: {
        fr: 'sans ces données, la facture ne peut pas être établie et la commande ne peut pas être conclue.',
        en: 'without this data, the invoice cannot be issued and the order cannot be completed.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.transactions'], recipients: ['recipient.staff', 'recipient.site-host'], retention: ['retention.accounting'] },
  },
  {
    key: 'purpose.prospects',
    shared: { ...interests, requirement: 'optional' },
    text: {
      title: { fr: 'Prospection commerciale', en: 'Direct marketing' },
      description: {
        fr: 'Vous adresser nos offres par courrier ou par téléphone et, si vous êtes déjà client, par courriel pour des produits ou services analogues à ceux que vous avez achetés. Vous pouvez vous y opposer à tout moment, sans avoir à vous justifier.',
        en: 'Sending you our offers by post or by phone and, if you are already a customer, by email for products or services similar to those you bought. You can object at any time, without giving reasons.',
      },
      legitimateInterest: {
        fr: 'faire connaître nos offres à nos clients et aux personnes qui s’y sont intéressées',
        en: 'making our offers known to our customers and to the people who have shown an interest in them',
      },
    },
    links: { dataCategories: ['category.identity', 'category.transactions'], recipients: ['recipient.staff'], retention: ['retention.prospects'] },
  },
  {
    key: 'purpose.mailing-list',
    shared: consent,
    text: {
      title: { fr: 'Envoi de notre lettre d’information', en: 'Sending our newsletter' },
      description: {
        fr: 'Vous adresser par courriel les informations auxquelles vous vous êtes abonné ; un lien de désinscription figure dans chaque envoi.',
        en: 'Sending you by email the information you subscribed to; each message has an unsubscribe link.',
      },
    },
    links: { dataCategories: ['category.identity'], recipients: ['recipient.site-host'], retention: ['retention.until-withdrawal'] },
  },
  {
    key: 'purpose.advertising-trackers',
    shared: consent,
    text: {
      title: { fr: 'Publicité et mesure de la performance publicitaire', en: 'Advertising and measuring its performance' },
      description: {
        fr: 'Déposer, avec votre accord, des traceurs permettant de vous présenter des publicités adaptées et d’en mesurer l’efficacité.',
        en: 'Placing, with your agreement, trackers that let us show you relevant advertising and measure its effectiveness.',
      },
    },
    links: { dataCategories: ['category.browsing', 'category.connection'], recipients: ['recipient.staff'], retention: ['retention.advertising-trackers'] },
  },
  {
    key: 'purpose.audience-statistics',
    shared: { ...interests, requirement: 'optional' },
    text: {
      title: { fr: 'Mesure d’audience du site', en: 'Audience measurement of the website' },
      description: {
        fr: 'Produire des statistiques de fréquentation anonymes, pour notre seul usage, afin d’améliorer le site.',
        en: 'Producing anonymous visit statistics, for our own use only, in order to improve the website.',
      },
      legitimateInterest: {
        fr: 'connaître la fréquentation du site pour l’améliorer',
        en: 'knowing how the website is used in order to improve it',
      },
    },
    links: { dataCategories: ['category.browsing', 'category.connection'], recipients: ['recipient.site-host'], retention: ['retention.audience-statistics'] },
  },
  {
    key: 'purpose.site-security',
    shared: { ...interests, requirement: 'optional' },
    text: {
      title: { fr: 'Sécurité du site', en: 'Security of the website' },
      description: {
        fr: 'Détecter et prévenir les accès frauduleux, les attaques et les abus, au moyen des journaux techniques du site.',
        en: 'Detecting and preventing fraudulent access, attacks and abuse, using the website’s technical logs.',
      },
      legitimateInterest: {
        fr: 'assurer la sécurité du site et de ses utilisateurs',
        en: 'keeping the website and its users secure',
      },
      requirementConsequence: {
        fr: 'le site ne peut pas être consulté sans que ces données soient enregistrées.',
        en: 'the website cannot be visited without this data being recorded.',
      },
    },
    links: { dataCategories: ['category.connection'], recipients: ['recipient.site-host'], retention: ['retention.security-logs'] },
  },
  {
    key: 'purpose.enquiries',
    shared: { ...interests, requirement: 'optional' },
    text: {
      title: { fr: 'Réponse à vos demandes', en: 'Replying to your enquiries' },
      description: {
        fr: 'Traiter les questions et demandes que vous nous adressez par le formulaire de contact ou par courriel.',
        en: 'Handling the questions and requests you send us through the contact form or by email.',
      },
      legitimateInterest: {
        fr: 'répondre aux personnes qui nous sollicitent',
        en: 'replying to the people who contact us',
      },
      requirementConsequence: {
        fr: 'sans adresse électronique, nous ne pouvons pas vous répondre.',
        en: 'without an email address, we cannot reply to you.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.correspondence'], recipients: ['recipient.staff'], retention: ['retention.enquiries'] },
  },
  {
    key: 'purpose.members',
    shared: { ...contract, requirement: 'necessary-for-contract' },
    text: {
      title: { fr: 'Gestion des adhésions et de la vie associative', en: 'Management of memberships and of the association’s activities' },
      description: {
        fr: 'Enregistrer votre adhésion, suivre les cotisations, vous convoquer aux assemblées et vous informer des activités de l’association.',
        en: 'Recording your membership, following up fees, inviting you to general meetings and informing you of the association’s activities.',
      },
      requirementConsequence: {
        fr: 'sans ces données, votre adhésion ne peut pas être enregistrée.',
        en: 'without this data, your membership cannot be recorded.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.membership'], recipients: ['recipient.association-officers'], retention: ['retention.membership'] },
  },
  {
    key: 'purpose.donations',
    shared: { legalBasis: 'legal-obligation', requirement: 'optional', collectedFromDataSubject: true, automatedDecision: false },
    text: {
      title: { fr: 'Gestion des dons et des reçus fiscaux', en: 'Management of donations and tax receipts' },
      description: {
        fr: 'Enregistrer vos dons, vous délivrer le reçu fiscal auquel ils ouvrent droit et conserver les justificatifs que l’administration fiscale peut contrôler.',
        en: 'Recording your donations, issuing the tax receipt they entitle you to and keeping the records the tax authorities may check.',
      },
      legalBasisReference: { fr: 'Livre des procédures fiscales, art. L102 B', en: 'French Tax Procedure Code, art. L102 B' },
      requirementConsequence: {
        fr: 'sans vos nom et adresse, aucun reçu fiscal ne peut vous être délivré.',
        en: 'without your name and address, no tax receipt can be issued to you.',
      },
    },
    links: { dataCategories: ['category.identity', 'category.donations'], recipients: ['recipient.association-officers'], retention: ['retention.tax-records'] },
  },
];
