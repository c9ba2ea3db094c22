import { Alert, Box, Button, Checkbox, DateTimePicker, Field, Flex, Modal, NumberInput, ProgressBar, Radio, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { PageRef, Preview, VersionSummary } from '../api';
import type { PublishRequest } from '../../../shared/contracts/pages';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useLocaleName } from '../hooks/useLocaleName';
import { useT } from '../hooks/useT';
import { usePublish } from '../queries';
import { addDays, timeZoneLabel } from '../utils/dates';
import { Checklist } from './Checklist';

interface Props {
  open: boolean;
  page: PageRef;
  preview: Preview | undefined;
  /** The page's notice period: the default of "in N days". */
  delayDays: number;
  /** The site's other locales, which the editor may publish in the same step. */
  otherLocales: string[];
  onClose: () => void;
  onPublished: (version: VersionSummary) => void;
}

interface Progress {
  done: number;
  total: number;
  current?: string;
  failures: Array<{ locale: string; message: string }>;
}

type When = 'now' | 'days' | 'date';

/** When the version takes effect, as the request says it: "now" and "in N days" by the server's clock. */
const effectiveBody = (when: When, days: number | undefined, date: Date | undefined): PublishRequest =>
  when === 'date' ? { effectiveAt: date?.toISOString() } : { effectiveInDays: when === 'days' ? (days ?? 0) : 0 };

/** Confirms a publication: when it takes effect, what changed, what the checks found, and in which locales. */
export const PublishDialog = ({ open, page, preview, delayDays, otherLocales, onClose, onPublished }: Props) => {
  const { formatDate } = useIntl();
  const t = useT();
  const errorMessage = useErrorMessage();
  const publish = usePublish();
  const localeName = useLocaleName();
  const { toggleNotification } = useNotification();
  const [when, setWhen] = useState<When>('now');
  const [days, setDays] = useState<number | undefined>(delayDays);
  const [date, setDate] = useState<Date | undefined>();
  // The date field is red only once the editor has touched it, not as soon as "on a date" is chosen.
  const [dateTouched, setDateTouched] = useState(false);
  /** One summary per locale: each locale's version is read in its own language. */
  const [summaries, setSummaries] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [alsoIn, setAlsoIn] = useState<string[]>([]);
  const [progress, setProgress] = useState<Progress>();
  /** Locales already published from this dialog: trying again after a failure must not publish them twice. */
  const [published, setPublished] = useState<Record<string, VersionSummary>>({});

  useEffect(() => {
    if (open) {
      setWhen(delayDays > 0 ? 'days' : 'now');
      setDays(delayDays);
      setDate(undefined);
      setDateTouched(false);
      setSummaries({});
      setFailure(undefined);
      setAlsoIn([]);
      setProgress(undefined);
      setPublished({});
    }
  }, [open, delayDays]);

  const dateMissing = when === 'date' && !date;
  const daysMissing = when === 'days' && days === undefined;
  const blocked = preview?.blocked ?? false;
  const chosen = [page.locale, ...alsoIn];
  // Offsets move with summer time: the one shown is the one of the date chosen.
  const shownDate = when === 'date' ? date : when === 'days' && days !== undefined ? addDays(new Date(), days) : undefined;
  const zone = timeZoneLabel(shownDate ?? new Date());
  const dateTime = (value: Date | string) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });

  /** Publishes this locale, then each other chosen locale in turn; one locale's failure does not stop the others. */
  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    const dated = effectiveBody(when, days, date);
    const locales = chosen.filter((locale) => !published[locale]);
    const failures: Progress['failures'] = [];
    const done: Record<string, VersionSummary> = { ...published };
    for (const [i, locale] of locales.entries()) {
      if (chosen.length > 1) setProgress({ done: i, total: locales.length, current: locale, failures: [...failures] });
      try {
        const summary = summaries[locale]?.trim();
        done[locale] = await publish.mutateAsync({ page: { ...page, locale }, body: { ...dated, ...(summary ? { changeSummary: summary } : {}) } });
      } catch (e) {
        failures.push({ locale, message: errorMessage(e) });
      }
    }
    setPublished(done);
    if (chosen.length > 1) setProgress({ done: locales.length, total: locales.length, failures });
    setBusy(false);

    const own = done[page.locale];
    if (own && !published[page.locale]) {
      toggleNotification({
        type: 'success',
        message: t('publish.success', 'Version {number} published; in force from {date}.', {
          number: own.number,
          date: dateTime(own.effectiveAt),
        }),
      });
    }
    if (failures.length === 0 && own) {
      onPublished(own);
      return;
    }
    const message = failures.map((f) => (chosen.length > 1 ? `${f.locale}: ${f.message}` : f.message)).join('\n');
    setFailure(message);
    toggleNotification({ type: 'danger', message });
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
                <span style={{ whiteSpace: 'pre-line' }}>{failure}</span>
              </Alert>
            ) : null}
            {blocked ? (
              <Alert variant="danger" title={t('publish.blockedTitle', 'Publication blocked')} closeLabel={t('common.close', 'Close')}>
                {t('publish.blocked', 'Fix the errors below before publishing.')}
              </Alert>
            ) : null}
            <Field.Root name="when">
              <Field.Label>{t('publish.when', 'Takes effect')}</Field.Label>
              <Radio.Group value={when} onValueChange={(v) => setWhen(v === 'date' || v === 'days' ? v : 'now')} aria-label={t('publish.when', 'Takes effect')}>
                <Radio.Item value="now">{t('publish.now', 'Now')}</Radio.Item>
                <Radio.Item value="days">{t('publish.inDays', 'In {days, plural, one {# day} other {# days}}', { days: days ?? 0 })}</Radio.Item>
                <Radio.Item value="date">{t('publish.later', 'On a date')}</Radio.Item>
              </Radio.Group>
            </Field.Root>
            {when === 'days' ? (
              <Field.Root
                name="effectiveInDays"
                required
                error={daysMissing ? t('publish.daysRequired', 'Say in how many days the new version takes effect.') : undefined}
                hint={
                  delayDays > 0
                    ? t('publish.daysHint', 'The page’s notice period is {days, plural, one {# day} other {# days}}.', { days: delayDays })
                    : t('publish.daysHintNone', 'The page has no notice period: set one in its “Notice period (days)” field.')
                }
              >
                <Field.Label>{t('publish.days', 'Number of days')}</Field.Label>
                <NumberInput value={days} min={0} max={365} step={1} onValueChange={(v) => setDays(v === undefined ? undefined : Math.max(0, Math.round(v)))} />
                {daysMissing ? <Field.Error /> : <Field.Hint />}
              </Field.Root>
            ) : null}
            {when === 'date' ? (
              <Field.Root name="effectiveAt" required error={dateMissing && dateTouched ? t('publish.dateRequired', 'Choose the date the new version takes effect.') : undefined}>
                <Field.Label>{t('publish.date', 'Effective date')}</Field.Label>
                <DateTimePicker
                  value={date ?? null}
                  minDate={new Date()}
                  onChange={(d) => {
                    setDateTouched(true);
                    setDate(d);
                  }}
                  clearLabel={t('common.clear', 'Clear')}
                />
                <Field.Error />
              </Field.Root>
            ) : null}
            {shownDate ? (
              <Typography variant="pi" textColor="neutral600" data-testid="publish-effective">
                {t('publish.effectiveOn', 'In force from {date}, time zone {zone}.', { date: dateTime(shownDate), zone })}
              </Typography>
            ) : when === 'date' ? (
              <Typography variant="pi" textColor="neutral600" data-testid="publish-effective">
                {t('publish.timeZone', 'Times are in the time zone {zone}.', { zone })}
              </Typography>
            ) : null}
            {otherLocales.length ? (
              <Field.Root name="alsoIn" hint={t('publish.alsoInHint', 'Each locale gets its own version, with the same date and its own change summary.')}>
                <Field.Label>{t('publish.alsoIn', 'Also publish in these locales')}</Field.Label>
                <Flex gap={4} wrap="wrap">
                  {otherLocales.map((locale) => (
                    <Checkbox
                      key={locale}
                      checked={alsoIn.includes(locale) || Boolean(published[locale])}
                      disabled={busy || Boolean(published[locale])}
                      onCheckedChange={(checked) => setAlsoIn((list) => (checked === true ? [...list.filter((l) => l !== locale), locale] : list.filter((l) => l !== locale)))}
                    >
                      {localeName(locale)}
                    </Checkbox>
                  ))}
                </Flex>
                <Field.Hint />
              </Field.Root>
            ) : null}
            {progress ? (
              <Flex direction="column" alignItems="stretch" gap={2} role="status" aria-live="polite">
                <ProgressBar value={Math.round((progress.done / progress.total) * 100)} />
                <Typography variant="pi">
                  {progress.current
                    ? t('publish.progress', 'Publishing {done} of {total} ({locale})…', { done: progress.done + 1, total: progress.total, locale: progress.current })
                    : t('publish.progressDone', '{published, plural, one {# locale} other {# locales}} of {total} published.', { published: progress.total - progress.failures.length, total: progress.total })}
                </Typography>
              </Flex>
            ) : null}
            {chosen.map((locale) => (
              <Field.Root key={locale} name={`changeSummary-${locale}`} hint={t('publish.summaryHint', 'Shown to readers in the page’s history, e.g. “New data protection officer”.')}>
                <Field.Label>
                  {chosen.length > 1 ? t('publish.summaryIn', 'Change summary — {locale}', { locale: localeName(locale) }) : t('publish.summary', 'Change summary')}
                </Field.Label>
                <Textarea
                  value={summaries[locale] ?? ''}
                  maxLength={2000}
                  disabled={Boolean(published[locale])}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setSummaries((all) => ({ ...all, [locale]: e.target.value }))}
                />
                <Field.Hint />
              </Field.Root>
            ))}
            <Box>
              <Typography variant="delta" tag="h3">
                {t('checklist.title', 'Compliance checklist')}
              </Typography>
              <Box paddingTop={2}>
                {preview ? <Checklist findings={preview.findings} problems={preview.problems} compact /> : null}
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
          <Button onClick={confirm} loading={busy} disabled={blocked || dateMissing || daysMissing || busy}>
            {t('publish.confirm', 'Publish')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
