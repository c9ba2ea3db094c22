import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/translations';

export type Translate = (id: string, defaultMessage: string, values?: Record<string, string | number>) => string;

/** The plugin's messages: `t('history.title', 'History')` reads `legal-pages.history.title`, else the English default. */
export const useT = (): Translate => {
  const { formatMessage } = useIntl();
  return useCallback<Translate>((id, defaultMessage, values) => formatMessage({ id: getTranslation(id), defaultMessage }, values), [formatMessage]);
};
