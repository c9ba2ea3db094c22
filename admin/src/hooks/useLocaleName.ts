import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/** A content locale as the admin's reader calls it, code included: "English (en)", "anglais (en)". */
export const useLocaleName = () => {
  const { locale } = useIntl();
  return useMemo(() => {
    const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'language' }) : undefined;
    return (code: string) => {
      const name = names?.of(code);
      return name && name !== code ? `${name} (${code})` : code;
    };
  }, [locale]);
};
