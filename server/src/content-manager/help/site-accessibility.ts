import { addressHelp, h, type FieldsHelp } from './types';

/** The site's accessibility statement facts (article 47 of loi 2005-102, décret 2019-768). */
export const siteAccessibilityHelp: FieldsHelp = {
  accessibilityAudit: h(
    'Accessibility: RGAA audit',
    'The latest RGAA conformity audit of the site. The accessibility statement computes its status from it: without an audit less than three years old, the site is "non conforme".',
    'Accessibilité : audit RGAA',
    "Le dernier audit de conformité RGAA du site. La déclaration d'accessibilité en déduit son état de conformité : sans audit de moins de trois ans, le site est « non conforme »."
  ),
  accessibilityContent: h(
    'Accessibility: inaccessible content',
    'The non-conformities, the disproportionate-burden derogations and the content outside the obligation that the accessibility statement lists.',
    'Accessibilité : contenus non accessibles',
    "Les non-conformités, les dérogations pour charge disproportionnée et les contenus non soumis à l'obligation que liste la déclaration d'accessibilité."
  ),
  accessibilityStatementUrl: h(
    'Accessibility statement URL',
    'Where the site shows its accessibility statement: https://… or a path such as /accessibilite. The "Accessibilité : …" mention of every page links there.',
    "Adresse de la déclaration d'accessibilité",
    "Où le site affiche sa déclaration d'accessibilité : https://… ou un chemin comme /accessibilite. La mention « Accessibilité : … » de chaque page y renvoie."
  ),
  multiYearPlanUrl: h(
    'Multi-year accessibility plan',
    'Public bodies: the address of the multi-year accessibility plan (schéma pluriannuel, article 47 of loi 2005-102).',
    "Schéma pluriannuel d'accessibilité",
    "Personnes publiques : l'adresse du schéma pluriannuel de mise en accessibilité (article 47 de la loi n° 2005-102)."
  ),
  actionPlanUrl: h(
    'Accessibility action plan',
    'Public bodies: the address of the current year’s action plan.',
    "Plan d'action d'accessibilité",
    "Personnes publiques : l'adresse du plan d'action de l'année en cours."
  ),
  accessibilityFeedbackEmail: h(
    'Accessibility feedback: email',
    'Where visitors report an accessibility defect and ask for an accessible alternative. An email or a form is required; an address of another organisation is flagged.',
    'Retour sur l\'accessibilité : courriel',
    "Où les visiteurs signalent un défaut d'accessibilité et demandent une alternative accessible. Un courriel ou un formulaire est obligatoire ; une adresse d'un autre organisme est signalée."
  ),
  accessibilityFeedbackUrl: h(
    'Accessibility feedback: web form',
    'Absolute address of the form, starting with https://.',
    "Retour sur l'accessibilité : formulaire",
    'Adresse complète du formulaire, commençant par https://.'
  ),
  accessibilityFeedbackPhone: h('Accessibility feedback: phone', 'Optional.', "Retour sur l'accessibilité : téléphone", 'Facultatif.'),
  ...addressHelp('accessibilityFeedback', { en: 'Accessibility feedback', fr: "Retour sur l'accessibilité" }),
  accessibilityEstablishedOn: h(
    'Accessibility statement: established on',
    'The date the statement was first prepared, printed in it.',
    "Déclaration d'accessibilité : établie le",
    'La date à laquelle la déclaration a été établie, imprimée dans celle-ci.'
  ),
  accessibilityUpdatedOn: h(
    'Accessibility statement: updated on',
    'The date of its last update, after a new audit or a substantial change; printed in it.',
    "Déclaration d'accessibilité : mise à jour le",
    'La date de sa dernière mise à jour, après un nouvel audit ou une modification substantielle ; imprimée dans celle-ci.'
  ),
  substantiallyChangedOn: h(
    'Site substantially changed on',
    'The date of the site’s last substantial change (redesign, new service). A statement established or updated before it is flagged for update, as is one older than three years.',
    'Site modifié substantiellement le',
    'La date de la dernière modification substantielle du site (refonte, nouveau service). Une déclaration établie ou mise à jour avant cette date est signalée comme à mettre à jour, tout comme une déclaration de plus de trois ans.'
  ),
};
