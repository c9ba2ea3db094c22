import { Alert, Box, Button, Field, Flex, Grid, Loader, ProgressBar, Radio, TextInput, Typography } from '@strapi/design-system';
import { BackButton, Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router-dom';
import { composerPath } from '../api';
import { AnswersStep } from '../components/wizard/AnswersStep';
import { DpoChoiceNote } from '../components/wizard/DpoChoiceNote';
import { EntryChoice } from '../components/wizard/EntryChoice';
import { ENTRY_STEPS, isEntryStep } from '../components/wizard/entrySteps';
import { ORGANISATION_FIELDS } from '../components/wizard/fields';
import { SiteStep } from '../components/wizard/SiteStep';
import { StarterChoice } from '../components/wizard/StarterChoice';
import { useStepIssueMessage } from '../hooks/useStepIssueMessage';
import { useT } from '../hooks/useT';
import { useSiteSetup, useStarterItems } from '../queries';
import { useLocaleName } from '../hooks/useLocaleName';
import { usePermissions } from '../hooks/usePermissions';
import {
  CONTROLLER_KINDS,
  initialState,
  stepIssues,
  STEPS,
  useSiteWizardSubmit,
  withKind,
  type ControllerKind,
  type LocaleTexts,
  type Step,
  type WizardState,
} from '../hooks/useSiteWizard';
import { PLUGIN_ID } from '../pluginId';
import { STEP_TITLES } from '../utils/labels';
import { focusFirstError } from '../utils/focus';


const PROGRESS = { editing: 0, creating: 30, starter: 65, done: 100 } as const;

/** The new-site wizard: from an empty site to the composer, one group of facts at a time. */
export const NewSitePage = () => {
  const { locale: uiLocale } = useIntl();
  const t = useT();
  const navigate = useNavigate();
  const options = useSiteSetup();
  const starter = useStarterItems(uiLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  const data = options.data && starter.data ? { options: options.data, starter: starter.data } : undefined;
  const error = options.error ?? starter.error;
  const loading = options.isLoading || starter.isLoading;
  const [state, setState] = useState<WizardState>();
  const [step, setStep] = useState<Step>(STEPS[0]);
  /** Set once "Next" found a problem on the step: its fields are then checked as they are edited. */
  const [checking, setChecking] = useState(false);
  /** Bumped to move the focus to the first refused field once the messages are on screen. */
  const [focusRequest, setFocusRequest] = useState(0);
  const form = useRef<HTMLDivElement>(null);
  const issueMessage = useStepIssueMessage();
  const { phase, site, failure, submit, skipStarter } = useSiteWizardSubmit();
  const permissions = usePermissions();
  const localeName = useLocaleName();
  const shownIssues = state && checking ? stepIssues(step, state) : [];

  useEffect(() => {
    if (data && !state) setState(initialState(data.options.locales));
  }, [data, state]);
  useEffect(() => {
    if (failure?.step) setStep(failure.step);
    setChecking(false);
  }, [failure]);
  useEffect(() => {
    if (focusRequest && form.current) focusFirstError(form.current);
  }, [focusRequest]);
  useEffect(() => {
    if (phase === 'done' && site) navigate(composerPath(site.documentId, 'privacy-policy', site.locales[0]));
  }, [phase, site, navigate]);

  if (!permissions.isLoading && !permissions.canCompose) return <Page.NoPermissions />;
  if (error) return <Page.Error />;
  if (loading || !data || !state || permissions.isLoading) return <Page.Loading />;

  const index = STEPS.indexOf(step);
  const update = (change: Partial<WizardState>) => setState({ ...state, ...change });
  const setTexts = (locale: string, change: Partial<LocaleTexts>) => update({ texts: { ...state.texts, [locale]: { ...state.texts[locale], ...change } } });
  /** The step's refused fields in plain words, and the field the server refused with its reason. */
  const errors: Record<string, string> = {
    ...(failure?.field && failure.fieldMessage && failure.step === step ? { [failure.field]: failure.fieldMessage } : {}),
    ...Object.fromEntries(shownIssues.map((issue) => [issue.field, issueMessage(issue)])),
  };
  const errorOf = (field: string): string | undefined => errors[field];
  const next = () => {
    if (stepIssues(step, state).length) {
      setChecking(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setChecking(false);
    if (index < STEPS.length - 1) setStep(STEPS[index + 1]);
    else void submit(state);
  };
  const back = () => {
    setChecking(false);
    setStep(STEPS[index - 1]);
  };
  const existing = {
    organisations: data.options.organisations.map((o) => ({ documentId: o.documentId, label: o.city ? `${o.name} (${o.city})` : o.name })),
    dpoContacts: data.options.dpoContacts.map((d) => ({ documentId: d.documentId, label: d.email ? `${d.label} (${d.email})` : d.label })),
  };
  const busy = phase === 'creating' || phase === 'starter';
  const chooseKind = (kind: ControllerKind) => setState(withKind(state, kind, data.options.designations, data.starter));
  const kindLabel = (kind: string) => t(`wizard.organisation.kind.${kind}`, ORGANISATION_FIELDS.find((f) => f.name === 'kind')?.options?.find((o) => o.value === kind)?.label ?? kind);
  const title = t('wizard.title', 'New site');

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={`/plugins/${PLUGIN_ID}`} />}
        title={title}
        subtitle={t('wizard.stepOf', 'Step {n} of {total}: {title}', { n: index + 1, total: STEPS.length, title: t(`wizard.step.${step}`, STEP_TITLES[step]) })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box tag="ol" aria-label={t('wizard.steps', 'Steps')}>
            <Flex gap={4} wrap="wrap">
              {STEPS.map((s, i) => (
                <Box tag="li" key={s} aria-current={s === step ? 'step' : undefined}>
                  <Typography fontWeight={s === step ? 'bold' : 'regular'} textColor={i <= index ? 'primary600' : 'neutral500'}>
                    {i + 1}. {t(`wizard.step.${s}`, STEP_TITLES[s])}
                  </Typography>
                </Box>
              ))}
            </Flex>
          </Box>
          {data.options.missingLocales.length ? (
            <Alert
              variant={data.options.locales.length ? 'default' : 'danger'}
              title={t('wizard.missingLocales.title', 'Not enabled in this app: {locales}', { locales: data.options.missingLocales.map(localeName).join(', ') })}
              closeLabel={t('common.close', 'Close')}
              action={<Link to="/settings/internationalization">{t('wizard.missingLocales.action', 'Open Settings → Internationalization')}</Link>}
            >
              {t(
                'wizard.missingLocales.body',
                'The legal pages are configured in these locales, but the app’s Internationalization settings lack them: add them there, then reload this page to write the site in them.'
              )}
            </Alert>
          ) : null}
          {failure ? (
            <Alert variant="danger" title={site ? t('wizard.starterFailed', 'The site was created, but the starter library was not added') : t('wizard.failed', 'The site was not created')} closeLabel={t('common.close', 'Close')}>
              {failure.message}
            </Alert>
          ) : null}
          {busy || (site && failure) ? (
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Flex direction="column" alignItems="stretch" gap={3} role="status" aria-live="polite">
                <ProgressBar value={PROGRESS[phase]} />
                <Typography>
                  {phase === 'creating' ? t('wizard.creating', 'Creating the site and its entries…') : null}
                  {phase === 'starter' && !failure ? t('wizard.addingStarter', 'Site created. Adding the starter library in every locale…') : null}
                </Typography>
                {busy && !failure ? <Loader small /> : null}
                {site && failure ? (
                  <Flex gap={2}>
                    <Button onClick={() => submit(state)}>{t('wizard.retry', 'Try again')}</Button>
                    <Button variant="tertiary" onClick={skipStarter}>
                      {t('wizard.skipStarter', 'Compose the pages without it')}
                    </Button>
                  </Flex>
                ) : null}
              </Flex>
            </Box>
          ) : (
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Flex direction="column" alignItems="stretch" gap={5} ref={form}>
                <Typography variant="beta" tag="h2">
                  {t(`wizard.step.${step}`, STEP_TITLES[step])}
                </Typography>
                {step === 'kind' ? (
                  <Field.Root
                    name="kind"
                    required
                    error={errorOf('kind')}
                    hint={t('wizard.kindHint', 'It decides the starter library offered, the short name the pages give the controller and the checks applied to its legal bases.')}
                  >
                    <Field.Label>{t('wizard.kind', 'Who is responsible for the processing on this site?')}</Field.Label>
                    <Radio.Group value={state.kind} onValueChange={(kind) => chooseKind(kind as ControllerKind)} aria-label={t('wizard.kind', 'Who is responsible for the processing on this site?')} name="kind">
                      {CONTROLLER_KINDS.map((kind) => (
                        <Radio.Item key={kind} value={kind}>
                          {kindLabel(kind)}
                        </Radio.Item>
                      ))}
                    </Radio.Group>
                    <Field.Error />
                    <Field.Hint />
                  </Field.Root>
                ) : null}
                {step === 'site' ? <SiteStep state={state} locales={data.options.locales} errorOf={errorOf} onChange={update} onTexts={setTexts} /> : null}
                {isEntryStep(step) ? (
                  <EntryChoice
                    key={step}
                    scope={step}
                    group={ENTRY_STEPS[step].group}
                    legend={ENTRY_STEPS[step].legend ? t(ENTRY_STEPS[step].legend.id, ENTRY_STEPS[step].legend.defaultMessage) : t(`wizard.step.${step}`, STEP_TITLES[step])}
                    modes={ENTRY_STEPS[step].modes.map(({ mode, id, defaultMessage }) => ({ mode, label: t(id, defaultMessage) }))}
                    existing={existing[ENTRY_STEPS[step].existing]}
                    specs={ENTRY_STEPS[step].specs}
                    value={state[step]}
                    errors={errors}
                    onChange={(value) => update({ [step]: value })}
                    note={step === 'dpo' ? <DpoChoiceNote mode={state.dpo.mode} kind={state.kind} /> : undefined}
                  />
                ) : null}
                {step === 'publisher' ? (
                  <Grid.Root gap={4}>
                    <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                      <Field.Root name="directorOfPublicationName" hint={t('wizard.directorHint', 'Usually the legal representative: the president, the mayor, the CEO.')}>
                        <Field.Label>{t('wizard.directorName', 'Director of publication')}</Field.Label>
                        <TextInput value={state.directorOfPublicationName} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ directorOfPublicationName: e.target.value })} />
                        <Field.Hint />
                      </Field.Root>
                    </Grid.Item>
                    {state.locales.map((l) => (
                      <Grid.Item key={l} col={6} s={12} direction="column" alignItems="stretch">
                        <Field.Root name={`texts.${l}.directorOfPublicationTitle`}>
                          <Field.Label>{t('wizard.directorTitle', 'Their title ({locale})', { locale: l })}</Field.Label>
                          <TextInput value={state.texts[l]?.directorOfPublicationTitle ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTexts(l, { directorOfPublicationTitle: e.target.value })} />
                        </Field.Root>
                      </Grid.Item>
                    ))}
                  </Grid.Root>
                ) : null}
                {step === 'answers' ? <AnswersStep answers={state.answers} errors={errors} onChange={(answers) => update({ answers })} /> : null}
                {step === 'starter' ? (
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    <Typography textColor="neutral600">
                      {t('wizard.starterIntro', 'Defaults for this kind of controller ({kind}) established in France, in fr and en, each with its legal basis, its retention period and the source of its rule: edit them afterwards in the Content Manager. Nothing you already entered is overwritten.', { kind: kindLabel(state.kind).toLowerCase() })}
                    </Typography>
                    <StarterChoice
                      items={data.starter.filter((item) => state.kind !== '' && item.kinds.includes(state.kind))}
                      chosen={state.starterKeys}
                      onChange={(starterKeys) => update({ starterKeys })}
                    />
                  </Flex>
                ) : null}
                <Flex justifyContent="space-between">
                  <Button variant="tertiary" disabled={index === 0} onClick={back}>
                    {t('wizard.back', 'Back')}
                  </Button>
                  <Button onClick={next}>{index === STEPS.length - 1 ? t('wizard.create', 'Create the site') : t('wizard.next', 'Next')}</Button>
                </Flex>
              </Flex>
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
