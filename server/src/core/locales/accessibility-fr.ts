/** Français : la déclaration d'accessibilité (issue 14), d'après le modèle de la DINUM. */
import type { AccessibilityPack } from './accessibility-types';
import { joinList } from './grammar';

const NBSP = '\u00a0';
const plural = (n: number, one: string, many: string) => (n < 2 ? one : many);

export const frAccessibility: AccessibilityPack = {
  sectionTitles: {
    plans: 'Schéma pluriannuel et plan d’action',
    conformity: 'État de conformité',
    'inaccessible-content': 'Contenus non accessibles',
    establishment: 'Établissement de cette déclaration d’accessibilité',
    feedback: 'Retour d’information et contact',
    remedy: 'Voies de recours',
  },
  statuses: { compliant: 'totalement conforme', 'partially-compliant': 'partiellement conforme', 'non-compliant': 'non conforme' },
  mention: (status) => `Accessibilité${NBSP}: ${frAccessibility.statuses[status]}`,
  lead: (h, site, law) => [
    "La présente déclaration d'accessibilité s'applique au site ", site.name, ' (', site.link, '). ',
    'Elle est établie par ', h.controller('plain'), ", en application de l'", law,
    ", du décret n° 2019-768 du 24 juillet 2019 et du référentiel général d'amélioration de l'accessibilité (RGAA).",
  ],
  plansIntro: (h) => ['Les engagements ', h.controller('de'), " en matière d'accessibilité numérique sont décrits dans les documents suivants :"],
  multiYearPlan: 'Schéma pluriannuel de mise en accessibilité',
  actionPlan: "Plan d'action de l'année en cours",
  status: (h, site, status, version, listed) => [
    'Le site ', site, ' est ', status, " avec le référentiel général d'amélioration de l'accessibilité (RGAA)",
    version && `, version ${version}`,
    listed && [', en raison des contenus énumérés à ', h.ref('inaccessible-content')],
    '.',
  ],
  noValidAudit: (problem, date) =>
    problem === 'missing'
      ? "Aucun audit de conformité en cours de validité ne permet d'en mesurer la conformité."
      : problem === 'expired'
        ? ['Son dernier audit de conformité, réalisé le ', date, ', date de plus de trois ans ; il ne permet plus d’en mesurer la conformité.']
        : ["L'audit de conformité réalisé le ", date, " n'indique pas le nombre de critères respectés ; il ne permet pas d'en mesurer la conformité."],
  results: (auditor, date, rate, met, applicable, version) => [
    "L'audit de conformité réalisé le ", date, ' par ', auditor, ` révèle que ${rate}${NBSP}% des critères du RGAA version ${version} sont respectés `,
    `(${met} ${plural(met, 'critère respecté', 'critères respectés')} sur ${applicable} ${plural(applicable, 'critère applicable', 'critères applicables')}).`,
  ],
  inaccessibleIntro: 'Les contenus énumérés ci-dessous ne sont pas accessibles pour les raisons suivantes.',
  nonConformities: 'Non-conformités',
  derogations: 'Dérogations pour charge disproportionnée',
  exemptions: "Contenus non soumis à l'obligation d'accessibilité",
  criteria: (ids) => `${ids.length > 1 ? 'critères' : 'critère'} ${joinList(ids, 'et')}`,
  justification: 'Justification',
  alternative: 'Alternative accessible',
  reason: 'Motif',
  established: (date) => ['Cette déclaration a été établie le ', date, '.'],
  updated: (date) => ['Elle a été mise à jour le ', date, '.'],
  technologies: 'Technologies utilisées pour la réalisation du site',
  environment: 'Environnement de test',
  environmentIntro: "Les vérifications de restitution des contenus ont été réalisées avec les combinaisons de navigateurs et de technologies d'assistance suivantes :",
  combination: (browser, assistiveTechnology) => (assistiveTechnology ? `${browser} avec ${assistiveTechnology}` : browser),
  tools: "Outils pour évaluer l'accessibilité",
  pages: 'Pages du site ayant fait l’objet de la vérification de conformité',
  feedbackIntro: (h) => [
    "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter ", h.controller('plain'),
    ' pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :',
  ],
  postalAddress: 'Adresse postale',
  remedyIntro:
    "Si vous avez signalé au responsable du site un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service du site et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :",
  remedyForm: (link) => ['écrire un message au Défenseur des droits au moyen de son formulaire en ligne : ', link, ' ;'],
  remedyDelegates: (link) => ['contacter le délégué du Défenseur des droits dans votre région : ', link, ' ;'],
  remedyPost: (address) => ['envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : ', address, '.'],
};
