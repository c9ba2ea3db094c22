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
};

/** `wizard.step.<step>` */
export const STEP_TITLES = {
  site: 'The site',
  controller: 'Data controller',
  dpo: 'Data protection officer',
  publisher: 'Publisher and director of publication',
  host: 'Host',
  starter: 'Starter library',
} as const;

/** `wizard.starter.section.<section>` */
export const STARTER_SECTIONS: Record<string, string> = {
  purpose: 'Purposes',
  right: 'Rights',
  'retention-period': 'Retention rules',
  'data-category': 'Data categories',
  recipient: 'Recipients',
  cookie: 'Cookies',
};
