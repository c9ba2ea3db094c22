/**
 * A locale pack holds every word of the templates in one language, and the grammar and formats they need.
 * Sentences are functions returning pieces (strings and tree nodes) so that references, defined terms, links and
 * dates stay structured until rendering. Adding a language means adding one file that implements `LocalePack`.
 */
import type {
  Address,
  CookieCategory,
  Designation,
  Duration,
  EndAction,
  LegalBasis,
  Money,
  OrganisationKind,
  PageKind,
  RecipientKind,
  RequirementKind,
  RightKind,
  Safeguard,
  SecurityMeasureKind,
  SupervisoryAuthority,
} from '../input/types';
import type { GrammaticalForm, Inline } from '../tree';
import type { AccessibilityPack } from './accessibility-types';
import type { FactsPack } from './facts-types';

/** What a sentence is made of; strings become text, arrays are flattened, falsy pieces are dropped. */
export type Piece = string | Inline | false | null | undefined | readonly Piece[];

/** Given to every sentence of a pack by the composer. */
export interface TemplateHelpers {
  /** The controller, by its defined short name; its first occurrence in the page defines the term. */
  controller(form: GrammaticalForm, capitalize?: boolean): Inline;
  /** A reference to a section, resolved to "l'article 3" / "Article 3" with its anchor. */
  ref(sectionId: string): Inline;
  link(href: string, label?: Piece): Inline;
  strong(...pieces: Piece[]): Inline;
  date(iso: string): Inline;
  /** Verb (or pronoun) agreement with the controller's designation: singular or plural form. */
  agree(singular: string, plural: string): string;
  /** Whether a section is on the page. */
  has(sectionId: string): boolean;
  /** The section a reader should use to contact the organisation: the DPO if appointed, else the controller. */
  contactSection(): string;
}

export type Sentence = (h: TemplateHelpers) => Piece;

export interface LabelledValue {
  label: string;
  value: Piece;
}

export interface SiteRef {
  name: string;
  link: Inline;
}

/**
 * The items of the record of processing activities (GDPR Art. 30(1)) for one activity: the CSV's columns, the rows
 * of the workbook's activity sheet, and the names of the items an activity lacks.
 */
export const REGISTER_COLUMNS = [
  'number',
  'activity',
  'description',
  'sites',
  'publishedIn',
  'controller',
  'controllerContact',
  'legalRepresentative',
  'euRepresentative',
  'dpo',
  'dpoContact',
  'legalBasis',
  'legitimateInterest',
  'dataSubjects',
  'dataCategories',
  'specialCategories',
  'erasure',
  'dataSources',
  'recipients',
  'transfers',
  'retention',
  'securityMeasures',
  'automatedDecision',
  'missing',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** The fixed words of the register's exports, so that each export is in one language. */
export interface RegisterWords {
  columns: Record<RegisterColumn, string>;
  /** The origin of data collected from the person it is about. */
  dataSubject: string;
  yes: string;
  no: string;
  /** The DPO item when the controller's DPO contact says none is appointed. */
  noDpo: string;
  title: string;
  exportedOn(date: string): string;
  /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
  overviewSheet: string;
  controllersHeading: string;
  activitiesHeading: string;
  /** The headings of the CNIL's model record, in its order, for each activity's sheet. */
  sheet: {
    title: string;
    description: string;
    actors: string;
    purposes: string;
    security: string;
    dataCategories: string;
    dataSubjects: string;
    recipients: string;
    transfers: string;
    retention: string;
  };
  tables: {
    category: string;
    description: string;
    erasure: string;
    recipient: string;
    recipientKind: string;
    country: string;
    safeguard: string;
    documentation: string;
  };
  securityMeasureKinds: Record<SecurityMeasureKind, string>;
  /** A published version, after the page's title: "version 3 (in force)". */
  version(number: number, inForce: boolean): string;
  /** Several values in one cell, with the language's spacing. */
  join(values: string[]): string;
}

export interface LocalePack {
  /** BCP 47 code, e.g. fr. */
  code: string;
  /** The language's own name, e.g. Français. */
  name: string;

  grammar: {
    /** "la Région", "de la Région", "du Département", "à l'Agglomération", "par Nîmes Métropole"... */
    nounPhrase(noun: Designation, form: GrammaticalForm): string;
    /** The words around the defined term at its first occurrence: `${before}${term}${after}`. */
    definition(shortName: Designation): { before: string; term: string; after: string };
    /** An editor's noun phrase introduced by "from"/"à compter de", with contractions ("du dernier contact"). */
    from(phrase: string): string;
    list(items: string[]): string;
    /** A field label followed by its punctuation: "Courriel : " / "Email: ". */
    label(label: string): string;
    capitalize(value: string): string;
    /** Final typography of template text (e.g. non-breaking spaces before French high punctuation). */
    typography(value: string): string;
    /** Typography applied to every text of the finished page, editor text included (e.g. the French apostrophe ’). */
    finish(value: string): string;
    /** A common noun phrase introduced as one of a kind: "local authority" → "a local authority" (as is in French). */
    indefinite(phrase: string): string;
  };

  format: {
    date(iso: string): string;
    duration(duration: Duration): string;
    money(money: Money): string;
    address(address: Address): string;
    country(code: string): string;
  };

  /** "Article 3 – Finalités", or just the title on unnumbered pages. */
  heading(number: number | null, title: string): string;
  /** "l'article 3" or "la section « Cookies »". */
  refLabel(number: number | null, title: string): string;

  pageTitles: Record<PageKind, string>;
  sectionTitles: Record<string, string>;
  tocLabel: string;

  labels: {
    address: string;
    seat: string;
    phone: string;
    email: string;
    website: string;
    webForm: string;
    legalForm: string;
    siret: string;
    siren: string;
    rcs: string;
    rm: string;
    vat: string;
    rna: string;
    shareCapital: string;
    representative: string;
    /** The DPO's name; `role` labels a function given instead of a name. */
    dpoName: string;
    role: string;
    /** The label of a public body's address, where a company has its registered office (`seat`). */
    publicBodyAddress: string;
    /** The supervisory authority that oversees the controller, above its contact details. */
    authority: string;
    legalBasis: string;
    legitimateInterest: string;
    dataSubjects: string;
    dataCategories: string;
    dataSources: string;
    providing: string;
    automatedDecision: string;
    purposesOfRecipient: string;
    purposeOfRecipient: string;
    notSpecified: string;
    cookieTable: { caption: string; name: string; provider: string; purpose: string; lifetime: string; consent: string };
    session: string;
    consentRequired: string;
    consentNotRequired: string;
    privacyPolicy: string;
    cookiePolicy: string;
    consentManager: string;
  };

  legalBases: Record<LegalBasis, { label: string; short: string; article: string }>;
  /** `authority` is null when no supervisory authority applies by default and the editor named none. */
  rights: Record<RightKind, { label: string; reference: string; description: (authority: string | null) => string; short: string }>;
  requirement: Record<RequirementKind, string>;
  consequence(text: string): Piece;
  recipientKinds: Record<RecipientKind, string>;
  safeguards: Record<Safeguard, string>;
  endActions: Record<EndAction, string>;
  cookieCategories: Record<CookieCategory, string>;
  automatedDecision: {
    none: string;
    logic: string;
    consequences: string;
    exists: string;
    /** The Art. 22(2) exception the decision rests on, derived from the purpose's legal basis. */
    grounds: { contract: string; law: string; consent: string };
    /** The Art. 22(3) safeguards (contract and consent grounds). */
    safeguards: string;
  };
  /** The CNIL: the authority of a controller established in France, unless the editor names another. */
  defaultAuthority: SupervisoryAuthority;
  /** The short name a new site's text gives its controller, by kind ("la Société"); none where no noun fits. */
  defaultDesignations: Record<OrganisationKind, Designation | null>;

  common: {
    dates(effective: Inline | null, updated: Inline | null): Piece;
  };

  register: RegisterWords;

  privacyPolicy: {
    /** `frenchLaw`: whether loi 78-17 applies, i.e. the controller is established in France. */
    lead(h: TemplateHelpers, site: SiteRef, frenchLaw: boolean): Piece;
    controllerIs(name: string, legalForm: string | undefined): Piece;
    dpoAppointed: Sentence;
    /** The basis with its GDPR article and, for bases laid down by law (Art. 6(3)), the text it rests on. */
    legalBasis(label: string, article: string, law: Inline | null): Piece;
    dpoExternal(organisation: string): Piece;
    dpoNotAppointed: Sentence;
    purposesIntro: Sentence;
    dataIntro: Sentence;
    dataDirect: Sentence;
    dataIndirect: Sentence;
    recipientsIntro: Sentence;
    recipientsNone: Sentence;
    processorsNote: Sentence;
    transfersNone: Sentence;
    transfersIntro: Sentence;
    transferCopy(h: TemplateHelpers, url: string | undefined): Piece;
    retentionIntro: Sentence;
    retention(duration: string | null, criterion: string | undefined, startEvent: string | undefined, end: string | undefined, reference: string | undefined): Piece;
    cookiesRetention(h: TemplateHelpers, cookiePolicy: Inline | null): Piece;
    rightsIntro: Sentence;
    /** The right to object, presented apart from the other rights (Art. 21(4)): its heading and its text. */
    objectionTitle: string;
    objection(reference: string): Piece;
    exerciseTitle: string;
    exerciseIntro: Sentence;
    exerciseFallback: Sentence;
    exerciseThisRight: string;
    channel: Record<'email' | 'postal' | 'web-form' | 'phone', string>;
    responseTime: Sentence;
    identityCheck: Sentence;
    authorityContact: string;
    cookiesLink(h: TemplateHelpers, link: Inline): Piece;
    cookiesIntro: Sentence;
    security: Sentence;
    /** The announcement promised before a change takes effect, given the page's notice period. */
    changes(h: TemplateHelpers, notice: string): Piece;
    /** Without a notice period: what the page can say of changes. */
    changesPublished: Sentence;
    appliesFrom(date: Inline): Piece;
  };

  privacySummary: {
    lead(h: TemplateHelpers, site: SiteRef): Piece;
    controllerIs(name: string): Piece;
    dpoContact: string;
    purposeLine(basis: string | null, retention: string | null): Piece;
    /** Introduces the list of rights: "Vous pouvez :". */
    rightsIntro: string;
    /** The right to object, in its own paragraph (Art. 21(4)). */
    objection: Piece;
    /** The processing with the most impact, which the first layer must not leave out. */
    automatedDecision(purposes: string[]): Piece;
    transfers(countries: string[]): Piece;
    exercise: string;
    complaint(authority: string | null): Piece;
    fullNotice(h: TemplateHelpers, link: Inline | null): Piece;
  };

  legalNotice: {
    /** `lcen`: whether the LCEN applies, i.e. the publisher is established in France. */
    lead(h: TemplateHelpers, site: SiteRef, lcen: boolean): Piece;
    publishedBy(publisher: Piece): Piece;
    director(name: string, title: string | undefined): Piece;
    hostedBy(host: string): Piece;
    dataLicence(link: Inline): Piece;
    privacyPolicy(link: Inline | null): Piece;
    dpo(h: TemplateHelpers, contact: Piece): Piece;
  };

  cookiePolicy: {
    lead(h: TemplateHelpers, site: SiteRef, frenchLaw: boolean): Piece;
    whatIsACookie: Sentence;
    none: Sentence;
    choices(h: TemplateHelpers, manager: Inline | null): Piece;
    /** When every cookie listed is exempt from consent. */
    exempt: Sentence;
    /** `also` after a sentence on consent choices. */
    browser(h: TemplateHelpers, also: boolean): Piece;
    privacyPolicy(link: Inline): Piece;
  };

  facts: FactsPack;

  accessibility: AccessibilityPack;
}
