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
  PageKind,
  RecipientKind,
  RequirementKind,
  RightKind,
  Safeguard,
  SupervisoryAuthority,
} from '../input/types';
import type { GrammaticalForm, Inline } from '../tree';

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
    dpoName: string;
    legalBasis: string;
    legitimateInterest: string;
    dataCategories: string;
    dataSources: string;
    providing: string;
    automatedDecision: string;
    purposesOfRecipient: string;
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
  rights: Record<RightKind, { label: string; reference: string; description: (authority: string) => string; short: string }>;
  requirement: Record<RequirementKind, string>;
  consequence(text: string): Piece;
  recipientKinds: Record<RecipientKind, string>;
  safeguards: Record<Safeguard, string>;
  endActions: Record<EndAction, string>;
  cookieCategories: Record<CookieCategory, string>;
  automatedDecision: { none: string; logic: string; consequences: string; exists: string };
  defaultAuthority: SupervisoryAuthority;

  common: {
    dates(effective: Inline | null, updated: Inline | null): Piece;
  };

  privacyPolicy: {
    lead(h: TemplateHelpers, site: SiteRef): Piece;
    controllerIs(name: string, legalForm: string | undefined): Piece;
    dpoAppointed: Sentence;
    dpoExternal(organisation: string): Piece;
    dpoNotAppointed: Sentence;
    purposesIntro: Sentence;
    dataIntro: Sentence;
    dataNone: Sentence;
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
    changes: Sentence;
    appliesFrom(date: Inline): Piece;
  };

  privacySummary: {
    lead(h: TemplateHelpers, site: SiteRef): Piece;
    controllerIs(name: string): Piece;
    dpoContact: string;
    purposeLine(basis: string | null, retention: string | null): Piece;
    rightsList(items: string[]): Piece;
    exercise: string;
    complaint(authority: string): Piece;
    fullNotice(h: TemplateHelpers, link: Inline | null): Piece;
  };

  legalNotice: {
    lead(h: TemplateHelpers, site: SiteRef): Piece;
    publishedBy(publisher: Piece): Piece;
    director(name: string, title: string | undefined): Piece;
    hostedBy(host: string): Piece;
    dataLicence(link: Inline): Piece;
    privacyPolicy(link: Inline | null): Piece;
    dpo(h: TemplateHelpers, contact: Piece): Piece;
  };

  cookiePolicy: {
    lead(h: TemplateHelpers, site: SiteRef): Piece;
    whatIsACookie: Sentence;
    none: Sentence;
    choices(h: TemplateHelpers, manager: Inline | null): Piece;
    browser: Sentence;
    privacyPolicy(link: Inline): Piece;
  };
}
