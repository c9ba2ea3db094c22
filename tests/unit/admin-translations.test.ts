import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';
import { ENTRY_STEPS } from '../../admin/src/components/wizard/entrySteps';
import { DPO_FIELDS, HOST_FIELDS, ORGANISATION_FIELDS } from '../../admin/src/components/wizard/fields';
import { ANSWER_QUESTIONS, FIX_LABELS, REGISTER_FORMAT_LABELS, STARTER_SECTIONS, STEP_TITLES } from '../../admin/src/utils/labels';

const ADMIN = path.join(__dirname, '../../admin/src');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) ? [file] : [];
  });

/** Every literal translation id the admin passes to `t('…')` or `getTranslation('…')`. */
const literalIds = () =>
  sources(ADMIN).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(?:t|getTranslation)\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]));

const dynamicIds = () => [
  ...Object.keys(FIX_LABELS).map((type) => `checklist.fix.${type}`),
  ...Object.keys(STEP_TITLES).map((step) => `wizard.step.${step}`),
  ...Object.keys(STARTER_SECTIONS).map((section) => `wizard.starter.section.${section}`),
  ...Object.keys(REGISTER_FORMAT_LABELS).map((format) => `register.format.${format}`),
  ...Object.keys(ANSWER_QUESTIONS).flatMap((field) => [`wizard.answers.${field}`, `wizard.answers.${field}.hint`]),
  ...Object.values(ENTRY_STEPS).flatMap((step) => [...(step.legend ? [step.legend.id] : []), ...step.modes.map((mode) => mode.id)]),
  ...(
    [
      ['organisation', ORGANISATION_FIELDS],
      ['host', HOST_FIELDS],
      ['dpo', DPO_FIELDS],
    ] as const
  ).flatMap(([group, specs]) =>
    specs.flatMap((spec) => [
      `wizard.${group}.${spec.name}`,
      ...(spec.hint ? [`wizard.${group}.${spec.name}.hint`] : []),
      ...(spec.options ?? []).map((option) => `wizard.${group}.${spec.name}.${option.value}`),
    ])
  ),
];

describe('admin translations', () => {
  it('has the same keys in en and fr', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('translates every id the admin uses', () => {
    const missing = [...new Set([...literalIds(), ...dynamicIds()])].filter((id) => !(id in en));
    expect(missing).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    const differ = Object.entries(en).filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders((fr as Record<string, string>)[key])));
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('writes French with its typography: no straight apostrophe, a space before double punctuation', () => {
    const bad = Object.entries(fr as Record<string, string>).filter(([, text]) => /'/.test(text) || /[^\s\u00a0\u202f{]:(?!\/\/)|[^\s\u00a0\u202f][;?!]/.test(text.replace(/\{[^}]*\}/g, '')));
    expect(bad).toEqual([]);
  });
});
