import { addressHelp, h, type FieldsHelp } from './types';

const URL_HINT = ['Absolute address, starting with https://.', 'Adresse complète, commençant par https://.'] as const;

/** The site's identity, its people and contact points, and what its legal notice prints. */
export const siteIdentityHelp: FieldsHelp = {
  name: h('Site name', 'As visitors know it; the slug is made from it unless you set one.', 'Nom du site', 'Tel que les visiteurs le connaissent ; le slug en est tiré si vous n\'en indiquez pas.'),
  slug: h(
    'Slug',
    'Identifies the site in the public addresses of its pages: lower case letters, digits and dashes. Reserved once a page is published.',
    "Identifiant d'adresse (slug)",
    'Identifie le site dans les adresses publiques de ses pages : minuscules, chiffres et tirets. Réservé dès la première publication.'
  ),
  baseUrl: h('Base URL', 'The home page of the site, https://…', 'Adresse du site', "La page d'accueil du site, https://…"),
  publishedLocales: h(
    'Published locales',
    'The languages the site publishes its pages in, as a list: ["fr", "en"].',
    'Langues publiées',
    'Les langues dans lesquelles le site publie ses pages, sous forme de liste : ["fr", "en"].'
  ),
  designation: h(
    'Designation in the text',
    'The noun the pages use for the controller after defining it once: Région, Département, Agglomération, Société.',
    'Désignation dans le texte',
    'Le nom que les pages donnent au responsable du traitement après l\'avoir défini une fois : Région, Département, Agglomération, Société.'
  ),
  designationGender: h(
    'Designation: grammatical gender',
    'So that French reads "la Région", "du Département".',
    'Désignation : genre grammatical',
    'Pour écrire « la Région », « du Département ».'
  ),
  controller: h(
    'Controller',
    'The organisation that decides why and how the data is processed (GDPR Art. 4(7)).',
    'Responsable du traitement',
    "L'organisme qui détermine les finalités et les moyens du traitement (article 4.7 du RGPD)."
  ),
  dpo: h(
    'DPO contact',
    'The data protection officer, or the contact to use when none is appointed. Rights are exercised through it unless a right gives its own channel.',
    'Contact du DPO',
    "Le délégué à la protection des données, ou le contact à utiliser s'il n'en est pas désigné. Les droits s'exercent auprès de lui, sauf si un droit indique son propre canal."
  ),
  contactRole: h(
    'Contact point: what it is for',
    'A contact other than the DPO, printed as the label of its details: "Questions sur le site et signalement d\'une erreur". Required with any of its details.',
    'Point de contact : objet',
    "Un contact autre que le DPO, imprimé en titre de ses coordonnées : « Questions sur le site et signalement d'une erreur ». Obligatoire dès qu'une coordonnée est remplie."
  ),
  contactEmail: h('Contact point: email', 'The address visitors write to.', 'Point de contact : courriel', "L'adresse à laquelle les visiteurs écrivent."),
  contactPhone: h('Contact point: phone', 'As it should be dialled, e.g. +33 4 73 98 34 00.', 'Point de contact : téléphone', 'Tel qu\'il se compose, par exemple 04 73 98 34 00.'),
  contactUrl: h('Contact point: web page', URL_HINT[0], 'Point de contact : page web', URL_HINT[1]),
  ...addressHelp('contact', { en: 'Contact point', fr: 'Point de contact' }),
  publisher: h(
    'Publisher',
    'The organisation that publishes the site, identified in the legal notice.',
    'Éditeur',
    "L'organisme qui édite le site, identifié dans les mentions légales."
  ),
  directorOfPublicationName: h(
    'Director of publication',
    'A commune’s mayor, an EPCI’s president, a company’s legal representative.',
    'Directeur de la publication',
    "Le maire d'une commune, le président d'un EPCI, le représentant légal d'une société."
  ),
  directorOfPublicationTitle: h(
    'Director of publication: title',
    'Their office, printed after the name: "Maire de Nîmes".',
    'Directeur de la publication : qualité',
    'Sa fonction, imprimée après le nom : « Maire de Nîmes ».'
  ),
  directorOfPublicationGender: h(
    'Director of publication: grammatical gender',
    'So that French reads "Directrice de la publication" for a woman. Empty: the masculine form.',
    'Directeur de la publication : genre grammatical',
    'Pour écrire « Directrice de la publication » pour une femme. Vide : le masculin.'
  ),
  host: h(
    'Host',
    'The company that hosts the site: its name, address and phone appear in the legal notice.',
    'Hébergeur',
    "La société qui héberge le site : sa dénomination, son adresse et son téléphone figurent dans les mentions légales."
  ),
  processors: h(
    'Processors',
    'The organisations that process data on the controller’s behalf (GDPR Art. 28).',
    'Sous-traitants',
    'Les organismes qui traitent des données pour le compte du responsable du traitement (article 28 du RGPD).'
  ),
  editorialManagement: h(
    'Editorial management',
    'Markdown: who runs the content of the site.',
    'Direction éditoriale',
    'Markdown : qui assure le contenu du site.'
  ),
  intellectualProperty: h(
    'Intellectual property',
    'Markdown: the legal notice’s section on the site’s content and its reuse. Empty: no such section.',
    'Propriété intellectuelle',
    'Markdown : la section des mentions légales sur le contenu du site et sa réutilisation. Vide : pas de section.'
  ),
  dataLicence: h(
    'Data licence',
    'The licence of the data the site offers for reuse, e.g. "Licence Ouverte 2.0".',
    'Licence des données',
    'La licence des données que le site propose à la réutilisation, par exemple « Licence Ouverte 2.0 ».'
  ),
  dataLicenceUrl: h('Data licence: link', 'Where the licence can be read: https://…', 'Licence des données : lien', 'Où lire la licence : https://…'),
  dataLicenceText: h(
    'Data licence: more words',
    'Markdown printed after the licence, e.g. "Chaque jeu de données précise sa licence."',
    'Licence des données : précisions',
    'Markdown imprimé après la licence, par exemple « Chaque jeu de données précise sa licence. »'
  ),
  personalDataNote: h(
    'Personal data: more words',
    'Markdown printed in the legal notice after the link to the privacy policy.',
    'Données personnelles : précisions',
    'Markdown imprimé dans les mentions légales après le lien vers la politique de confidentialité.'
  ),
  documentsOfficerName: h(
    'Documents officer (CRPA)',
    'Public bodies: the person responsible for access to administrative documents and re-use of public information (CRPA art. L330-1), printed in the legal notice.',
    "Personne responsable de l'accès aux documents administratifs",
    "Personnes publiques : la personne responsable de l'accès aux documents administratifs et de la réutilisation des informations publiques (article L330-1 du CRPA), citée dans les mentions légales."
  ),
  documentsOfficerTitle: h(
    'Documents officer: title',
    'Their office, printed after the name: "Directeur des affaires juridiques".',
    "Responsable de l'accès aux documents : qualité",
    'Sa fonction, imprimée après le nom : « Directeur des affaires juridiques ».'
  ),
  documentsOfficerGender: h(
    'Documents officer: grammatical gender',
    'So that French puts the office in the feminine for a woman. Empty: the masculine form.',
    "Responsable de l'accès aux documents : genre grammatical",
    'Pour accorder la fonction au féminin. Vide : le masculin.'
  ),
  documentsOfficerEmail: h('Documents officer: email', 'Where requests for documents are sent.', "Responsable de l'accès aux documents : courriel", "L'adresse où envoyer les demandes de documents."),
  documentsOfficerPhone: h('Documents officer: phone', 'Optional.', "Responsable de l'accès aux documents : téléphone", 'Facultatif.'),
  ...addressHelp('documentsOfficer', { en: 'Documents officer', fr: "Responsable de l'accès aux documents" }),
  applicableLaw: h(
    'Applicable law',
    'Optional, e.g. "droit français": printed in the legal notice with the competent courts.',
    'Droit applicable',
    'Facultatif, par exemple « droit français » : imprimé dans les mentions légales avec les juridictions compétentes.'
  ),
  competentCourts: h(
    'Competent courts',
    'For example "tribunal administratif de Rennes".',
    'Juridictions compétentes',
    'Par exemple « tribunal administratif de Rennes ».'
  ),
  privacyPolicyUrl: h(
    'Privacy policy URL',
    'Where the site shows its privacy policy: https://… or a path such as /confidentialite. The other pages link there.',
    'Adresse de la politique de confidentialité',
    'Où le site affiche sa politique de confidentialité : https://… ou un chemin comme /confidentialite. Les autres pages y renvoient.'
  ),
  cookiePolicyUrl: h(
    'Cookie policy URL',
    'Where the site shows its cookie policy: https://… or a path such as /cookies.',
    'Adresse de la politique de cookies',
    'Où le site affiche sa politique de cookies : https://… ou un chemin comme /cookies.'
  ),
  legalNoticeUrl: h(
    'Legal notice URL',
    'Where the site shows its legal notice: https://… or a path such as /mentions-legales.',
    'Adresse des mentions légales',
    'Où le site affiche ses mentions légales : https://… ou un chemin comme /mentions-legales.'
  ),
  consentManagerUrl: h(
    'Consent manager URL',
    'Where visitors reopen their cookie choices: https://… or a path.',
    'Adresse du gestionnaire de consentement',
    'Où les visiteurs reviennent sur leurs choix en matière de cookies : https://… ou un chemin.'
  ),
};
