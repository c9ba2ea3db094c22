import type { FieldFormat } from '../../utils/wizardChecks';

/** One field of a new entry the wizard creates; names are the content type's. */
export interface FieldSpec {
  name: string;
  label: string;
  required?: boolean;
  type?: 'text' | 'select';
  /** The server's format rule for the field, checked before the step is left (utils/wizardChecks.ts). */
  format?: FieldFormat;
  options?: Array<{ value: string; label: string }>;
  hint?: string;
  /** Asked only when another field of the entry has this value (a company's share capital). */
  shownWhen?: { field: string; equals: string };
}

/** The fields a new entry asks, given what is already chosen in it. */
export const visibleSpecs = (specs: FieldSpec[], values: Record<string, string>) =>
  specs.filter((spec) => !spec.shownWhen || values[spec.shownWhen.field] === spec.shownWhen.equals);

const ADDRESS: FieldSpec[] = [
  { name: 'street', label: 'Street address', required: true },
  { name: 'postalCode', label: 'Postal code', required: true },
  { name: 'city', label: 'City', required: true },
  { name: 'country', label: 'Country (ISO code)', format: 'country', hint: 'Two capital letters, e.g. FR.' },
];

export const ORGANISATION_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Legal name', required: true },
  {
    name: 'nameInText',
    label: 'In a sentence, the name is',
    type: 'select',
    options: [
      { value: 'proper-name', label: 'A proper name (Nîmes Métropole)' },
      { value: 'feminine', label: 'Feminine, with an article (la Région Bretagne)' },
      { value: 'masculine', label: 'Masculine, with an article (le Département du Gard)' },
      { value: 'plural', label: 'Plural, with an article (les Hospices civils)' },
    ],
  },
  {
    name: 'kind',
    label: 'Kind of organisation',
    type: 'select',
    options: [
      { value: 'public-body', label: 'Public body' },
      { value: 'company', label: 'Company' },
      { value: 'association', label: 'Association' },
      { value: 'person', label: 'Natural person' },
    ],
  },
  { name: 'legalForm', label: 'Legal form', hint: 'e.g. Collectivité territoriale, SAS, association loi 1901.' },
  ...ADDRESS,
  { name: 'email', label: 'E-mail', format: 'email' },
  { name: 'phone', label: 'Phone', format: 'phone' },
  { name: 'siren', label: 'SIREN', format: 'siren', hint: 'Nine digits; required for a company or a public body in France.' },
  {
    name: 'shareCapital',
    label: 'Share capital (euros)',
    format: 'amount',
    hint: 'A company’s legal notice states it, e.g. 10 000.',
    shownWhen: { field: 'kind', equals: 'company' },
  },
];

export const HOST_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Legal name', required: true },
  { name: 'legalForm', label: 'Legal form' },
  ...ADDRESS,
  { name: 'phone', label: 'Phone', required: true, format: 'phone', hint: 'The law requires the host’s phone number (LCEN art. 6).' },
  { name: 'website', label: 'Website', format: 'url' },
];

export const DPO_FIELDS: FieldSpec[] = [
  { name: 'label', label: 'Label (for editors)', required: true, hint: 'e.g. DPO of the Région, shared with the agencies.' },
  { name: 'name', label: 'Name or title to show on the page' },
  { name: 'email', label: 'E-mail', format: 'email' },
  { name: 'phone', label: 'Phone', format: 'phone' },
  { name: 'street', label: 'Street address' },
  { name: 'postalCode', label: 'Postal code' },
  { name: 'city', label: 'City' },
];

export const NEW_ORGANISATION = { nameInText: 'proper-name', kind: 'public-body', country: 'FR' };
export const NEW_HOST = { country: 'FR', kind: 'company' };

/** Fields left empty are not sent, so the server's defaults apply. */
export const filled = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
