import { Alert, Box, Button, DateTimePicker, Field, Flex, Modal, Radio, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage, useLegalPagesApi, type PageRef, type Preview, type PublishedVersion } from '../api';
import { getTranslation } from '../utils/translations';
import { Checklist } from './Checklist';

interface Props {
  open: boolean;
  page: PageRef;
  preview: Preview | undefined;
  delayDays: number;
  onClose: () => void;
  onPublished: (version: PublishedVersion) => void;
}

/** Confirms a publication: when it takes effect, what changed, and what the checks found. */
export const PublishDialog = ({ open, page, preview, delayDays, onClose, onPublished }: Props) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const api = useLegalPagesApi();
  const { toggleNotification } = useNotification();
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [date, setDate] = useState<Date | undefined>();
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    if (open) {
      setWhen('now');
      setDate(undefined);
      setSummary('');
      setFailure(undefined);
    }
  }, [open]);

  const dateMissing = when === 'later' && !date;
  const blocked = preview?.blocked ?? false;

  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const body: { effectiveAt?: string; changeSummary?: string } = {};
      if (when === 'later' && date) body.effectiveAt = date.toISOString();
      if (summary.trim()) body.changeSummary = summary.trim();
      const version = await api.publish(page, body);
      toggleNotification({
        type: 'success',
        message: t('publish.success', 'Version {number} published; in force from {date}.', {
          number: version.number,
          date: formatDate(version.effectiveAt, { dateStyle: 'medium', timeStyle: 'short' }),
        }),
      });
      onPublished(version);
    } catch (e) {
      const message = errorMessage(e);
      setFailure(message);
      toggleNotification({ type: 'danger', message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => (next || busy ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close', 'Close')}>
          <Modal.Title>{t('publish.title', 'Publish this page')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={5}>
            {failure ? (
              <Alert variant="danger" title={t('publish.failed', 'Publication failed')} closeLabel={t('common.close', 'Close')} onClose={() => setFailure(undefined)}>
                {failure}
              </Alert>
            ) : null}
            {blocked ? (
              <Alert variant="danger" title={t('publish.blockedTitle', 'Publication blocked')} closeLabel={t('common.close', 'Close')}>
                {t('publish.blocked', 'Fix the errors below before publishing.')}
              </Alert>
            ) : null}
            <Field.Root name="when">
              <Field.Label>{t('publish.when', 'Takes effect')}</Field.Label>
              <Radio.Group value={when} onValueChange={(v) => setWhen(v === 'later' ? 'later' : 'now')} aria-label={t('publish.when', 'Takes effect')}>
                <Radio.Item value="now">
                  {delayDays > 0 ? t('publish.nowDelayed', 'After the page’s usual notice ({days, plural, one {# day} other {# days}})', { days: delayDays }) : t('publish.now', 'Now')}
                </Radio.Item>
                <Radio.Item value="later">{t('publish.later', 'On a date')}</Radio.Item>
              </Radio.Group>
            </Field.Root>
            {when === 'later' ? (
              <Field.Root name="effectiveAt" required error={dateMissing ? t('publish.dateRequired', 'Choose the date the new version takes effect.') : undefined}>
                <Field.Label>{t('publish.date', 'Effective date')}</Field.Label>
                <DateTimePicker value={date ?? null} minDate={new Date()} onChange={(d) => setDate(d)} clearLabel={t('common.clear', 'Clear')} />
                <Field.Error />
              </Field.Root>
            ) : null}
            <Field.Root name="changeSummary" hint={t('publish.summaryHint', 'Shown to readers in the page’s history, e.g. “New data protection officer”.')}>
              <Field.Label>{t('publish.summary', 'Change summary')}</Field.Label>
              <Textarea value={summary} maxLength={2000} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setSummary(e.target.value)} />
              <Field.Hint />
            </Field.Root>
            <Box>
              <Typography variant="delta" tag="h3">
                {t('checklist.title', 'Compliance checklist')}
              </Typography>
              <Box paddingTop={2}>
                {preview ? <Checklist findings={preview.findings} problems={preview.problems} documentId={page.documentId} locale={page.locale} compact /> : null}
              </Box>
            </Box>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary" disabled={busy}>
              {t('common.cancel', 'Cancel')}
            </Button>
          </Modal.Close>
          <Button onClick={confirm} loading={busy} disabled={blocked || dateMissing || busy}>
            {t('publish.confirm', 'Publish')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
