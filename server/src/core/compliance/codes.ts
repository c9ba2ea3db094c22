/**
 * Every compliance finding the core can report: stable code, severity (errors block publication) and message in
 * French and English. `{name}` placeholders are filled from the finding's parameters.
 */
export type Severity = 'error' | 'warning';

export interface ComplianceRule {
  severity: Severity;
  fr: string;
  en: string;
}

const error = (fr: string, en: string): ComplianceRule => ({ severity: 'error', fr, en });
const warning = (fr: string, en: string): ComplianceRule => ({ severity: 'warning', fr, en });

export const COMPLIANCE_RULES = {
  'input.invalid': error('Donnée invalide : {reason}.', 'Invalid data: {reason}.'),

  // GDPR Art. 12-14, 22, 37
  'gdpr.12.effective-date': warning(
    "La date d'entrée en vigueur n'est pas renseignée.",
    'The effective date is missing.',
  ),
  'gdpr.12.full-notice-link': error(
    "Le résumé doit renvoyer à la politique de confidentialité complète : renseignez son lien.",
    'The summary must link to the full privacy policy: set its link.',
  ),
  'gdpr.13.1.a.controller-contact': error(
    "Le responsable du traitement n'a aucune coordonnée (adresse, courriel ou téléphone).",
    'The controller has no contact details (address, email or phone).',
  ),
  'gdpr.13.1.a.controller-address': warning(
    "L'adresse postale du responsable du traitement n'est pas renseignée.",
    "The controller's postal address is missing.",
  ),
  'gdpr.13.1.b.dpo-contact': error(
    'Un délégué à la protection des données est désigné, mais aucune coordonnée ne permet de le joindre.',
    'A data protection officer is appointed but no contact detail is given.',
  ),
  'gdpr.37.1.a.dpo-required': error(
    'Un organisme public doit désigner un délégué à la protection des données (article 37.1.a du RGPD).',
    'A public body must appoint a data protection officer (Article 37(1)(a) GDPR).',
  ),
  'gdpr.13.1.c.purposes': error('Aucune finalité de traitement n\'est décrite.', 'No purpose of processing is described.'),
  'gdpr.13.1.c.legal-basis': error(
    'La finalité « {title} » n\'indique pas sa base légale (article 6.1 du RGPD).',
    'The purpose “{title}” has no legal basis (Article 6(1) GDPR).',
  ),
  'gdpr.13.1.d.legitimate-interest': error(
    'La finalité « {title} » repose sur l\'intérêt légitime sans décrire cet intérêt.',
    'The purpose “{title}” relies on legitimate interests without stating them.',
  ),
  'gdpr.6.1.f.public-authority': warning(
    "Un organisme public ne peut invoquer l'intérêt légitime pour les traitements liés à ses missions (article 6.1, dernier alinéa, du RGPD) : vérifiez la base légale de « {title} ».",
    'A public authority cannot rely on legitimate interests for processing in the performance of its tasks (Article 6(1), last subparagraph, GDPR): check the legal basis of “{title}”.',
  ),
  'gdpr.13.1.e.recipients': warning(
    'Aucun destinataire n\'est déclaré : la page indiquera que les données ne sortent pas de l\'organisme. Vérifiez-le.',
    'No recipient is declared: the page will state that the data stays within the organisation. Check this.',
  ),
  'gdpr.13.1.f.transfer-safeguard': error(
    'Le transfert vers {country} n\'indique pas sa garantie (décision d\'adéquation, clauses types, BCR ou dérogation).',
    'The transfer to {country} has no safeguard (adequacy decision, SCC, BCR or derogation).',
  ),
  'gdpr.13.1.f.transfer-copy': warning(
    'Le transfert vers {country} : indiquez où obtenir une copie des garanties (sinon la page renvoie à une demande écrite).',
    'Transfer to {country}: say where a copy of the safeguards is available (otherwise the page refers to a written request).',
  ),
  'gdpr.13.1.f.undeclared-transfer': error(
    'Le destinataire « {name} » traite les données hors de l\'EEE ({country}) sans transfert déclaré.',
    'The recipient “{name}” processes data outside the EEA ({country}) but no transfer is declared.',
  ),
  'gdpr.13.2.a.retention': error(
    'La finalité « {title} » n\'indique ni durée de conservation ni critère pour la déterminer.',
    'The purpose “{title}” has neither a retention period nor the criteria used to set it.',
  ),
  'gdpr.13.2.b.rights': error('Le droit suivant n\'est pas mentionné : {right}.', 'This right is not mentioned: {right}.'),
  'gdpr.13.2.b.exercise-channel': warning(
    'Aucun moyen dédié d\'exercer les droits n\'est indiqué : la page renvoie aux coordonnées générales.',
    'No dedicated way to exercise rights is given: the page refers to the general contact details.',
  ),
  'gdpr.13.2.c.withdraw-consent': error(
    'Une finalité repose sur le consentement : le droit de le retirer à tout moment doit être mentionné.',
    'A purpose relies on consent: the right to withdraw it at any time must be mentioned.',
  ),
  'gdpr.13.2.d.complaint': error(
    "Le droit d'introduire une réclamation auprès de l'autorité de contrôle (la CNIL en France) n'est pas mentionné.",
    'The right to lodge a complaint with a supervisory authority (the CNIL in France) is not mentioned.',
  ),
  'gdpr.13.2.e.requirement': warning(
    'La finalité « {title} » ne précise pas si la fourniture des données est obligatoire, ni les conséquences d\'un refus.',
    'The purpose “{title}” does not say whether providing the data is required, or what happens if it is not.',
  ),
  'gdpr.13.2.f.automated-decision': error(
    'La finalité « {title} » comporte une décision automatisée : décrivez sa logique et ses conséquences.',
    'The purpose “{title}” involves automated decision-making: describe its logic and consequences.',
  ),
  'gdpr.22.right': error(
    'Une décision automatisée existe : le droit de ne pas en faire l\'objet (article 22 du RGPD) doit être mentionné.',
    'Automated decision-making exists: the right not to be subject to it (Article 22 GDPR) must be mentioned.',
  ),
  'gdpr.14.1.d.categories': error(
    'La finalité « {title} » utilise des données non collectées auprès de la personne : indiquez leurs catégories.',
    'The purpose “{title}” uses data not collected from the person: state its categories.',
  ),
  'gdpr.14.2.f.source': error(
    'La finalité « {title} » utilise des données non collectées auprès de la personne : indiquez leur source.',
    'The purpose “{title}” uses data not collected from the person: state its source.',
  ),
  'good-practice.data-categories': warning(
    'La finalité « {title} » ne liste pas les catégories de données traitées.',
    'The purpose “{title}” does not list the categories of data processed.',
  ),
  'fr.78-17.85.post-mortem': warning(
    'Les directives post mortem (article 85 de la loi Informatique et Libertés) ne sont pas mentionnées.',
    'Post-mortem instructions (Article 85 of the French Data Protection Act) are not mentioned.',
  ),

  // LCEN art. 6
  'lcen.6.publisher-address': error("L'adresse (siège) de l'éditeur est obligatoire.", "The publisher's address (registered office) is required."),
  'lcen.6.publisher-phone': error("Le numéro de téléphone de l'éditeur est obligatoire.", "The publisher's phone number is required."),
  'lcen.6.publisher-email': warning("L'adresse électronique de l'éditeur n'est pas renseignée.", "The publisher's email address is missing."),
  'lcen.6.publisher-registration': error(
    "Le numéro d'immatriculation de l'éditeur (RCS, RM ou SIREN) est obligatoire pour une entreprise.",
    "The publisher's registration number (RCS, RM or SIREN) is required for a company.",
  ),
  'lcen.6.publisher-siret': warning("Le SIRET de l'organisme public éditeur n'est pas renseigné.", 'The SIRET of the publishing public body is missing.'),
  'lcen.6.share-capital': error("Le capital social de l'entreprise éditrice est obligatoire.", "The publishing company's share capital is required."),
  'lcen.6.director': error('Le directeur de la publication doit être nommé.', 'The director of publication must be named.'),
  'lcen.6.host': error("L'hébergeur du site doit être identifié.", 'The host of the website must be identified.'),
  'lcen.6.host-address': error("L'adresse de l'hébergeur est obligatoire.", "The host's address is required."),
  'lcen.6.host-phone': error("Le numéro de téléphone de l'hébergeur est obligatoire.", "The host's phone number is required."),
  'lcen.personal-data-link': warning(
    'Les mentions légales devraient renvoyer à la politique de confidentialité : renseignez son lien.',
    'The legal notice should link to the privacy policy: set its link.',
  ),

  // Cookies (loi 78-17 art. 82, CNIL guidelines)
  'cookies.lifetime': warning(
    'Le cookie « {name} » dure plus de 13 mois, au-delà de la durée recommandée par la CNIL.',
    'The cookie “{name}” lasts more than 13 months, beyond the CNIL recommendation.',
  ),
  'cookies.lifetime-missing': warning('La durée de vie du cookie « {name} » n\'est pas indiquée.', 'The lifetime of the cookie “{name}” is missing.'),
  'cookies.consent-manager': warning(
    'Des cookies requièrent un consentement : indiquez le lien permettant de modifier son choix.',
    'Some cookies need consent: give the link where visitors can change their choice.',
  ),

  // Obsolete law and services in editor text
  'obsolete.cil': error(
    'Texte obsolète : le « correspondant informatique et libertés » (CIL) a disparu en 2018 ; parlez du délégué à la protection des données.',
    'Obsolete text: the “correspondant informatique et libertés” (CIL) no longer exists since 2018; refer to the data protection officer.',
  ),
  'obsolete.cnil-declaration': error(
    'Texte obsolète : les déclarations à la CNIL ont été supprimées en 2018 par le RGPD.',
    'Obsolete text: declarations to the CNIL were abolished in 2018 by the GDPR.',
  ),
  'obsolete.simplified-norm': error(
    'Texte obsolète : les normes simplifiées de la CNIL (NS 48...) ont été abrogées avec le RGPD.',
    'Obsolete text: the CNIL simplified norms (NS 48...) were repealed with the GDPR.',
  ),
  'obsolete.safe-harbor': error('Texte obsolète : le Safe Harbor a été invalidé en 2015.', 'Obsolete text: Safe Harbor was invalidated in 2015.'),
  'obsolete.privacy-shield': error(
    'Texte obsolète : le Privacy Shield a été invalidé en 2020 (remplacé par le Data Privacy Framework).',
    'Obsolete text: the Privacy Shield was invalidated in 2020 (replaced by the Data Privacy Framework).',
  ),
  'obsolete.directive-95-46': warning(
    'Texte obsolète : la directive 95/46/CE a été abrogée par le RGPD.',
    'Obsolete text: Directive 95/46/EC was repealed by the GDPR.',
  ),
  'obsolete.google-plus': warning('Texte obsolète : Google+ a fermé en 2019.', 'Obsolete text: Google+ closed in 2019.'),
  'obsolete.law-numbering': warning(
    "Texte obsolète : la loi Informatique et Libertés a été réécrite en 2018 ; l'ancien article cité n'a plus ce contenu.",
    'Obsolete text: the French Data Protection Act was rewritten in 2018; the old article cited no longer has this content.',
  ),
  'obsolete.blocking-right': warning(
    'Texte obsolète : le « droit de verrouillage » est remplacé par le droit à la limitation du traitement.',
    'Obsolete text: the “right of blocking” was replaced by the right to restriction of processing.',
  ),

  // Consistency of the facts
  'consistency.dpo-foreign-domain': error(
    "Le courriel du délégué ({email}) appartient à un autre organisme que le responsable du traitement. S'il s'agit d'un délégué externe ou mutualisé, indiquez-le.",
    "The DPO's email ({email}) belongs to another organisation than the controller. If the DPO is external or shared, say so.",
  ),
  'consistency.dpo-domain-variant': warning(
    'Le courriel du délégué ({email}) utilise un domaine voisin de celui du responsable du traitement : vérifiez-le.',
    "The DPO's email ({email}) uses a domain close to but different from the controller's: check it.",
  ),
  'consistency.rights-foreign-domain': error(
    "L'adresse de contact pour les droits ({email}) appartient à un autre organisme que le responsable du traitement.",
    'The contact address for rights ({email}) belongs to another organisation than the controller.',
  ),
  'consistency.foreign-city': warning(
    "L'adresse indiquée ({city}) n'est pas dans la ville du responsable du traitement ({controllerCity}) : vérifiez qu'elle est la bonne.",
    "The address given ({city}) is not in the controller's city ({controllerCity}): check that it is the right one.",
  ),
  'consistency.empty-channel': error(
    'Un moyen de contact « {type} » est annoncé sans sa valeur (adresse, courriel, lien ou numéro).',
    'A “{type}” contact channel is listed without its value (address, email, link or number).',
  ),
  'consistency.designation-kind': warning(
    'Le responsable est un {kind} mais le texte le désigne comme « {designation} » : reliquat de modèle ?',
    'The controller is a {kind} but the text calls it “{designation}”: a template leftover?',
  ),
  'consistency.placeholder': warning(
    'Texte inachevé ou reliquat de modèle : « {excerpt} ».',
    'Unfinished text or template leftover: “{excerpt}”.',
  ),
  'consistency.invalid-identifier': error('Identifiant invalide ({kind}) : {reason}.', 'Invalid identifier ({kind}): {reason}.'),

  // Locales
  'locale.missing-text': error(
    'Un texte de la page n\'est pas traduit dans la langue de la page ({locale}).',
    'A text of the page has no translation in the page language ({locale}).',
  ),
  'locale.gap': warning('Un texte n\'est pas traduit en {locale}.', 'A text has no {locale} translation.'),
} as const satisfies Record<string, ComplianceRule>;

export type ComplianceCode = keyof typeof COMPLIANCE_RULES;

export const COMPLIANCE_CODES = Object.keys(COMPLIANCE_RULES) as ComplianceCode[];

export interface Finding {
  code: ComplianceCode;
  severity: Severity;
  message: { fr: string; en: string };
  /** JSON Pointer of the data to fix. */
  path: string;
}

/** A parameter is the same in both messages, or given per language (a right's name, say). */
export type Params = Record<string, string | number | { fr: string; en: string }>;

const fill = (template: string, params: Params, language: 'fr' | 'en') =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => {
    if (!(key in params)) return m;
    const value = params[key];
    return typeof value === 'object' ? value[language] : String(value);
  });

export const finding = (code: ComplianceCode, path: string, params: Params = {}): Finding => {
  const rule: ComplianceRule = COMPLIANCE_RULES[code];
  return { code, severity: rule.severity, message: { fr: fill(rule.fr, params, 'fr'), en: fill(rule.en, params, 'en') }, path };
};
