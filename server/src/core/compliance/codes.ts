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
  'gdpr.13.1.e.recipients': error(
    "Aucun destinataire n'est déclaré : listez les destinataires, ou répondez que les données ne sont communiquées à personne en dehors de l'organisme.",
    'No recipient is declared: list the recipients, or answer that the data is not disclosed to anyone outside the organisation.',
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
  'gdpr.13.1.b.dpo-unanswered': error(
    "Indiquez si un délégué à la protection des données est désigné : tant que la réponse manque, la page ne peut ni le présenter ni dire qu'il n'y en a pas.",
    'Say whether a data protection officer is appointed: until you do, the page can neither present one nor say that there is none.',
  ),
  'gdpr.13.1.f.transfers-unanswered': error(
    "Indiquez si des données sont transférées hors de l'Espace économique européen, et décrivez chaque transfert : la page n'en dit rien tant que la réponse manque.",
    'Say whether any data is transferred outside the European Economic Area, and describe each transfer: the page says nothing about it until you do.',
  ),
  'gdpr.13.2.f.automated-decisions': warning(
    "Indiquez si des décisions entièrement automatisées, profilage compris, sont prises, et pour quelle finalité : la page n'en dit rien tant que la réponse manque.",
    'Say whether any decision is based solely on automated processing, profiling included, and for which purpose: the page says nothing about it until you do.',
  ),
  'gdpr.14.collection-source': warning(
    "La finalité « {title} » ne dit pas si les données sont collectées auprès de la personne ou proviennent d'ailleurs (article 14 du RGPD).",
    'The purpose “{title}” does not say whether the data is collected from the person or comes from elsewhere (Article 14 GDPR).',
  ),
  'gdpr.28.processor-contract': warning(
    "Des sous-traitants sont déclarés : confirmez que chacun est lié par un contrat conforme à l'article 28 du RGPD, pour que la page puisse l'affirmer.",
    'Processors are declared: confirm that each is bound by a contract meeting Article 28 GDPR, so that the page can say so.',
  ),
  'gdpr.28.3.no-processor-contract': warning(
    "Vous indiquez que les sous-traitants ne sont pas tous liés par un contrat conforme à l'article 28 du RGPD : ce contrat est obligatoire (article 28.3).",
    'You answered that not every processor is bound by a contract meeting Article 28 GDPR: such a contract is mandatory (Article 28(3)).',
  ),
  'gdpr.32.security': warning(
    "Indiquez si des mesures de sécurité techniques et organisationnelles appropriées sont en place (article 32 du RGPD) : la page ne l'affirme qu'après votre réponse.",
    'Say whether appropriate technical and organisational security measures are in place (Article 32 GDPR): the page only says so once you have answered.',
  ),
  'gdpr.32.security-measures': warning(
    "Vous indiquez que les mesures de sécurité appropriées ne sont pas en place : l'article 32 du RGPD les exige.",
    'You answered that appropriate security measures are not in place: Article 32 GDPR requires them.',
  ),
  'gdpr.12.change-notice': warning(
    "Aucun préavis n'est fixé pour cette page : une modification importante (nouvelle finalité, nouveau destinataire, nouveau transfert) devrait être annoncée avant son entrée en vigueur. Fixez le préavis de la page (en jours) dans l'écran de composition.",
    'No notice period is set for this page: a significant change (new purpose, recipient or transfer) should be announced before it takes effect. Set the page’s notice period (in days) in the composer.',
  ),
  'gdpr.6.1.e.private-body': warning(
    "La finalité « {title} » repose sur l'exécution d'une mission d'intérêt public, alors que le responsable du traitement n'est pas un organisme public : confirmez qu'une mission d'intérêt public lui est confiée par un texte, en citant ce texte (article 6, paragraphes 1.e et 3, du RGPD), ou choisissez une autre base légale.",
    'The purpose “{title}” relies on a task carried out in the public interest, but the controller is not a public body: confirm that such a task is vested in it by law by citing that law (Article 6(1)(e) and 6(3) GDPR), or choose another legal basis.',
  ),
  'gdpr.6.3.legal-basis-reference': warning(
    'La finalité « {title} » repose sur {basis} : citez le texte qui la prévoit (article 6.3 du RGPD).',
    'The purpose “{title}” relies on {basis}: cite the law that lays it down (Article 6(3) GDPR).',
  ),
  'gdpr.13.2.d.supervisory-authority': warning(
    "Le responsable du traitement n'est pas établi en France : indiquez l'autorité de contrôle compétente. D'ici là, la page ne nomme aucune autorité.",
    'The controller is not established in France: name the competent supervisory authority. Until then, the page names none.',
  ),
  'fr.78-17.85.outside-france': warning(
    "Les directives post mortem relèvent du droit français (article 85 de la loi Informatique et Libertés) : elles ne figurent pas sur la page d'un responsable du traitement établi hors de France.",
    'Post-mortem instructions come from French law (Article 85 of the French Data Protection Act): the page of a controller established outside France leaves them out.',
  ),
  'gdpr.8.parental-consent': warning(
    "La finalité « {title} » repose sur le consentement pour un service en ligne proposé aux enfants : expliquez comment le consentement du titulaire de l'autorité parentale est recueilli et vérifié (article 8 du RGPD).",
    'The purpose “{title}” relies on consent to an online service offered to children: explain how the consent of the holder of parental responsibility is obtained and checked (Article 8 GDPR).',
  ),
  'gdpr.8.digital-consent-age': warning(
    "La finalité « {title} » s'adresse aux enfants et le responsable du traitement n'est pas établi en France : indiquez l'âge du consentement numérique de son pays (entre 13 et 16 ans, article 8 du RGPD). D'ici là, la page n'en dit rien.",
    'The purpose “{title}” is offered to children and the controller is not established in France: give the age of digital consent of its country (13 to 16, Article 8 GDPR). Until then, the page says nothing about it.',
  ),
  'gdpr.13.2.a.retention-rule-scope': warning(
    "La finalité « {title} » a plusieurs règles de conservation : indiquez à quelles données ou à quel cas s'applique chacune.",
    'The purpose “{title}” has several retention rules: say which data or which case each one covers.',
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
  'cookies.unanswered': error(
    "Indiquez si le site dépose des cookies ou autres traceurs, et listez-les : la politique relative aux cookies ne peut rien affirmer tant que la réponse manque.",
    'Say whether the website stores cookies or other trackers, and list them: the cookie policy cannot state anything until you do.',
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
    "Texte obsolète : la loi Informatique et Libertés a été réécrite en 2018 ; la version « modifiée par la loi du 6 août 2004 » n'est plus celle en vigueur.",
    'Obsolete text: the French Data Protection Act was rewritten in 2018; the version "as amended by the Act of 6 August 2004" is no longer the one in force.',
  ),
  'obsolete.blocking-right': warning(
    'Texte obsolète : le « droit de verrouillage » est remplacé par le droit à la limitation du traitement.',
    'Obsolete text: the “right of blocking” was replaced by the right to restriction of processing.',
  ),

  // Legal citations typed by editors, against the law in force (law/citations.ts)
  'citation.right-article': error(
    "Référence erronée « {found} » : le {right} relève de l'{correct}.",
    'Wrong reference “{found}”: the {right} is {correct}.',
  ),
  'citation.outdated-article': error(
    "Référence périmée « {found} » : ce texte relève aujourd'hui de l'{correct}.",
    'Outdated reference “{found}”: this is now {correct}.',
  ),

  // Links and contacts
  'link.placeholder': error(
    "Lien vide ou fictif : « {link} ». Indiquez l'adresse réelle de la page.",
    'Empty or placeholder link: “{link}”. Give the real address of the page.',
  ),
  'consistency.rights-foreign-site': error(
    "Le formulaire de contact pour les droits ({url}) est sur le site d'un autre organisme que le responsable du traitement.",
    'The contact form for rights ({url}) is on the website of another organisation than the controller.',
  ),
  'consistency.dpo-foreign-site': error(
    "Le formulaire du délégué ({url}) est sur le site d'un autre organisme que le responsable du traitement. S'il s'agit d'un délégué externe ou mutualisé, indiquez-le.",
    "The DPO's form ({url}) is on the website of another organisation than the controller. If the DPO is external or shared, say so.",
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
  'consistency.answer-contradicted': error(
    'Vous avez répondu « non » à la question « {question} », mais « {entry} » est déclaré : corrigez la réponse ou cette entrée.',
    'You answered “no” to “{question}”, but “{entry}” is declared: correct the answer or that entry.',
  ),
  'consistency.cookies-undeclared': error(
    "La finalité « {title} » décrit des cookies ou autres traceurs, mais aucun cookie n'est déclaré pour le site : ses pages se contrediraient. Déclarez ces cookies, ou corrigez la finalité.",
    'The purpose “{title}” describes cookies or other trackers, but no cookie is declared for the website: its pages would contradict each other. Declare these cookies, or correct the purpose.',
  ),
  'consistency.dpo-not-appointed': error(
    "Ce texte renvoie au délégué à la protection des données alors qu'aucun n'est désigné : « {excerpt} ».",
    'This text refers to the data protection officer although none is appointed: “{excerpt}”.',
  ),

  // Accessibility statement (loi 2005-102 art. 47, décret 2019-768, RGAA)
  'a11y.audit-missing': warning(
    "Aucun audit de conformité au RGAA n'est renseigné : la déclaration indique « non conforme » tant qu'un audit de moins de trois ans n'est pas saisi.",
    'No RGAA conformity audit is entered: the statement says “non-compliant” until an audit less than three years old is entered.',
  ),
  'a11y.audit-expired': warning(
    "L'audit de conformité du {date} date de plus de trois ans : la déclaration indique « non conforme ». Faites réaliser un nouvel audit et saisissez-le.",
    'The conformity audit of {date} is more than three years old: the statement says “non-compliant”. Have a new audit carried out and enter it.',
  ),
  'a11y.audit-results': warning(
    "L'audit de conformité n'indique ni le nombre de critères applicables et respectés, ni les résultats par critère : la déclaration indique « non conforme ».",
    'The conformity audit gives neither the number of applicable and met criteria nor the per-criterion results: the statement says “non-compliant”.',
  ),
  'a11y.derogation-justification': error(
    "La dérogation pour charge disproportionnée « {content} » doit être justifiée.",
    'The disproportionate-burden derogation “{content}” must be justified.',
  ),
  'a11y.derogation-alternative': error(
    "La dérogation pour charge disproportionnée « {content} » doit indiquer l'alternative accessible proposée.",
    'The disproportionate-burden derogation “{content}” must state the accessible alternative offered.',
  ),
  'a11y.feedback-missing': error(
    "Aucun moyen de signaler un défaut d'accessibilité n'est indiqué : renseignez au moins un courriel ou un formulaire de contact.",
    'No way to report an accessibility defect is given: set at least an email address or a contact form.',
  ),
  'a11y.feedback-foreign-domain': warning(
    "Le courriel de signalement des défauts d'accessibilité ({email}) appartient à un autre organisme que celui du site : vérifiez-le.",
    'The email for reporting accessibility defects ({email}) belongs to another organisation than the site’s: check it.',
  ),
  'a11y.feedback-foreign-site': warning(
    "Le formulaire de signalement des défauts d'accessibilité ({url}) est sur le site d'un autre organisme que celui du site : vérifiez-le.",
    'The form for reporting accessibility defects ({url}) is on the website of another organisation than the site’s: check it.',
  ),
  'a11y.compliant-with-non-conformities': error(
    "L'audit indique que tous les critères applicables sont respectés, alors que des non-conformités sont listées ({count}) : corrigez l'audit ou la liste.",
    'The audit says every applicable criterion is met, yet non-compliance items are listed ({count}): correct the audit or the list.',
  ),
  'a11y.established-date': error(
    "Indiquez la date à laquelle la déclaration d'accessibilité a été établie.",
    'Give the date the accessibility statement was prepared.',
  ),
  'a11y.statement-outdated': warning(
    "La déclaration d'accessibilité date du {date}, il y a plus de trois ans : mettez-la à jour.",
    'The accessibility statement dates from {date}, more than three years ago: update it.',
  ),
  'a11y.substantial-change': warning(
    "Le site a été modifié de façon substantielle le {date}, après la déclaration d'accessibilité du {statement} : mettez-la à jour.",
    'The site changed substantially on {date}, after the accessibility statement of {statement}: update it.',
  ),
  'a11y.multi-year-plan': warning(
    "Un organisme public publie son schéma pluriannuel de mise en accessibilité : renseignez son lien.",
    'A public body publishes its multi-year accessibility plan: set its link.',
  ),
  'a11y.action-plan': warning(
    "Un organisme public publie le plan d'action de l'année en cours : renseignez son lien.",
    'A public body publishes its action plan for the current year: set its link.',
  ),
  'a11y.statement-link': warning(
    "Renseignez l'adresse de la déclaration d'accessibilité sur le site : la mention « Accessibilité » de chaque page y renvoie.",
    'Set the address of the accessibility statement on the site: the “Accessibility” mention on every page links to it.',
  ),

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
