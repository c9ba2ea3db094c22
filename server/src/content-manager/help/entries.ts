import { addressHelp, h, STARTER_KEY, type TypeHelp } from './types';

export const dpoContactHelp: TypeHelp = {
  mainField: 'label',
  fields: {
    label: h('Label', 'How editors recognise this contact in lists: "DPO mutualisé de la Métropole".', 'Libellé', 'Comment les éditeurs reconnaissent ce contact dans les listes : « DPO mutualisé de la Métropole ».'),
    appointed: h(
      'DPO appointed',
      'Untick when no DPO is appointed: the privacy policy then names the controller’s contact only.',
      'DPO désigné',
      "Décochez si aucun délégué n'est désigné : la politique de confidentialité n'indique alors que le contact du responsable."
    ),
    name: h(
      'Name or function',
      'A function ("Délégué à la protection des données") ages better than a name.',
      'Nom ou fonction',
      'Une fonction (« Délégué à la protection des données ») vieillit mieux qu\'un nom.'
    ),
    organisation: h(
      'Organisation',
      'When the DPO is external or shared between organisations.',
      'Organisme',
      'Quand le délégué est externe ou mutualisé entre plusieurs organismes.'
    ),
    email: h(
      'Email',
      'Must belong to the controller or to the DPO’s organisation. Rights are exercised there.',
      'Courriel',
      "Doit appartenir au responsable du traitement ou à l'organisme du délégué. Les droits s'exercent à cette adresse."
    ),
    phone: h('Phone', 'Optional.', 'Téléphone', 'Facultatif.'),
    webFormUrl: h(
      'Web form',
      'Address of a form for data-protection requests, starting with https://.',
      'Formulaire en ligne',
      'Adresse d\'un formulaire pour les demandes relatives aux données personnelles, commençant par https://.'
    ),
    ...addressHelp(),
  },
};

export const recipientHelp: TypeHelp = {
  mainField: 'name',
  fields: {
    name: h('Recipient', 'A department, an organisation or a category: "service des ressources humaines".', 'Destinataire', 'Un service, un organisme ou une catégorie : « service des ressources humaines ».'),
    kind: h(
      'Kind',
      'Internal department, processor (acting on the controller’s instructions), joint controller, third party, or public authority.',
      'Nature',
      'Service interne, sous-traitant (qui agit sur instruction du responsable), responsable conjoint, tiers destinataire ou autorité publique.'
    ),
    organisation: h('Organisation', 'For a processor or a third party: its entry.', 'Organisme', 'Pour un sous-traitant ou un tiers : sa fiche.'),
    description: h('Description', 'Optional: what the recipient receives or does.', 'Description', 'Facultatif : ce que le destinataire reçoit ou fait.'),
    country: h(
      'Country of processing',
      'Two-letter ISO 3166 code of the country where the data is processed, e.g. FR: processors then appear in a table with it.',
      'Pays du traitement',
      'Code ISO 3166 à deux lettres du pays où les données sont traitées, par exemple FR : les sous-traitants figurent alors dans un tableau avec ce pays.'
    ),
    ...STARTER_KEY,
  },
};

export const transferHelp: TypeHelp = {
  mainField: 'country',
  fields: {
    country: h(
      'Country',
      'Two-letter ISO 3166 code of the country outside the EEA the data goes to, e.g. US.',
      'Pays',
      "Code ISO 3166 à deux lettres du pays hors de l'EEE où vont les données, par exemple US."
    ),
    recipientName: h('Recipient', 'Who receives the data there.', 'Destinataire', 'Qui reçoit les données dans ce pays.'),
    safeguard: h(
      'Safeguard',
      'What makes the transfer lawful: an adequacy decision (Art. 45), standard contractual clauses or binding corporate rules (Art. 46, 47), or a derogation for a specific situation (Art. 49).',
      'Garantie',
      "Ce qui rend le transfert licite : une décision d'adéquation (article 45), des clauses contractuelles types ou des règles d'entreprise contraignantes (articles 46 et 47), ou une dérogation pour une situation particulière (article 49)."
    ),
    safeguardDetail: h('Details', 'Optional: more about the safeguard.', 'Précisions', 'Facultatif : des précisions sur la garantie.'),
    copyUrl: h(
      'Where to get a copy',
      'Address of the safeguard, or of the way to obtain a copy (GDPR Art. 13(1)(f)).',
      'Où en obtenir une copie',
      "Adresse de la garantie, ou du moyen d'en obtenir une copie (article 13.1.f du RGPD)."
    ),
    ...STARTER_KEY,
  },
};

const POSTAL = { en: 'Postal channel', fr: 'Canal postal' };

export const rightHelp: TypeHelp = {
  mainField: 'kind',
  fields: {
    kind: h('Right', 'The right this entry describes; each appears once in a privacy policy.', 'Droit', "Le droit que décrit cette fiche ; chacun figure une seule fois dans une politique de confidentialité."),
    reference: h('Reference', 'The article that grants it, e.g. "RGPD, art. 15". Empty: the usual one.', 'Référence', "L'article qui le prévoit, par exemple « RGPD, art. 15 ». Vide : l'article habituel."),
    howToExercise: h('How to exercise it', 'Optional: steps particular to this right.', "Modalités d'exercice", 'Facultatif : les démarches propres à ce droit.'),
    conditions: h('Conditions', 'Optional: when the right applies or is limited.', 'Conditions', "Facultatif : quand le droit s'applique ou est limité."),
    email: h('Email channel', 'Only when it differs from the DPO contact.', 'Canal par courriel', 'Seulement s\'il diffère du contact du DPO.'),
    webFormUrl: h('Web form channel', 'Only when it differs from the DPO contact: https://…', 'Canal par formulaire en ligne', "Seulement s'il diffère du contact du DPO : https://…"),
    ...addressHelp('postal', POSTAL),
    identityProofRequired: h(
      'Proof of identity may be asked',
      'Tick when exercising this right may require proving one’s identity.',
      "Justificatif d'identité demandé",
      "Cochez si l'exercice de ce droit peut exiger de justifier de son identité."
    ),
    ...STARTER_KEY,
  },
};

export const cookieHelp: TypeHelp = {
  mainField: 'name',
  fields: {
    name: h('Cookie name', 'As the browser shows it: "_pk_id", "JSESSIONID".', 'Nom du cookie', 'Tel que le navigateur l\'affiche : « _pk_id », « JSESSIONID ».'),
    provider: h('Provider', 'Who sets it: the site itself or a third party, e.g. "Matomo".', 'Émetteur', 'Qui le dépose : le site lui-même ou un tiers, par exemple « Matomo ».'),
    category: h(
      'Category',
      'Strictly necessary and exempt audience measurement need no consent; functional, advertising and social media cookies usually do.',
      'Catégorie',
      "Les cookies strictement nécessaires et la mesure d'audience exemptée ne demandent pas de consentement ; les cookies fonctionnels, publicitaires et de réseaux sociaux en demandent en général un."
    ),
    purpose: h('Purpose', 'What the cookie is for, in a sentence.', 'Finalité', 'À quoi sert le cookie, en une phrase.'),
    durationValue: h('Lifetime', 'Empty for a session cookie. Audience cookies: 13 months at most.', 'Durée de vie', "Vide pour un cookie de session. Cookies de mesure d'audience : 13 mois au plus."),
    durationUnit: h('Unit', 'Session: deleted when the browser closes.', 'Unité', 'Session : supprimé à la fermeture du navigateur.'),
    consentRequired: h('Consent required', 'Untick only for trackers exempt from consent.', 'Consentement requis', 'Décochez seulement pour les traceurs exemptés de consentement.'),
    ...STARTER_KEY,
  },
};

export const securityMeasureHelp: TypeHelp = {
  mainField: 'detail',
  fields: {
    kind: h(
      'Heading',
      'The heading of the CNIL’s model record the measure comes under.',
      'Rubrique',
      'La rubrique du modèle de registre de la CNIL dont relève la mesure.'
    ),
    detail: h(
      'Measure',
      'What is done, in general terms: "Comptes nominatifs, mots de passe robustes, droits limités au besoin d’en connaître".',
      'Mesure',
      "Ce qui est fait, en termes généraux : « Comptes nominatifs, mots de passe robustes, droits limités au besoin d'en connaître »."
    ),
    ...STARTER_KEY,
  },
};

/** The composer writes these; an editor rarely opens them here, but the Content Manager lists them. */
export const pageHelp: TypeHelp = {
  mainField: 'title',
  fields: {
    siteDocumentId: h('Site', 'The identifier of the site this page belongs to; set by the composer.', 'Site', 'L\'identifiant du site auquel appartient la page ; renseigné par le compositeur.'),
    kind: h('Kind of page', 'Set by the composer.', 'Type de page', 'Renseigné par le compositeur.'),
    locale: h('Language', 'Set by the composer.', 'Langue', 'Renseignée par le compositeur.'),
    title: h('Title', 'Optional: replaces the page’s usual title.', 'Titre', 'Facultatif : remplace le titre habituel de la page.'),
    introduction: h('Introduction', 'Markdown printed after the page’s opening paragraph.', 'Introduction', 'Markdown imprimé après le paragraphe d\'ouverture de la page.'),
    sectionOrder: h('Section order', 'Edit it in the composer, by drag and drop.', 'Ordre des sections', 'À modifier dans le compositeur, par glisser-déposer.'),
    hiddenSections: h('Hidden sections', 'Edit them in the composer.', 'Sections masquées', 'À modifier dans le compositeur.'),
    customSections: h('Added sections', 'Edit them in the composer.', 'Sections ajoutées', 'À modifier dans le compositeur.'),
    effectiveDelayDays: h(
      'Notice period (days)',
      'How many days before a new version takes effect; the privacy policy then promises to announce changes in advance.',
      'Préavis (jours)',
      "Le nombre de jours avant qu'une nouvelle version prenne effet ; la politique de confidentialité promet alors d'annoncer les changements à l'avance."
    ),
  },
};
