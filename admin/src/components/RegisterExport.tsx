import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage, saveDownload, useLegalPagesApi, type RegisterFormat } from '../api';
import { useLocaleName } from '../hooks/useLocaleName';
import { REGISTER_FORMAT_LABELS } from '../utils/labels';
import { getTranslation } from '../utils/translations';

interface Props {
  locales: string[];
  defaultLocale: string;
}

const FORMATS = Object.keys(REGISTER_FORMAT_LABELS) as RegisterFormat[];

/** The DPO's record of processing activities (GDPR Art. 30), in one language and one format. */
export const RegisterExport = ({ locales, defaultLocale }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const api = useLegalPagesApi();
  const localeName = useLocaleName();
  const [format, setFormat] = useState<RegisterFormat>('xlsx');
  const [locale, setLocale] = useState(defaultLocale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      saveDownload(await api.registerFile(format, locale));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root onOpenChange={() => setError(null)}>
      <Modal.Trigger>
        <Button variant="secondary" startIcon={<Download />}>
          {t('register.export', 'Export the register')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close', 'Close')}>
          <Modal.Title>{t('register.title', 'Record of processing activities')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>
              {t('register.intro', 'One entry per processing activity (GDPR Art. 30), with the sites and published pages that state it and the items still missing.')}
            </Typography>
            <Field.Root name="register-format">
              <Field.Label>{t('register.format', 'Format')}</Field.Label>
              <SingleSelect value={format} onChange={(value: string | number) => setFormat(value as RegisterFormat)}>
                {FORMATS.map((value) => (
                  <SingleSelectOption key={value} value={value}>
                    {t(`register.format.${value}`, REGISTER_FORMAT_LABELS[value])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="register-locale" hint={t('register.localeHint', 'Every text of the register is in this language.')}>
              <Field.Label>{t('register.locale', 'Language')}</Field.Label>
              <SingleSelect value={locale} onChange={(value: string | number) => setLocale(String(value))}>
                {locales.map((code) => (
                  <SingleSelectOption key={code} value={code}>
                    {localeName(code)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
            {error ? (
              <Typography textColor="danger600" role="alert">
                {error}
              </Typography>
            ) : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={download} loading={busy} startIcon={<Download />}>
            {t('register.download', 'Download')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
