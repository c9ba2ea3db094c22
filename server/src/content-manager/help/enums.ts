/**
 * What the Content Manager shows for each enumeration value instead of the raw value (`public-task`). The core's
 * locale packs are the source wherever they name the value; only the values no page prints are worded here.
 */
import { en } from '../../core/locales/en';
import { fr } from '../../core/locales/fr';
import type { LocalePack } from '../../core/locales/types';
import {
  ANSWERS,
  COOKIE_CATEGORIES,
  DURATION_UNITS,
  END_ACTIONS,
  LEGAL_BASES,
  ORGANISATION_KINDS,
  PAGE_KINDS,
  RECIPIENT_KINDS,
  REQUIREMENT_KINDS,
  RIGHT_KINDS,
  SAFEGUARDS,
  SECURITY_MEASURE_KINDS,
} from '../../core/input/types';
import type { HelpLang } from './types';

export type EnumLabels = Record<HelpLang, Record<string, string>>;

const PACKS: Record<HelpLang, LocalePack> = { en, fr };

/** One label per value and language; French gets the pages' typography (’, no-break spaces). */
const labels = <V extends string>(values: readonly V[], label: (pack: LocalePack, value: V, lang: HelpLang) => string): EnumLabels => {
  const of = (lang: HelpLang) =>
    Object.fromEntries(values.map((value) => {
      const text = PACKS[lang].grammar.capitalize(label(PACKS[lang], value, lang));
      return [value, lang === 'fr' ? fr.grammar.typography(text) : text];
    }));
  return { en: of('en'), fr: of('fr') };
};

/** Worded here: no page prints these values. */
const own = <V extends string>(values: readonly V[], words: Record<HelpLang, Record<V, string>>) => labels(values, (_pack, value, lang) => words[lang][value]);

const GENDERS = own(['masculine', 'feminine'], { en: { masculine: 'masculine', feminine: 'feminine' }, fr: { masculine: 'masculin', feminine: 'féminin' } });
const YES_NO = own(ANSWERS, { en: { yes: 'yes', no: 'no' }, fr: { yes: 'oui', no: 'non' } });
const UNITS: Record<HelpLang, Record<(typeof DURATION_UNITS)[number], string>> = {
  en: { days: 'days', weeks: 'weeks', months: 'months', years: 'years' },
  fr: { days: 'jours', weeks: 'semaines', months: 'mois', years: 'années' },
};

/** The editor's choice of requirement; the pack's "automatic" wording speaks to the reader, not to the editor. */
const REQUIREMENT = labels(REQUIREMENT_KINDS, (pack, value, lang) =>
  value === 'automatic'
    ? { en: 'not applicable: collected automatically while the person browses', fr: 'sans objet : collectées automatiquement pendant la navigation' }[lang]
    : pack.requirement[value]
);

/** Keyed by content type, then field: every enumeration field of the plugin's content types. */
export const ENUM_LABELS: Record<string, Record<string, EnumLabels>> = {
  organisation: {
    nameInText: own(['proper-name', 'feminine', 'masculine', 'plural'], {
      en: {
        'proper-name': 'proper name, no article (Nîmes Métropole)',
        feminine: 'feminine noun (la Région Bretagne)',
        masculine: 'masculine noun (le Département du Gard)',
        plural: 'plural noun (les Hospices civils de Lyon)',
      },
      fr: {
        'proper-name': 'nom propre, sans article (Nîmes Métropole)',
        feminine: 'nom féminin (la Région Bretagne)',
        masculine: 'nom masculin (le Département du Gard)',
        plural: 'nom pluriel (les Hospices civils de Lyon)',
      },
    }),
    kind: own(ORGANISATION_KINDS, {
      en: { 'public-body': 'public body', company: 'company', association: 'association', person: 'individual' },
      fr: { 'public-body': 'personne publique', company: 'société', association: 'association', person: 'personne physique' },
    }),
    representativeGender: GENDERS,
  },
  site: {
    designationGender: GENDERS,
    directorOfPublicationGender: GENDERS,
    documentsOfficerGender: GENDERS,
    automatedDecisions: YES_NO,
    recipientsOutside: YES_NO,
    processorContracts: YES_NO,
    cookiesUsed: YES_NO,
    transfersOutsideEea: YES_NO,
    securityMeasures: YES_NO,
  },
  purpose: {
    legalBasis: labels(LEGAL_BASES, (pack, value) => `${pack.legalBases[value].short} (${pack.legalBases[value].article})`),
    requirement: REQUIREMENT,
  },
  'retention-period': {
    durationUnit: own(DURATION_UNITS, UNITS),
    endAction: labels(END_ACTIONS, (pack, value) => pack.endActions[value]),
  },
  recipient: { kind: labels(RECIPIENT_KINDS, (pack, value) => pack.recipientKinds[value]) },
  transfer: { safeguard: labels(SAFEGUARDS, (pack, value) => pack.safeguards[value]) },
  right: { kind: labels(RIGHT_KINDS, (pack, value) => `${pack.rights[value].label} (${pack.rights[value].reference})`) },
  cookie: {
    category: labels(COOKIE_CATEGORIES, (pack, value) => pack.cookieCategories[value]),
    durationUnit: own(['session', ...DURATION_UNITS], {
      en: { session: 'session (deleted when the browser closes)', ...UNITS.en },
      fr: { session: 'session (supprimé à la fermeture du navigateur)', ...UNITS.fr },
    }),
  },
  'security-measure': { kind: labels(SECURITY_MEASURE_KINDS, (pack, value) => pack.register.securityMeasureKinds[value]) },
  // The pack's headings are plural list titles ("Non-conformités"); an item is one of them.
  'accessibility-content': {
    kind: own(['non-conformity', 'derogation', 'exempt'], {
      en: { 'non-conformity': 'non-compliance', derogation: 'disproportionate burden (derogation)', exempt: 'outside the scope of the accessibility requirements' },
      fr: { 'non-conformity': 'non-conformité', derogation: 'dérogation pour charge disproportionnée', exempt: "contenu non soumis à l'obligation d'accessibilité" },
    }),
  },
  page: { kind: labels(PAGE_KINDS, (pack, value) => pack.pageTitles[value]) },
};

/** The label of one value, or the value itself when it has none (a value added to the schema without its label). */
export const enumLabel = (type: string, field: string, value: string, lang: HelpLang): string => ENUM_LABELS[type]?.[field]?.[lang][value] ?? value;
