/**
 * The input of the core: one site, one page kind, one locale, and every fact the page needs.
 * Editor-written sentences are plain strings already resolved to `locale`. Fields marked "Markdown" accept
 * Markdown (rendered safely); every other string is printed as plain text.
 * Legal completeness is not enforced here (a draft must validate to be previewed): `checkCompliance` does that.
 * Keep in sync with `schema.ts` (tests/unit/core/schema-sync.test.ts checks both ways).
 */

export const PAGE_KINDS = ['privacy-policy', 'privacy-summary', 'legal-notice', 'cookie-policy', 'accessibility-statement'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** GDPR Art. 6(1)(a) to (f), in that order. */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const RIGHT_KINDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'complaint',
  'post-mortem',
  'no-automated-decision',
] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];

export const ORGANISATION_KINDS = ['public-body', 'company', 'association', 'person'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const DURATION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const END_ACTIONS = ['deletion', 'anonymisation', 'archiving', 'deletion-or-anonymisation'] as const;
export type EndAction = (typeof END_ACTIONS)[number];

/** `automatic`: collected while the person browses (logs, audience measurement), so nothing is asked of them (13(2)(e)). */
export const REQUIREMENT_KINDS = ['statutory', 'contractual', 'necessary-for-contract', 'optional', 'automatic'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const SAFEGUARDS = ['adequacy', 'scc', 'bcr', 'derogation'] as const;
export type Safeguard = (typeof SAFEGUARDS)[number];

export const RECIPIENT_KINDS = ['internal', 'processor', 'joint-controller', 'third-party', 'public-authority'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const CHANNEL_TYPES = ['email', 'postal', 'web-form', 'phone'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const COLLECTION_SOURCES = ['data-subject', 'third-party', 'both'] as const;
export type CollectionSource = (typeof COLLECTION_SOURCES)[number];

export const COOKIE_CATEGORIES = ['strictly-necessary', 'functional', 'audience', 'advertising', 'social'] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

/**
 * The editor's answer to a yes/no question about the processing. "no" is a statement the page may print ("no
 * transfer outside the EEA"); an absent answer is "not answered yet": the page then says nothing and the checklist
 * asks the question.
 */
export const ANSWERS = ['yes', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * The headings of the CNIL's model record (Art. 30(1)(g)): the processing register describes the security measures
 * under them. The pages do not list the measures (Art. 13 does not ask for them, and a public inventory helps no one
 * but an attacker); they only state that measures are in place (`securityMeasures`).
 */
export const SECURITY_MEASURE_KINDS = [
  'access-control',
  'traceability',
  'software-protection',
  'backup',
  'encryption',
  'processor-control',
  'other',
] as const;
export type SecurityMeasureKind = (typeof SECURITY_MEASURE_KINDS)[number];

/** The result of one RGAA criterion in an audit. */
export const CRITERION_RESULTS = ['met', 'not-met', 'not-applicable'] as const;
export type CriterionResult = (typeof CRITERION_RESULTS)[number];

/** ISO 8601 calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/**
 * How a noun phrase behaves in the text. French: gender and elision give "la Région", "de la Région",
 * "du Département", "à l'Agglomération", "au Département"; `article: 'none'` is for proper names
 * ("Nîmes Métropole", "d'OpenDataSoft"). Elision defaults to "starts with a vowel" (not h).
 */
export interface NounGrammar {
  gender?: 'm' | 'f';
  plural?: boolean;
  elision?: boolean;
  article?: 'definite' | 'none';
}

/** The short name the text uses for the controller after its first mention, e.g. { text: 'Métropole', gender: 'f' }. */
export interface Designation extends NounGrammar {
  text: string;
}

export interface Address {
  street: string;
  /** Extra line: building, BP/CS, service. */
  complement?: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, e.g. FR. */
  country?: string;
}

export interface Person {
  name: string;
  /** e.g. "président de Clermont Auvergne Métropole". */
  title?: string;
  /** Grammatical gender of the person, so that French labels agree: "Représentante légale", "Directrice de la publication". */
  gender?: 'm' | 'f';
}

/** A person to write to about one subject, e.g. the CRPA officer of a public body. */
export interface PersonContact extends Person {
  email?: string;
  phone?: string;
  address?: Address;
}

/**
 * A contact point distinct from the DPO, e.g. a support address. `role` is what it is for, printed as its label
 * ("Questions sur le site et signalement d'une erreur"), so that the reader knows when to use it.
 */
export interface ContactPoint {
  role: string;
  email?: string;
  phone?: string;
  url?: string;
  address?: Address;
}

/** The law governing the page and the courts that hear disputes about it, as the editor words them. */
export interface ApplicableLaw {
  /** e.g. "droit français". */
  law?: string;
  /** e.g. "tribunal administratif de Rennes". */
  courts?: string;
}

/**
 * Children and consent (GDPR Art. 8): for a purpose based on consent to an online service offered to children, below
 * the age of digital consent a parent's consent is needed. The age defaults to 15 for a controller in France
 * (loi 78-17 art. 45); elsewhere it is the editor's answer.
 */
export interface Minors {
  digitalConsentAge?: number;
  /** Markdown: how the consent of the holder of parental responsibility is obtained and checked. */
  parentalConsent?: string;
}

export interface Registration {
  siret?: string;
  siren?: string;
  /** As printed, e.g. "RCS Nantes 123 456 789". */
  rcs?: string;
  /** Répertoire des métiers, as printed. */
  rm?: string;
  vat?: string;
  /** Associations: RNA number (W123456789). */
  rna?: string;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Organisation {
  legalName: string;
  kind: OrganisationKind;
  /** Grammar of `legalName` in running text, e.g. { article: 'definite', gender: 'f' } for "Région Bretagne". */
  nameGrammar?: NounGrammar;
  legalForm?: string;
  address?: Address;
  phone?: string;
  email?: string;
  website?: string;
  registration?: Registration;
  shareCapital?: Money;
  representative?: Person;
  /** Other internet domains owned by the organisation (used to recognise its email addresses). */
  domains?: string[];
}

export interface Site {
  name: string;
  slug: string;
  baseUrl: string;
  /** How the text names the controller after its first mention. Defaults to its legal name. */
  designation?: Designation;
}

export interface Dpo {
  appointed: boolean;
  name?: string;
  /** Used instead of a name, e.g. "Délégué à la protection des données". */
  function?: string;
  /** True when the DPO belongs to another organisation (shared or external DPO): silences the foreign-domain check. */
  external?: boolean;
  organisation?: string;
  email?: string;
  address?: Address;
  phone?: string;
  webFormUrl?: string;
}

export interface Duration {
  value: number;
  unit: DurationUnit;
}

export interface Retention {
  duration?: Duration;
  /** When no fixed duration applies: the criterion that sets it. */
  criterion?: string;
  /** The event the period counts from, as a noun phrase with its article: "la dernière connexion". */
  startEvent?: string;
  endAction?: EndAction;
  /** e.g. "article 9 du code de procédure pénale". */
  legalReference?: string;
  /** The data or the case this rule covers when a purpose has several: "les justificatifs d'identité". */
  appliesTo?: string;
}

export interface Requirement {
  kind: RequirementKind;
  /** What happens if the data is not provided. */
  consequence?: string;
}

export interface AutomatedDecision {
  exists: boolean;
  logic?: string;
  consequences?: string;
}

export interface LegalBasisReference {
  /** As printed, e.g. "article L123-22 du code de commerce". */
  citation: string;
  /** Where the text can be read, e.g. its Légifrance page. */
  url?: string;
}

export interface Purpose {
  id: string;
  title: string;
  /** Markdown. */
  description?: string;
  legalBasis?: LegalBasis;
  /**
   * The law a legal-obligation or public-task basis rests on: GDPR Art. 6(3) wants it laid down by Union or
   * member-state law, so the page names it next to the basis.
   */
  legalBasisReference?: LegalBasisReference;
  /** Required when the basis is legitimate interests. */
  legitimateInterest?: string;
  /**
   * Categories of the people the data is about ("usagers du portail", "agents"): a notice read by several kinds of
   * people lets each find the processing that concerns them (Art. 12), and the record must list them (Art. 30(1)(c)).
   */
  dataSubjects?: string[];
  dataCategories?: string[];
  collectedFrom?: CollectionSource;
  /** Where the data comes from when it is not collected from the person. */
  dataSources?: string[];
  /** Ids of `recipients`. */
  recipients?: string[];
  retention?: Retention;
  /** Further rules of the same purpose, per data category or per event, each saying what it `appliesTo`. */
  retentionRules?: Retention[];
  requirement?: Requirement;
  automatedDecision?: AutomatedDecision;
  /** The purpose is an online service offered directly to children (GDPR Art. 8). */
  offeredToChildren?: boolean;
}

export interface Recipient {
  id: string;
  name: string;
  kind: RecipientKind;
  description?: string;
  /** ISO 3166-1 alpha-2 country where the data is processed. */
  country?: string;
}

export interface Transfer {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Display name of the country in the page's locale; defaults to the locale pack's name or the code. */
  countryName?: string;
  /** Id of the recipient receiving the data. */
  recipient?: string;
  safeguard?: Safeguard;
  /** Free text: which decision or clauses, the derogation relied on. */
  safeguardDetails?: string;
  /** Where a copy of the safeguards can be obtained. */
  copyUrl?: string;
}

export interface Channel {
  type: ChannelType;
  email?: string;
  address?: Address;
  /** Addressee line printed before a postal address, e.g. "Délégué à la protection des données". */
  addressee?: string;
  url?: string;
  phone?: string;
}

export interface Right {
  kind: RightKind;
  /** Overrides the standard legal reference of the right. */
  reference?: string;
  /** Markdown. */
  howToExercise?: string;
  channels?: Channel[];
  /** Markdown. */
  conditions?: string;
}

export interface RightsExercise {
  channels?: Channel[];
  /** Markdown: what proof of identity may be asked for. */
  identityProof?: string;
}

export interface Cookie {
  name: string;
  provider: string;
  purpose: string;
  /** Lifetime; omit and set `session` for a session cookie. */
  duration?: Duration;
  session?: boolean;
  consentRequired: boolean;
  category?: CookieCategory;
}

export interface SupervisoryAuthority {
  name: string;
  address?: Address;
  website?: string;
  complaintUrl?: string;
}

export interface DataLicence {
  /** e.g. "Licence Ouverte / Open Licence 2.0"; omit when the licence varies by dataset and `text` says so. */
  name?: string;
  url?: string;
  /** Markdown. */
  text?: string;
}

export interface CustomSection {
  /** Letters, digits and dashes; the anchor becomes `custom-<id>`. */
  id: string;
  title: string;
  /** Markdown. */
  body: string;
  /** Id of the section it follows when `order` does not place it; at the end otherwise. */
  after?: string;
}

export interface PageLinks {
  privacyPolicy?: string;
  cookiePolicy?: string;
  legalNotice?: string;
  /** Where the site shows its accessibility statement: the footer mention links there. */
  accessibilityStatement?: string;
  /** Where the visitor reopens the cookie consent manager. */
  consentManager?: string;
}

export interface PageOptions {
  /** Overrides the page title. */
  title?: string;
  /** Section ids (standard and `custom-<id>`) in the wanted order; unlisted sections keep their default place. */
  order?: string[];
  /** Optional section ids to leave out. Mandatory sections cannot be hidden. */
  hidden?: string[];
  customSections?: CustomSection[];
  /** 'articles' numbers the sections; the default is 'articles' for the privacy policy, 'none' otherwise. */
  numbering?: 'articles' | 'none';
  toc?: boolean;
  links?: PageLinks;
  /** Days between a new version's publication and its effect: the page promises advance notice of changes only above 0. */
  noticeDays?: number;
}

/**
 * An RGAA conformity audit. The counts are given, or derived from the per-criterion results when those are given
 * instead; the conformity status is always computed from them (core/accessibility.ts), never typed.
 */
export interface AccessibilityAudit {
  date: IsoDate;
  /** Who carried it out: the organisation's own staff or an outside auditor. */
  auditor: string;
  /** e.g. "4.1". */
  rgaaVersion: string;
  applicableCriteria?: number;
  metCriteria?: number;
  criteria?: Array<{ id: string; result: CriterionResult }>;
  /** The pages sampled. */
  pages?: Array<{ title: string; url?: string }>;
  /** Technologies the site is built with: HTML5, CSS, JavaScript… */
  technologies?: string[];
  /** Each browser tested with the assistive technology used with it. */
  environment?: Array<{ browser: string; assistiveTechnology?: string }>;
  tools?: string[];
}

/** Where a visitor reports an accessibility defect and asks for an accessible alternative. */
export interface AccessibilityFeedback {
  email?: string;
  url?: string;
  phone?: string;
  address?: Address;
}

/** The facts of an accessibility statement (loi 2005-102 art. 47, décret 2019-768, RGAA). */
export interface AccessibilityFacts {
  audit?: AccessibilityAudit;
  /** The multi-year accessibility plan (schéma pluriannuel). */
  multiYearPlanUrl?: string;
  /** The current year's action plan. */
  actionPlanUrl?: string;
  nonConformities?: Array<{ description: string; criteria?: string[] }>;
  /** Content under a disproportionate-burden derogation: the law wants the reason and an accessible alternative. */
  derogations?: Array<{ description: string; justification?: string; alternative?: string }>;
  /** Content outside the obligation (décret 2019-768): office files published before 23 September 2018… */
  exemptions?: Array<{ description: string; reason?: string }>;
  feedback?: AccessibilityFeedback;
  establishedOn?: IsoDate;
  updatedOn?: IsoDate;
  /** The site last changed substantially (redesign, new service): a statement older than that is to be updated. */
  substantialChangeOn?: IsoDate;
}

/** Which localized fields lack a translation, as seen by the caller (Strapi resolves locales before calling). */
export interface LocaleCoverage {
  /** Locales the site publishes. */
  locales: string[];
  missing: Array<{ path: string; locale: string }>;
}

export interface LegalPageInput {
  kind: PageKind;
  /** BCP 47 language of the page; a locale pack must exist (fr, en). */
  locale: string;
  site: Site;
  controller: Organisation;
  dpo?: Dpo;
  /** The publisher of the site (LCEN); defaults to the controller. */
  publisher?: Organisation;
  directorOfPublication?: Person;
  host?: Organisation;
  /** A contact point for other questions than data protection, printed with its role. */
  contactPoint?: ContactPoint;
  /** Public bodies: the person responsible for access to administrative documents and re-use of public information (CRPA art. L330-1). */
  documentsOfficer?: PersonContact;
  /** Markdown. */
  introduction?: string;
  /** Markdown. */
  editorialManagement?: string;
  /** Markdown. */
  intellectualProperty?: string;
  dataLicence?: DataLicence;
  applicableLaw?: ApplicableLaw;
  /** Markdown: the legal notice's own words on personal data, printed after the link to the privacy policy. */
  personalDataNote?: string;
  /** Markdown. */
  security?: string;
  /** Appropriate technical and organisational security measures are in place (Art. 32): the page states it on "yes". */
  securityMeasures?: Answer;
  /** Markdown: extra words on managing cookie choices. */
  cookieManagement?: string;
  purposes?: Purpose[];
  minors?: Minors;
  /** Any decision based solely on automated processing, profiling included (Art. 22); "yes" is told per purpose. */
  automatedDecisions?: Answer;
  recipients?: Recipient[];
  /** Data is disclosed outside the controller, processors included; "no" lets the page say so when none is listed. */
  recipientsOutside?: Answer;
  /** Every processor is bound by a contract that meets Art. 28 GDPR: the page states it on "yes". */
  processorContracts?: Answer;
  transfers?: Transfer[];
  /** Data leaves the EEA; "no" lets the page say so when no transfer is listed. */
  transfersOutsideEea?: Answer;
  rights?: Right[];
  rightsExercise?: RightsExercise;
  cookies?: Cookie[];
  /** The site stores or reads cookies or other trackers; "no" lets the pages say so when none is listed. */
  cookiesUsed?: Answer;
  /**
   * Defaults to the CNIL when the controller is established in France; elsewhere only the editor can say which
   * authority it is, and the page names none until then.
   */
  supervisoryAuthority?: SupervisoryAuthority;
  /** Accessibility statements: the facts; the statement speaks as of `effectiveDate`, which it requires. */
  accessibility?: AccessibilityFacts;
  effectiveDate?: IsoDate;
  lastUpdated?: IsoDate;
  page?: PageOptions;
  localeCoverage?: LocaleCoverage;
}
