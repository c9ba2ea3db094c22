import { citationText } from '../../core/law/citations';
import { addressHelp, h, type TypeHelp } from './types';

/** The LCEN's identification duties: article 1-1 of loi 2004-575 since loi 2024-449, read from the law table. */
const LCEN = { en: citationText('lcen.identification', 'en'), fr: citationText('lcen.identification', 'fr') };

export const organisationHelp: TypeHelp = {
  mainField: 'name',
  fields: {
    name: h(
      'Legal name',
      'Exactly as registered: "Clermont Auvergne Métropole", "OpenDataSoft".',
      'Dénomination',
      'Exactement comme elle est enregistrée : « Clermont Auvergne Métropole », « OpenDataSoft ».'
    ),
    nameInText: h(
      'Name in a sentence',
      'How the pages write the name inside a sentence: a proper name without article ("Nîmes Métropole"), or a noun that takes one, feminine ("la Région Bretagne"), masculine ("le Département du Gard") or plural.',
      'Nom dans une phrase',
      'Comment les pages écrivent le nom au fil du texte : nom propre sans article (« Nîmes Métropole »), ou nom précédé d\'un article, féminin (« la Région Bretagne »), masculin (« le Département du Gard ») ou pluriel.'
    ),
    kind: h(
      'Kind',
      'Public body, company, association or individual: decides which identifiers the legal notice must show.',
      'Nature',
      'Personne publique, société, association ou personne physique : détermine les identifiants que les mentions légales doivent indiquer.'
    ),
    legalForm: h(
      'Legal form',
      'For example Métropole, Commune, SAS, SARL, association loi 1901.',
      'Forme juridique',
      'Par exemple métropole, commune, SAS, SARL, association loi 1901.'
    ),
    ...addressHelp(),
    phone: h(
      'Phone',
      `Required for a publisher and a host by ${LCEN.en}.`,
      'Téléphone',
      `Obligatoire pour l'éditeur et l'hébergeur selon l'${LCEN.fr}.`
    ),
    email: h('Email', 'A general address of the organisation, e.g. contact@example.fr.', 'Courriel', "Une adresse générale de l'organisme, par exemple contact@exemple.fr."),
    website: h('Website', 'Absolute address, starting with https://.', 'Site web', 'Adresse complète, commençant par https://.'),
    siret: h('SIRET', '14 digits; checked with its Luhn key.', 'SIRET', '14 chiffres, contrôlés par leur clé de Luhn.'),
    siren: h(
      'SIREN',
      '9 digits; checked with its Luhn key. The SIRET must start with it.',
      'SIREN',
      'Neuf chiffres, contrôlés par leur clé de Luhn. Le SIRET doit commencer par eux.'
    ),
    rcs: h(
      'RCS registration',
      'Companies: the city of the trade and companies register and the number, e.g. "RCS Clermont-Ferrand 123 456 789".',
      'Immatriculation au RCS',
      'Sociétés : la ville du greffe et le numéro, par exemple « RCS Clermont-Ferrand 123 456 789 ».'
    ),
    rm: h(
      'Trades register (RM)',
      'Craft businesses, as printed: "RM 35 123 456 789".',
      'Répertoire des métiers (RM)',
      'Entreprises artisanales, tel qu\'imprimé : « RM 35 123 456 789 ».'
    ),
    rna: h('RNA number', 'Associations: W followed by 9 digits.', 'Numéro RNA', 'Associations : W suivi de neuf chiffres.'),
    vatNumber: h(
      'VAT number',
      'Intra-EU VAT number; a French one is checked against the SIREN.',
      'Numéro de TVA',
      'Numéro de TVA intracommunautaire ; un numéro français est contrôlé avec le SIREN.'
    ),
    shareCapital: h('Share capital', 'Companies: the amount, in the currency below.', 'Capital social', 'Sociétés : le montant, dans la devise ci-dessous.'),
    shareCapitalCurrency: h(
      'Currency of the share capital',
      'Three-letter ISO 4217 code; EUR by default.',
      'Devise du capital social',
      'Code ISO 4217 à trois lettres ; EUR par défaut.'
    ),
    representativeName: h(
      'Legal representative',
      'The person who represents the organisation: mayor, president, manager.',
      'Représentant légal',
      "La personne qui représente l'organisme : maire, président, gérant."
    ),
    representativeTitle: h(
      'Legal representative: title',
      'Their office, as printed after the name: "Président de Clermont Auvergne Métropole".',
      'Représentant légal : qualité',
      'Sa fonction, imprimée après le nom : « Président de Clermont Auvergne Métropole ».'
    ),
    representativeGender: h(
      'Legal representative: grammatical gender',
      'So that French reads "Représentante légale" for a woman. Empty: the masculine form.',
      'Représentant légal : genre grammatical',
      'Pour écrire « Représentante légale » pour une femme. Vide : le masculin.'
    ),
    outsideEu: h(
      'Established outside the EU',
      'Then a representative in the EU must be designated (GDPR Art. 27).',
      "Établi hors de l'Union européenne",
      "Un représentant dans l'Union doit alors être désigné (article 27 du RGPD)."
    ),
    supervisoryAuthorityName: h(
      'Supervisory authority',
      'For a controller established outside France: the authority complaints go to, e.g. "Data Protection Commission" for Ireland. Leave empty in France: the pages name the CNIL.',
      'Autorité de contrôle',
      'Pour un responsable établi hors de France : l\'autorité qui reçoit les réclamations, par exemple « Data Protection Commission » pour l\'Irlande. Laissez vide en France : les pages nomment la CNIL.'
    ),
    ...addressHelp('supervisoryAuthority', { en: 'Supervisory authority', fr: 'Autorité de contrôle' }, 'IE'),
    supervisoryAuthorityWebsite: h(
      'Supervisory authority: website',
      'Absolute address, starting with https://.',
      'Autorité de contrôle : site web',
      'Adresse complète, commençant par https://.'
    ),
    supervisoryAuthorityComplaintUrl: h(
      'Supervisory authority: complaint form',
      'The page where a complaint can be lodged online.',
      'Autorité de contrôle : formulaire de réclamation',
      'La page où une réclamation peut être déposée en ligne.'
    ),
    euRepresentative: h(
      'Representative in the EU',
      'Only for a controller established outside the EU: the organisation it designated in the Union (GDPR Art. 27). Its contact details go into the processing register.',
      "Représentant dans l'Union européenne",
      "Seulement pour un responsable établi hors de l'Union : l'organisme qu'il y a désigné (article 27 du RGPD). Ses coordonnées figurent au registre des traitements."
    ),
  },
};
