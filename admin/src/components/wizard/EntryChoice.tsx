import { Combobox, ComboboxOption, Field, Flex, Radio } from '@strapi/design-system';
import { EntryFields } from './EntryFields';
import type { FieldSpec } from './fields';
import { useT } from '../../hooks/useT';

/** `none`: decided later; `notAppointed`: the answer that there is none (a DPO contact that says so). */
export type ChoiceMode = 'new' | 'existing' | 'none' | 'same' | 'notAppointed';

export interface EntryChoiceValue {
  mode: ChoiceMode;
  documentId: string;
  values: Record<string, string>;
}

interface Props {
  scope: string;
  group: string;
  legend: string;
  /** The modes offered, in order, with their labels. */
  modes: Array<{ mode: ChoiceMode; label: string }>;
  existing: Array<{ documentId: string; label: string }>;
  specs: FieldSpec[];
  value: EntryChoiceValue;
  errors: Record<string, string>;
  onChange: (value: EntryChoiceValue) => void;
  /** What the chosen mode means for the pages, shown under the choice. */
  note?: React.ReactNode;
}

/** Links an entry already entered, creates a new one, or (where allowed) none or the same as another. */
export const EntryChoice = ({ scope, group, legend, modes, existing, specs, value, errors, onChange, note }: Props) => {
  const t = useT();
  const offered = modes.filter((m) => m.mode !== 'existing' || existing.length > 0);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Radio.Group value={value.mode} onValueChange={(mode) => onChange({ ...value, mode: mode as ChoiceMode })} aria-label={legend} name={`${scope}.mode`}>
        {offered.map((m) => (
          <Radio.Item key={m.mode} value={m.mode}>
            {m.label}
          </Radio.Item>
        ))}
      </Radio.Group>
      {note}
      {value.mode === 'existing' ? (
        <Field.Root name={`${scope}.documentId`} required error={errors.documentId}>
          <Field.Label>{t('wizard.existing', 'Entry')}</Field.Label>
          {/* The design system's own placeholder and empty-list message are English: the wizard passes its own. */}
          <Combobox
            value={value.documentId}
            onChange={(documentId?: string) => onChange({ ...value, documentId: documentId ?? '' })}
            autocomplete="list"
            placeholder={t('wizard.existingPlaceholder', 'Choose an entry, or type to filter the list')}
            noOptionsMessage={(text: string) => t('wizard.noMatch', 'No entry matches “{text}”', { text })}
          >
            {existing.map((entry) => (
              <ComboboxOption key={entry.documentId} value={entry.documentId}>
                {entry.label}
              </ComboboxOption>
            ))}
          </Combobox>
          <Field.Error />
        </Field.Root>
      ) : null}
      {value.mode === 'new' ? (
        <EntryFields scope={scope} group={group} specs={specs} values={value.values} errors={errors} onChange={(name, v) => onChange({ ...value, values: { ...value.values, [name]: v } })} />
      ) : null}
    </Flex>
  );
};
