import type { ChoiceMode } from './EntryChoice';
import { DPO_FIELDS, HOST_FIELDS, ORGANISATION_FIELDS, type FieldSpec } from './fields';

interface EntryStep {
  /** Names the fields' translations. */
  group: 'organisation' | 'host' | 'dpo';
  specs: FieldSpec[];
  /** Which list of existing entries the step offers. */
  existing: 'organisations' | 'dpoContacts';
  /** Without one, the step's title. */
  legend?: { id: string; defaultMessage: string };
  modes: Array<{ mode: ChoiceMode; id: string; defaultMessage: string }>;
}

const NEW_ORGANISATION = { mode: 'new', id: 'wizard.mode.newOrganisation', defaultMessage: 'Enter a new organisation' } as const;
const EXISTING_ORGANISATION = { mode: 'existing', id: 'wizard.mode.existingOrganisation', defaultMessage: 'Choose an organisation already entered' } as const;

/** The wizard's steps that link or create one entry: what each offers and how it is labelled. */
export const ENTRY_STEPS: Record<'controller' | 'dpo' | 'publisher' | 'host', EntryStep> = {
  controller: {
    group: 'organisation',
    specs: ORGANISATION_FIELDS,
    existing: 'organisations',
    modes: [NEW_ORGANISATION, EXISTING_ORGANISATION],
  },
  dpo: {
    group: 'dpo',
    specs: DPO_FIELDS,
    existing: 'dpoContacts',
    modes: [
      { mode: 'new', id: 'wizard.mode.newDpo', defaultMessage: 'Enter the DPO’s contact' },
      { mode: 'existing', id: 'wizard.mode.existingDpo', defaultMessage: 'Choose a DPO contact already entered' },
      { mode: 'notAppointed', id: 'wizard.mode.dpoNotAppointed', defaultMessage: 'No DPO appointed' },
      { mode: 'none', id: 'wizard.mode.dpoLater', defaultMessage: 'Decide later (the checklist will ask whether one is appointed)' },
    ],
  },
  publisher: {
    group: 'organisation',
    specs: ORGANISATION_FIELDS,
    existing: 'organisations',
    legend: { id: 'wizard.publisher', defaultMessage: 'Publisher' },
    modes: [{ mode: 'same', id: 'wizard.mode.sameAsController', defaultMessage: 'The data controller publishes the site' }, NEW_ORGANISATION, EXISTING_ORGANISATION],
  },
  host: {
    group: 'host',
    specs: HOST_FIELDS,
    existing: 'organisations',
    modes: [
      { mode: 'new', id: 'wizard.mode.newHost', defaultMessage: 'Enter the host' },
      EXISTING_ORGANISATION,
      { mode: 'none', id: 'wizard.mode.noHost', defaultMessage: 'Later (the legal notice needs it)' },
    ],
  },
};

export type EntryStepName = keyof typeof ENTRY_STEPS;

export const isEntryStep = (step: string): step is EntryStepName => step in ENTRY_STEPS;
