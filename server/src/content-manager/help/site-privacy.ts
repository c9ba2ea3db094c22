import { citationText } from '../../core/law/citations';
import { h, type FieldsHelp } from './types';

/** How a yes/no answer reads: "yes" and "no" both state a fact on the page; empty states nothing. */
const UNANSWERED = { en: 'Empty: not answered yet', fr: 'Vide : pas encore répondu' };

/** The privacy facts the site lists, and its yes/no answers behind the pages' statements of fact. */
export const sitePrivacyHelp: FieldsHelp = {
  purposes: h(
    'Purposes',
    'The processing the site carries out, each with its legal basis; the privacy policy lists them in this order.',
    'Finalités',
    'Les traitements mis en œuvre par le site, chacun avec sa base légale ; la politique de confidentialité les présente dans cet ordre.'
  ),
  automatedDecisions: h(
    'Automated decisions: any?',
    `Is any decision based solely on automated processing, profiling included (GDPR Art. 22)? "Yes": mark the purposes concerned. "No": the privacy policy says none is taken. ${UNANSWERED.en}, the checklist asks.`,
    'Décisions automatisées : y en a-t-il ?',
    `Une décision est-elle fondée exclusivement sur un traitement automatisé, profilage compris (article 22 du RGPD) ? « Oui » : cochez les finalités concernées. « Non » : la politique de confidentialité indique qu'aucune n'est prise. ${UNANSWERED.fr}, la liste de contrôle le demande.`
  ),
  recipients: h(
    'Recipients',
    'Recipients of the site as a whole; those of each purpose are added to them, each once.',
    'Destinataires',
    'Les destinataires communs au site ; ceux de chaque finalité s\'y ajoutent, chacun une seule fois.'
  ),
  recipientsOutside: h(
    'Recipients outside the organisation: any?',
    `Is any data disclosed outside the controller, processors included? "No" with no recipient listed: the privacy policy says the data goes to no one outside the organisation. ${UNANSWERED.en}.`,
    "Destinataires extérieurs à l'organisme : y en a-t-il ?",
    `Des données sont-elles communiquées hors du responsable du traitement, sous-traitants compris ? « Non » sans destinataire listé : la politique de confidentialité indique que les données ne sont communiquées à personne hors de l'organisme. ${UNANSWERED.fr}.`
  ),
  processorContracts: h(
    'Processors bound by an Art. 28 contract?',
    `"Yes": the privacy policy states that processors act on the controller’s instructions under a contract meeting GDPR Art. 28. ${UNANSWERED.en}, nothing is stated.`,
    "Sous-traitants liés par un contrat conforme à l'article 28 ?",
    `« Oui » : la politique de confidentialité indique que les sous-traitants agissent sur instruction du responsable, dans le cadre d'un contrat conforme à l'article 28 du RGPD. ${UNANSWERED.fr}, rien n'est affirmé.`
  ),
  cookies: h(
    'Cookies',
    'The cookies and other trackers the site stores, listed in the cookie policy by category.',
    'Cookies',
    'Les cookies et autres traceurs déposés par le site, présentés par catégorie dans la politique de cookies.'
  ),
  cookiesUsed: h(
    'Cookies or other trackers: any?',
    `"No" with no cookie listed: the cookie policy says the site stores none. "Yes": list them here. ${UNANSWERED.en}, the cookie policy cannot be published.`,
    'Cookies ou autres traceurs : y en a-t-il ?',
    `« Non » sans cookie listé : la politique de cookies indique que le site n'en dépose aucun. « Oui » : listez-les ici. ${UNANSWERED.fr}, la politique de cookies ne peut pas être publiée.`
  ),
  transfers: h(
    'Transfers outside the EEA',
    'Transfers of the site as a whole; those of each purpose are added to them, each once.',
    "Transferts hors de l'EEE",
    "Les transferts communs au site ; ceux de chaque finalité s'y ajoutent, chacun une seule fois."
  ),
  transfersOutsideEea: h(
    'Transfers outside the EEA: any?',
    `Hosting, e-mailing or analytics outside the European Economic Area count. "No" with no transfer listed: the privacy policy says the data stays in the EEA. "Yes": list each transfer. ${UNANSWERED.en}, publication is blocked.`,
    "Transferts hors de l'EEE : y en a-t-il ?",
    `L'hébergement, l'envoi de courriels ou la mesure d'audience hors de l'Espace économique européen comptent. « Non » sans transfert listé : la politique de confidentialité indique que les données restent dans l'EEE. « Oui » : listez chaque transfert. ${UNANSWERED.fr}, la publication est bloquée.`
  ),
  securityMeasures: h(
    'Security measures in place?',
    `Are appropriate technical and organisational security measures in place (GDPR Art. 32)? "Yes": the privacy policy says so. ${UNANSWERED.en}, nothing is stated.`,
    'Mesures de sécurité en place ?',
    `Des mesures techniques et organisationnelles de sécurité appropriées sont-elles en place (article 32 du RGPD) ? « Oui » : la politique de confidentialité l'indique. ${UNANSWERED.fr}, rien n'est affirmé.`
  ),
  security: h(
    'Security: more words',
    'Markdown printed in the privacy policy’s security section, after the answer above.',
    'Sécurité : précisions',
    'Markdown imprimé dans la section sur la sécurité de la politique de confidentialité, après la réponse ci-dessus.'
  ),
  rights: h(
    'Rights',
    'The rights the privacy policy describes, each with how to exercise it.',
    'Droits',
    "Les droits que décrit la politique de confidentialité, chacun avec sa manière de l'exercer."
  ),
  identityProof: h(
    'Proof of identity',
    'Markdown: what proof of identity may be asked for to exercise a right. Empty: the privacy policy says only that more information may be asked in case of reasonable doubt (GDPR Art. 12(6)).',
    "Justificatif d'identité",
    "Markdown : le justificatif d'identité qui peut être demandé pour exercer un droit. Vide : la politique de confidentialité indique seulement que des informations complémentaires peuvent être demandées en cas de doute raisonnable (article 12.6 du RGPD)."
  ),
  cookieManagement: h(
    'Managing cookie choices: more words',
    'Markdown printed in the cookie policy after the choices.',
    'Gestion des cookies : précisions',
    'Markdown imprimé dans la politique de cookies après les choix proposés.'
  ),
  digitalConsentAge: h(
    'Age of digital consent',
    `For purposes offered to children (GDPR Art. 8): below this age a parent must consent too. Empty: 15 for a controller in France (${citationText('loi-78-17.digital-consent-age', 'en')}); elsewhere, give your country’s (13 to 16).`,
    'Âge du consentement numérique',
    `Pour les finalités proposées aux enfants (article 8 du RGPD) : en dessous de cet âge, un parent doit aussi consentir. Vide : 15 ans pour un responsable établi en France (${citationText('loi-78-17.digital-consent-age', 'fr')}) ; ailleurs, indiquez celui de votre pays (de 13 à 16 ans).`
  ),
  parentalConsent: h(
    'How parental consent is obtained',
    'Markdown: how the consent of the holder of parental responsibility is obtained and checked.',
    'Recueil du consentement parental',
    "Markdown : comment le consentement du titulaire de l'autorité parentale est recueilli et vérifié."
  ),
  securityMeasureList: h(
    'Security measures: which',
    'The technical and organisational measures that protect the site’s data, under the headings of the CNIL’s model record. Listed in the processing register (GDPR Art. 30(1)(g)), not on the pages.',
    'Mesures de sécurité : lesquelles',
    "Les mesures techniques et organisationnelles qui protègent les données du site, sous les rubriques du modèle de registre de la CNIL. Reprises au registre des traitements (article 30.1.g du RGPD), pas dans les pages."
  ),
};
