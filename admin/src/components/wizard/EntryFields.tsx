import { Field, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { visibleSpecs, type FieldSpec } from './fields';
import type { FieldFormat } from '../../utils/wizardChecks';
import { useT } from '../../hooks/useT';

interface Props {
  /** Prefixes field names: `controller`, `publisher`, `host`, `dpo`. */
  scope: string;
  /** Names the translations: `organisation`, `host`, `dpo`. */
  group: string;
  specs: FieldSpec[];
  values: Record<string, string>;
  /** Messages by field name: a required field left empty, or the server's reason. */
  errors: Record<string, string>;
  onChange: (name: string, value: string) => void;
}

/** The input type that gives each format its keyboard on a phone; formats are checked by the wizard, not the browser. */
const INPUT_TYPES: Partial<Record<FieldFormat, string>> = { email: 'email', url: 'url', phone: 'tel' };

/** The form of a new entry: one labelled input per field, required ones marked and checked before the next step. */
export const EntryFields = ({ scope, group, specs, values, errors, onChange }: Props) => {
  const t = useT();
  return (
    <Grid.Root gap={4}>
      {visibleSpecs(specs, values).map((spec) => (
        <Grid.Item key={spec.name} col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name={`${scope}.${spec.name}`}
            required={spec.required}
            error={errors[spec.name]}
            hint={spec.hint ? t(`wizard.${group}.${spec.name}.hint`, spec.hint) : undefined}
          >
            <Field.Label>{t(`wizard.${group}.${spec.name}`, spec.label)}</Field.Label>
            {spec.type === 'select' ? (
              <SingleSelect value={values[spec.name] ?? ''} onChange={(value: string | number) => onChange(spec.name, String(value))}>
                {(spec.options ?? []).map((option) => (
                  <SingleSelectOption key={option.value} value={option.value}>
                    {t(`wizard.${group}.${spec.name}.${option.value}`, option.label)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            ) : (
              <TextInput
                type={(spec.format && INPUT_TYPES[spec.format]) || 'text'}
                value={values[spec.name] ?? ''}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(spec.name, e.target.value)}
              />
            )}
            <Field.Error />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};
