import { useCallback } from 'react';
import type { StepIssue } from '../utils/wizardChecks';
import { useT } from './useT';

/** A refused wizard field in plain words, in the admin's language: what is wrong and what to do. */
export const useStepIssueMessage = () => {
  const t = useT();
  return useCallback(
    (issue: StepIssue): string => {
      switch (issue.code) {
        case 'required':
          if (issue.field === 'kind') return t('wizard.kindRequired', 'Choose the kind of controller.');
          if (issue.field === 'locales') return t('wizard.localesRequired', 'Choose at least one locale.');
          if (issue.field === 'documentId') return t('wizard.chooseOne', 'Choose an entry.');
          return t('wizard.required', 'This field is required.');
        case 'url':
          return issue.field === 'baseUrl'
            ? t('wizard.urlInvalid', 'Enter the site’s address, starting with https://')
            : t('wizard.invalid.url', 'Enter a full web address starting with https://, e.g. https://www.example.fr.');
        case 'email':
          return t('wizard.invalid.email', 'This e-mail address looks mistyped: check it, e.g. contact@example.fr.');
        case 'phone':
          return t('wizard.invalid.phone', 'This phone number looks mistyped: digits, spaces and dots only, e.g. 01 23 45 67 89 or +33 1 23 45 67 89.');
        case 'country':
          return t('wizard.invalid.country', 'Two capital letters, e.g. FR.');
        case 'amount':
          return t('wizard.invalid.amount', 'Type an amount in euros, e.g. 10 000 or 10000.50.');
        case 'siren-length':
          return t('wizard.invalid.sirenLength', 'A SIREN has 9 digits: check the number.');
        case 'siren-check-digit':
          return t('wizard.invalid.sirenCheckDigit', 'This SIREN looks mistyped: check the digits.');
        case 'designation-article':
          return issue.noun
            ? t('wizard.invalid.designationArticle', 'Type “{noun}” without “{article}”: the pages add the article themselves.', { noun: issue.noun, article: issue.article ?? '' })
            : t('wizard.invalid.designationOnlyArticle', 'Type the noun itself, e.g. “Région”: the pages add the article.');
      }
    },
    [t]
  );
};
