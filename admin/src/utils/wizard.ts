/**
 * The new-site wizard's steps without React: the state, what each step still misses, the request it sends and where a
 * server error sends the editor back to. The hook (hooks/useSiteWizard.ts) submits it.
 */
import type { EntryRef, NewSiteRequest, SiteSetupOptions, StarterLibraryItem } from '../../../shared/contracts';
import type { EntryChoiceValue } from '../components/wizard/EntryChoice';
import { ENTRY_STEPS } from '../components/wizard/entrySteps';
import { NEW_HOST, NEW_ORGANISATION, filled, visibleSpecs, type FieldSpec } from '../components/wizard/fields';
import { parseAmount } from '../../../server/src/core/fields/amount';
import { ANSWER_QUESTIONS, type AnswerField } from './labels';
import { baseUrlIssue, choiceIssues, designationIssue, type StepIssue } from './wizardChecks';

export const STEPS = ['kind', 'site', 'controller', 'dpo', 'publisher', 'host', 'answers', 'starter'] as const;
export type Step = (typeof STEPS)[number];

/** The kinds of controller the wizard asks about first: each has its starter set and its default designation. */
export const CONTROLLER_KINDS = ['public-body', 'company', 'association', 'person'] as const;
export type ControllerKind = (typeof CONTROLLER_KINDS)[number];

export interface LocaleTexts {
  designation: string;
  designationGender: 'feminine' | 'masculine';
  directorOfPublicationTitle: string;
}

export interface WizardState {
  /** Empty until the editor chooses. */
  kind: ControllerKind | '';
  name: string;
  baseUrl: string;
  locales: string[];
  texts: Record<string, LocaleTexts>;
  controller: EntryChoiceValue;
  dpo: EntryChoiceValue;
  publisher: EntryChoiceValue;
  directorOfPublicationName: string;
  host: EntryChoiceValue;
  /** '' while not answered: the question stays open, for the checklist to ask. */
  answers: Record<AnswerField, '' | 'yes' | 'no'>;
  starterKeys: string[];
}

export type Phase = 'editing' | 'creating' | 'starter' | 'done';

const choice = (mode: EntryChoiceValue['mode'], values: Record<string, string> = {}): EntryChoiceValue => ({ mode, documentId: '', values });
const emptyTexts = (): LocaleTexts => ({ designation: '', designationGender: 'feminine', directorOfPublicationTitle: '' });

export const initialState = (locales: string[]): WizardState => ({
  kind: '',
  name: '',
  baseUrl: 'https://',
  locales,
  texts: Object.fromEntries(locales.map((l) => [l, emptyTexts()])),
  controller: choice('new', NEW_ORGANISATION),
  dpo: choice('new', { appointed: 'true' }),
  publisher: choice('same', NEW_ORGANISATION),
  directorOfPublicationName: '',
  host: choice('new', NEW_HOST),
  answers: Object.fromEntries(Object.keys(ANSWER_QUESTIONS).map((field) => [field, ''])) as WizardState['answers'],
  starterKeys: [],
});

type Designations = SiteSetupOptions['designations'];

/**
 * The state once the editor picks a kind of controller: the new controller's kind, the kind's starter set, and its
 * designation wherever the editor left the field empty or kept another kind's default.
 */
export const withKind = (state: WizardState, kind: ControllerKind, designations: Designations, starter: StarterLibraryItem[]): WizardState => {
  const isDefault = (locale: string, text: string) =>
    text.trim() === '' || CONTROLLER_KINDS.some((k) => designations[k]?.[locale]?.designation === text.trim());
  const texts = Object.fromEntries(
    Object.entries(state.texts).map(([locale, t]) => {
      if (!isDefault(locale, t.designation)) return [locale, t];
      const fallback = designations[kind]?.[locale];
      return [locale, { ...t, designation: fallback?.designation ?? '', designationGender: fallback?.designationGender ?? t.designationGender }];
    })
  );
  return {
    ...state,
    kind,
    texts,
    controller: { ...state.controller, values: { ...state.controller.values, kind } },
    starterKeys: starter.filter((item) => item.kinds.includes(kind)).map((item) => item.key),
  };
};


/**
 * What a step would have the server refuse, in the order of its fields, so "Next" stops there and the first bad field
 * gets the focus.
 */
export const stepIssues = (step: Step, state: WizardState): StepIssue[] => {
  const present = (issue: StepIssue | null): StepIssue[] => (issue ? [issue] : []);
  switch (step) {
    case 'kind':
      return state.kind ? [] : [{ field: 'kind', code: 'required' }];
    case 'site':
      return [
        ...(state.name.trim() ? [] : [{ field: 'name', code: 'required' } as const]),
        ...present(baseUrlIssue(state.baseUrl)),
        ...(state.locales.length ? [] : [{ field: 'locales', code: 'required' } as const]),
        ...state.locales.flatMap((l) => present(designationIssue(`texts.${l}.designation`, state.texts[l]?.designation ?? ''))),
      ];
    case 'answers':
    case 'starter':
      return [];
    default:
      return choiceIssues(state[step], ENTRY_STEPS[step].specs);
  }
};

/** The fields a step refuses, by name (`texts.fr.designation` for per-locale texts). */
export const stepErrors = (step: Step, state: WizardState): string[] => stepIssues(step, state).map((issue) => issue.field);

/** Where the editor names the entries they enter, e.g. "No DPO appointed (Site name)" for the DPO step's answer. */
export interface RequestWords {
  notAppointedDpoLabel: string;
}

/** A new entry's fields as the server takes them: those the entry asks, an amount as its number. */
const entryData = (specs: FieldSpec[], values: Record<string, string>) => {
  const asked = visibleSpecs(specs, values);
  // A field typed, then hidden by another choice (a company's capital, the kind changed since), is not sent.
  const hidden = specs.filter((spec) => !asked.includes(spec)).map((spec) => spec.name);
  const data: Record<string, unknown> = filled(Object.fromEntries(Object.entries(values).filter(([name]) => !hidden.includes(name))));
  for (const spec of asked) if (spec.format === 'amount' && typeof data[spec.name] === 'string') data[spec.name] = parseAmount(data[spec.name] as string);
  return data;
};

const refOf = (value: EntryChoiceValue, specs: FieldSpec[], words?: RequestWords): EntryRef | null => {
  if (value.mode === 'existing') return { documentId: value.documentId };
  // The DPO form's own answer: a contact that says none is appointed, which the privacy policy then states.
  if (value.mode === 'notAppointed') return { data: { label: words?.notAppointedDpoLabel ?? 'No DPO appointed', appointed: false } };
  if (value.mode === 'new') {
    const { appointed, ...rest } = entryData(specs, value.values);
    return { data: appointed === undefined ? rest : { ...rest, appointed: appointed === 'true' } };
  }
  return null;
};

export const requestOf = (state: WizardState, words?: RequestWords): NewSiteRequest => ({
  name: state.name.trim(),
  baseUrl: state.baseUrl.trim(),
  locales: state.locales,
  texts: Object.fromEntries(
    state.locales.map((l) => {
      const texts = state.texts[l];
      return [l, { designation: texts.designation.trim(), designationGender: texts.designationGender, ...(texts.directorOfPublicationTitle.trim() ? { directorOfPublicationTitle: texts.directorOfPublicationTitle.trim() } : {}) }];
    })
  ),
  controller: refOf(state.controller, ENTRY_STEPS.controller.specs)!,
  publisher: state.publisher.mode === 'same' ? null : refOf(state.publisher, ENTRY_STEPS.publisher.specs),
  host: refOf(state.host, ENTRY_STEPS.host.specs),
  dpo: refOf(state.dpo, ENTRY_STEPS.dpo.specs, words),
  ...(state.directorOfPublicationName.trim() ? { directorOfPublicationName: state.directorOfPublicationName.trim() } : {}),
  ...Object.fromEntries(Object.entries(state.answers).filter(([, value]) => value !== '')),
});

/** The step a server error's field belongs to, so the wizard can go back to it. */
export const stepOfPath = (path: string[] | undefined): Step | undefined => {
  if (!path?.length) return undefined;
  const [head] = path;
  if (head === 'controller' || head === 'dpo' || head === 'publisher' || head === 'host') return head;
  if (head === 'directorOfPublicationName' || (head === 'texts' && path[2] === 'directorOfPublicationTitle')) return 'publisher';
  if (head in ANSWER_QUESTIONS) return 'answers';
  return 'site';
};

/** The wizard's name of the field a server error's path points to: `siren` for `controller.data.siren`. */
export const fieldOfPath = (path: string[] | undefined): string | undefined => {
  if (!path?.length) return undefined;
  if (path[1] === 'data') return path[2];
  if (path[0] === 'texts') return path.slice(0, 3).join('.');
  return path[0];
};
