import type { RegisterFormat } from '../../../shared/contracts/register';
/** English labels of the admin's enumerations; their translations are `<prefix>.<key>` in translations/*.json. */

/** `checklist.fix.<type>`: the link from a finding to the entry that holds its fact. */
export const FIX_LABELS: Record<string, string> = {
  site: 'Edit the site',
  organisation: 'Edit the organisation',
  'dpo-contact': 'Edit the DPO contact',
  purpose: 'Edit the purpose',
  'retention-period': 'Edit the retention period',
  recipient: 'Edit the recipient',
  transfer: 'Edit the transfer',
  right: 'Edit the right',
  cookie: 'Edit the cookie',
  'accessibility-audit': 'Edit the accessibility audit',
  'accessibility-content': 'Edit the inaccessible content',
  'data-category': 'Edit the data category',
  'data-subject': 'Edit the people concerned',
  'security-measure': 'Edit the security measure',
};

/** `wizard.step.<step>` */
export const STEP_TITLES = {
  kind: 'Kind of controller',
  site: 'The site',
  controller: 'Data controller',
  dpo: 'Data protection officer',
  publisher: 'Publisher and director of publication',
  host: 'Host',
  answers: 'What the pages may state',
  starter: 'Starter library',
} as const;

/**
 * `wizard.answers.<field>` and `wizard.answers.<field>.hint`: the yes/no questions behind the pages' statements of
 * fact, named as the site's fields. Unanswered, the page says nothing and the checklist asks.
 */
export const ANSWER_QUESTIONS = {
  transfersOutsideEea: [
    'Is any personal data transferred outside the European Economic Area?',
    'Hosting, e-mailing or analytics services outside the EEA count. If yes, describe each transfer afterwards in the Content Manager.',
  ],
  recipientsOutside: [
    'Is any personal data disclosed outside your organisation, processors included?',
    'If no, and no recipient is listed, the privacy policy says the data goes to no one outside your organisation.',
  ],
  processorContracts: [
    'Is every processor bound by a contract that meets Article 28 GDPR?',
    'If yes, the privacy policy says processors act on your instructions under such a contract.',
  ],
  cookiesUsed: [
    'Does the site store cookies or other trackers on visitors’ devices?',
    'If no, the cookie policy says the site stores none. If yes, list them (the starter library offers an audience-measurement cookie).',
  ],
  automatedDecisions: [
    'Is any decision based solely on automated processing, profiling included?',
    'If no, the privacy policy says so. If yes, mark the purposes concerned in the Content Manager.',
  ],
  securityMeasures: [
    'Are appropriate technical and organisational security measures in place (Article 32 GDPR)?',
    'If yes, the privacy policy says so.',
  ],
} as const;

export type AnswerField = keyof typeof ANSWER_QUESTIONS;

/** `wizard.starter.section.<section>` */
export const STARTER_SECTIONS: Record<string, string> = {
  purpose: 'Purposes',
  right: 'Rights',
  'retention-period': 'Retention rules',
  'data-category': 'Data categories',
  recipient: 'Recipients',
  cookie: 'Cookies',
  'data-subject': 'People concerned',
  'accessibility-content': 'Accessibility statement: content outside the obligation',
};

/** `register.format.<format>`: the formats of the processing register's export, the CNIL's workbook first. */
export const REGISTER_FORMAT_LABELS = {
  xlsx: 'Workbook (XLSX, CNIL model)',
  csv: 'CSV',
  json: 'JSON',
} as const satisfies Record<RegisterFormat, string>;
