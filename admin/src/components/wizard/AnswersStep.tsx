import { Field, Flex, Radio, Typography } from '@strapi/design-system';
import { ANSWER_QUESTIONS, type AnswerField } from '../../utils/labels';
import { useT } from '../../hooks/useT';

type Answers = Record<AnswerField, '' | 'yes' | 'no'>;

/** The radio value of an open question (radio values cannot be empty). */
const LATER = 'later';

interface Props {
  answers: Answers;
  errors: Record<string, string>;
  onChange: (answers: Answers) => void;
}

/** The yes/no questions behind the pages' statements of fact; each may stay open, for the checklist to ask later. */
export const AnswersStep = ({ answers, errors, onChange }: Props) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Typography textColor="neutral600">
        {t('wizard.answers.intro', 'The pages state only what you answer here. A question left open is not taken as “no”: the page says nothing about it and the checklist asks it again.')}
      </Typography>
      {(Object.entries(ANSWER_QUESTIONS) as Array<[AnswerField, readonly [string, string]]>).map(([field, [question, hint]]) => (
        <Field.Root key={field} name={field} error={errors[field]} hint={t(`wizard.answers.${field}.hint`, hint)}>
          <Field.Label>{t(`wizard.answers.${field}`, question)}</Field.Label>
          <Radio.Group
            value={answers[field] || LATER}
            onValueChange={(value) => onChange({ ...answers, [field]: value === LATER ? '' : (value as 'yes' | 'no') })}
            aria-label={t(`wizard.answers.${field}`, question)}
            name={field}
          >
            <Radio.Item value="yes">{t('wizard.answers.yes', 'Yes')}</Radio.Item>
            <Radio.Item value="no">{t('wizard.answers.no', 'No')}</Radio.Item>
            <Radio.Item value={LATER}>{t('wizard.answers.later', 'Not answered yet (the checklist will ask)')}</Radio.Item>
          </Radio.Group>
          <Field.Error />
          <Field.Hint />
        </Field.Root>
      ))}
    </Flex>
  );
};
