import { Box, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useLocaleName } from '../../hooks/useLocaleName';
import { useT } from '../../hooks/useT';
import { CONTROLLER_KINDS, type ControllerKind, type LocaleTexts, type WizardState } from '../../utils/wizard';

interface Props {
  state: WizardState;
  /** The locales pages can be composed in. */
  locales: string[];
  errorOf: (field: string) => string | undefined;
  onChange: (change: Partial<WizardState>) => void;
  onTexts: (locale: string, change: Partial<LocaleTexts>) => void;
}

/**
 * How to write the short name, with one example per kind of controller, the chosen kind first: the field takes the
 * noun alone, since the locale packs add its article ("la", "du", "à l’", "the") and agree the words with its gender.
 */
const DesignationExamples = ({ kind }: { kind: WizardState['kind'] }) => {
  const t = useT();
  const examples: Record<ControllerKind, string> = {
    'public-body': t('wizard.designationExample.publicBody', 'Public body: la Ville de Lyon → Ville, feminine (“la Ville”); in English, City.'),
    company: t('wizard.designationExample.company', 'Company: Acme SAS → Société, feminine (“la Société”); in English, Company.'),
    association: t('wizard.designationExample.association', 'Association: Les Amis du Rhône → Association, feminine (“l’Association”); in English, Association.'),
    person: t('wizard.designationExample.person', 'Natural person: Jean Martin, photographer → Photographe, masculine (“le Photographe”); in English, Photographer.'),
  };
  const ordered = kind ? [kind, ...CONTROLLER_KINDS.filter((k) => k !== kind)] : [...CONTROLLER_KINDS];
  return (
    <Box background="neutral100" padding={4} hasRadius>
      <Typography tag="p" textColor="neutral800">
        {t(
          'wizard.designationIntro',
          'After naming the controller in full, the pages use a short name: type the noun alone, without “la”, “le” or “the”, and choose its gender; the pages add the article and make the words agree. For example:'
        )}
      </Typography>
      <Box tag="ul" paddingTop={2} paddingLeft={4} aria-label={t('wizard.designationExamples', 'Examples of short names')}>
        {ordered.map((k) => (
          <Box tag="li" key={k} data-kind={k}>
            <Typography textColor="neutral700" fontWeight={k === kind ? 'bold' : 'regular'}>
              {examples[k]}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};

/** The site's name, address and locales, and the short name of its controller in each locale. */
export const SiteStep = ({ state, locales, errorOf, onChange, onTexts }: Props) => {
  const t = useT();
  const localeName = useLocaleName();
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root name="name" required error={errorOf('name')} hint={t('wizard.nameHint', 'As readers know it, e.g. “Open data platform of the Région”.')}>
          <Field.Label>{t('wizard.name', 'Site name')}</Field.Label>
          <TextInput value={state.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ name: e.target.value })} />
          <Field.Error />
          <Field.Hint />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root name="baseUrl" required error={errorOf('baseUrl')}>
          <Field.Label>{t('wizard.baseUrl', 'Address (URL)')}</Field.Label>
          <TextInput type="url" value={state.baseUrl} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ baseUrl: e.target.value })} />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <Field.Root name="locales" required error={errorOf('locales')}>
          <Field.Label>{t('wizard.locales', 'Locales of the pages')}</Field.Label>
          <Flex gap={4}>
            {locales.map((l) => (
              <Checkbox
                key={l}
                checked={state.locales.includes(l)}
                onCheckedChange={(checked) => onChange({ locales: locales.filter((o) => (o === l ? checked === true : state.locales.includes(o))) })}
              >
                {localeName(l)}
              </Checkbox>
            ))}
          </Flex>
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      {state.locales.length ? (
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <DesignationExamples kind={state.kind} />
        </Grid.Item>
      ) : null}
      {state.locales.map((l) => (
        <Grid.Item key={l} col={6} s={12} direction="column" alignItems="stretch" gap={2}>
          <Field.Root
            name={`texts.${l}.designation`}
            required
            error={errorOf(`texts.${l}.designation`)}
            hint={t('wizard.designationHint', 'How the page names the controller in short, e.g. “Région” for “la Région”.')}
          >
            <Field.Label>{t('wizard.designation', 'Short name in the text ({locale})', { locale: l })}</Field.Label>
            <TextInput value={state.texts[l]?.designation ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onTexts(l, { designation: e.target.value })} />
            <Field.Error />
            <Field.Hint />
          </Field.Root>
          <Field.Root name={`texts.${l}.designationGender`} hint={t('wizard.genderHint', 'The article and the agreements follow it: “la Société” (feminine), “le Syndicat” (masculine).')}>
            <Field.Label>{t('wizard.gender', 'Its grammatical gender ({locale})', { locale: l })}</Field.Label>
            <SingleSelect value={state.texts[l]?.designationGender ?? 'feminine'} onChange={(v: string | number) => onTexts(l, { designationGender: v === 'masculine' ? 'masculine' : 'feminine' })}>
              <SingleSelectOption value="feminine">{t('wizard.feminine', 'Feminine (la Région)')}</SingleSelectOption>
              <SingleSelectOption value="masculine">{t('wizard.masculine', 'Masculine (le Département)')}</SingleSelectOption>
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};
