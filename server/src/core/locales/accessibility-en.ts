/** English: the accessibility statement (issue 14). */
import type { AccessibilityPack } from './accessibility-types';
import { joinList } from './grammar';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enAccessibility: AccessibilityPack = {
  sectionTitles: {
    plans: 'Multi-year plan and action plan',
    conformity: 'Compliance status',
    'inaccessible-content': 'Inaccessible content',
    establishment: 'Preparation of this accessibility statement',
    feedback: 'Feedback and contact',
    remedy: 'Enforcement procedure',
  },
  statuses: { compliant: 'fully compliant', 'partially-compliant': 'partially compliant', 'non-compliant': 'non-compliant' },
  mention: (status) => `Accessibility: ${enAccessibility.statuses[status]}`,
  lead: (h, site, law) => [
    'This accessibility statement applies to the website ', site.name, ' (', site.link, '). ',
    'It is made by ', h.controller('plain'), ' under ', law,
    ', Decree No. 2019-768 of 24 July 2019 and the French general accessibility improvement framework (RGAA).',
  ],
  plansIntro: (h) => ['The accessibility commitments ', h.controller('de'), ' are set out in the following documents:'],
  multiYearPlan: 'Multi-year accessibility plan',
  actionPlan: 'Action plan for the current year',
  status: (h, site, status, version, listed) => [
    'The website ', site, ' is ', status, ' with the French general accessibility improvement framework (RGAA)',
    version && `, version ${version}`,
    listed && [', because of the content listed in ', h.ref('inaccessible-content')],
    '.',
  ],
  noValidAudit: (problem, date) =>
    problem === 'missing'
      ? 'No valid conformity audit is available to measure its compliance.'
      : problem === 'expired'
        ? ['Its last conformity audit, carried out on ', date, ', is more than three years old and no longer measures its compliance.']
        : ['The conformity audit carried out on ', date, ' does not give the number of criteria met, so it does not measure its compliance.'],
  results: (auditor, date, rate, met, applicable, version) => [
    'The conformity audit carried out on ', date, ' by ', auditor, ` shows that ${rate}% of the criteria of RGAA version ${version} are met `,
    `(${met} of ${applicable} applicable ${plural(applicable, 'criterion', 'criteria')}).`,
  ],
  inaccessibleIntro: 'The content listed below is not accessible, for the following reasons.',
  nonConformities: 'Non-compliance',
  derogations: 'Disproportionate burden',
  exemptions: 'Content outside the scope of the accessibility requirements',
  criteria: (ids) => `${ids.length > 1 ? 'criteria' : 'criterion'} ${joinList(ids, 'and')}`,
  justification: 'Justification',
  alternative: 'Accessible alternative',
  reason: 'Reason',
  established: (date) => ['This statement was prepared on ', date, '.'],
  updated: (date) => ['It was last updated on ', date, '.'],
  technologies: 'Technologies used to build the site',
  environment: 'Test environment',
  environmentIntro: 'The rendering of the content was checked with the following combinations of browsers and assistive technologies:',
  combination: (browser, assistiveTechnology) => (assistiveTechnology ? `${browser} with ${assistiveTechnology}` : browser),
  tools: 'Tools used to assess accessibility',
  pages: 'Pages of the site checked for conformity',
  feedbackIntro: (h) => [
    'If you cannot access some content or a service, you can contact ', h.controller('plain'),
    ' to be directed to an accessible alternative or to obtain the content in another form:',
  ],
  postalAddress: 'Postal address',
  remedyIntro:
    'If you reported to the site’s managers an accessibility defect that prevents you from accessing some content or a service of the site and did not get a satisfactory answer, you can:',
  remedyForm: (link) => ['write to the Défenseur des droits (the French Defender of Rights) through its online form: ', link],
  remedyDelegates: (link) => ['contact the delegate of the Défenseur des droits in your region: ', link],
  remedyPost: (address) => ['send a letter by post (free of charge, no stamp needed) to: ', address, '.'],
};
