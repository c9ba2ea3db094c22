import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useState } from 'react';
import { useMutation } from 'react-query';
import { saveDownload, useLegalPagesApi, type RegisterFormat } from '../api';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useLocaleName } from '../hooks/useLocaleName';
import { useT } from '../hooks/useT';
import { REGISTER_FORMAT_LABELS } from '../utils/labels';

interface Props {
  locales: string[];
  defaultLocale: string;
}

const FORMATS = Object.keys(REGISTER_FORMAT_LABELS) as RegisterFormat[];

/** The DPO's record of processing activities (GDPR Art. 30), in one language and one format. */
export const RegisterExport = ({ locales, defaultLocale }: Props) => {
  const t = useT();
  const api = useLegalPagesApi();
  const errorMessage = useErrorMessage();
  const localeName = useLocaleName();
  const [format, setFormat] = useState<RegisterFormat>('xlsx');
  const [locale, setLocale] = useState(defaultLocale);
  const file = useMutation(() => api.registerFile(format, locale), { onSuccess: saveDownload });
  const busy = file.isLoading;
  const error = file.error ? errorMessage(file.error) : null;
  const download = () => file.mutate();

  return (
    <Modal.Root onOpenChange={() => file.reset()}>
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
