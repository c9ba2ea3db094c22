import type {
  Answer,
  Address,
  Channel,
  ContactPoint,
  Cookie,
  Dpo,
  LegalPageInput,
  NounGrammar,
  Organisation,
  PageKind,
  Person,
  PersonContact,
  Purpose,
  Recipient,
  Retention,
  Right,
  SupervisoryAuthority,
  Transfer,
} from '../core';
import { accessibilityOf } from './accessibility';
import type { PageChoicesRequest } from '../../../shared/contracts/pages';

/** The site document as loaded with its relations, in one locale. Field names are the content types'. */
export type Doc = Record<string, any> & { documentId: string };

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The site's yes/no answers behind the pages' statements of fact: the site content type's fields and the core
 * input's share these names. Null (never answered) stays unanswered.
 */
export const SITE_ANSWERS = ['recipientsOutside', 'processorContracts', 'transfersOutsideEea', 'cookiesUsed', 'automatedDecisions', 'securityMeasures'] as const satisfies ReadonlyArray<keyof LegalPageInput>;
export type SiteAnswers = Partial<Record<(typeof SITE_ANSWERS)[number], Answer | null>>;

const answersOf = (site: Doc): SiteAnswers =>
  Object.fromEntries(SITE_ANSWERS.map((field) => [field, site[field] === 'yes' || site[field] === 'no' ? site[field] : undefined]));

const compact = <T extends Record<string, unknown>>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))) as T;

export const addressOf = (doc: Doc | null | undefined, prefix = ''): Address | undefined => {
  if (!doc) return undefined;
  const field = (name: string) => doc[prefix ? `${prefix}${name[0].toUpperCase()}${name.slice(1)}` : name];
  const street = text(field('street'));
  const postalCode = text(field('postalCode'));
  const city = text(field('city'));
  if (!street || !postalCode || !city) return undefined;
  return compact({ street, postalCode, city, country: text(field('country')) });
};

/** How the name behaves in running text: "Nîmes Métropole", "la Région Bretagne", "du Département du Gard". */
const NAME_GRAMMAR: Record<string, NounGrammar | undefined> = {
  'proper-name': { article: 'none' },
  feminine: { article: 'definite', gender: 'f' },
  masculine: { article: 'definite', gender: 'm' },
  plural: { article: 'definite', plural: true },
};

/** The content types store a person's gender as the designation's is stored. */
const GENDER: Record<string, Person['gender']> = { masculine: 'm', feminine: 'f' };

const personOf = (name: unknown, title: unknown, gender: unknown): Person | undefined =>
  text(name) ? compact({ name: (name as string).trim(), title: text(title), gender: GENDER[gender as string] }) : undefined;

export const organisationOf = (doc: Doc | null | undefined): Organisation | undefined => {
  if (!doc) return undefined;
  const amount = doc.shareCapital === null || doc.shareCapital === undefined ? undefined : Number(doc.shareCapital);
  return compact({
    legalName: doc.name,
    nameGrammar: NAME_GRAMMAR[doc.nameInText as string],
    kind: doc.kind,
    legalForm: text(doc.legalForm),
    address: addressOf(doc),
    phone: text(doc.phone),
    email: text(doc.email),
    website: text(doc.website),
    registration: (() => {
      const registration = compact({ siret: text(doc.siret), siren: text(doc.siren), rcs: text(doc.rcs), vat: text(doc.vatNumber), rm: text(doc.rm), rna: text(doc.rna) });
      return Object.keys(registration).length ? registration : undefined;
    })(),
    shareCapital: amount === undefined || Number.isNaN(amount) ? undefined : { amount, currency: text(doc.shareCapitalCurrency) ?? 'EUR' },
    representative: personOf(doc.representativeName, doc.representativeTitle, doc.representativeGender),
  }) as Organisation;
};

/** The authority the controller's entry names; none leaves the core to default to the CNIL in France only. */
export const supervisoryAuthorityOf = (doc: Doc | null | undefined): SupervisoryAuthority | undefined => {
  const name = text(doc?.supervisoryAuthorityName);
  if (!doc || !name) return undefined;
  return compact({
    name,
    address: addressOf(doc, 'supervisoryAuthority'),
    website: text(doc.supervisoryAuthorityWebsite),
    complaintUrl: text(doc.supervisoryAuthorityComplaintUrl),
  });
};

const dpoOf = (doc: Doc | null | undefined, controller: Doc | null | undefined): Dpo | undefined => {
  if (!doc) return undefined;
  const organisation = doc.organisation as Doc | null | undefined;
  return compact({
    appointed: doc.appointed !== false,
    name: text(doc.name),
    organisation: organisation?.name,
    external: organisation ? organisation.documentId !== controller?.documentId : undefined,
    email: text(doc.email),
    address: addressOf(doc),
    phone: text(doc.phone),
    webFormUrl: text(doc.webFormUrl),
  }) as Dpo;
};

/** Lower-cases the first letter of a label used inside a sentence, unless it starts an acronym. */
const inline = (label: string) => (/^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1));

const categoryLabel = (category: Doc) =>
  text(category.description) ? `${inline(category.name)} (${category.description.trim().replace(/\.$/, '')})` : inline(category.name);

const retentionOf = (retention: Doc): Retention =>
  compact({
    duration: retention.durationValue && retention.durationUnit ? { value: retention.durationValue, unit: retention.durationUnit } : undefined,
    criterion: text(retention.criterion),
    startEvent: text(retention.startEvent),
    endAction: retention.endAction ?? undefined,
    legalReference: text(retention.legalReference),
    appliesTo: text(retention.appliesTo),
  });

const purposeOf = (doc: Doc): Purpose => {
  const retention = doc.retention as Doc | null;
  return compact({
    id: doc.documentId,
    title: doc.title,
    description: text(doc.description),
    legalBasis: doc.legalBasis,
    legalBasisReference: text(doc.legalBasisReference)
      ? compact({ citation: doc.legalBasisReference.trim(), url: text(doc.legalBasisReferenceUrl) })
      : undefined,
    legitimateInterest: text(doc.legitimateInterest),
    dataSubjects: (doc.dataSubjects ?? []).map((subject: Doc) => text(subject.name)).filter(Boolean).map(inline),
    dataCategories: (doc.dataCategories ?? []).map(categoryLabel),
    collectedFrom: doc.collectedFromDataSubject === false ? 'third-party' : doc.collectedFromDataSubject === true ? 'data-subject' : undefined,
    dataSources: text(doc.dataSources) ? [doc.dataSources.trim()] : undefined,
    recipients: (doc.recipients ?? []).map((r: Doc) => r.documentId),
    retention: retention ? retentionOf(retention) : undefined,
    retentionRules: ((doc.retentionRules ?? []) as Doc[]).map(retentionOf),
    requirement: doc.requirement ? compact({ kind: doc.requirement, consequence: text(doc.requirementConsequence) }) : undefined,
    automatedDecision: doc.automatedDecision
      ? compact({ exists: true, logic: text(doc.automatedDecisionLogic), consequences: text(doc.automatedDecisionConsequences) })
      : undefined,
    offeredToChildren: doc.offeredToChildren === true ? true : undefined,
  }) as Purpose;
};

const recipientOf = (doc: Doc): Recipient =>
  compact({ id: doc.documentId, name: doc.name, kind: doc.kind, description: text(doc.description), country: text(doc.country) }) as Recipient;

const transferOf = (doc: Doc): Transfer =>
  compact({ country: doc.country, safeguard: doc.safeguard ?? undefined, safeguardDetails: text(doc.safeguardDetail), copyUrl: text(doc.copyUrl) }) as Transfer;

const channelsOf = (doc: Doc, prefix: string, addressee?: string): Channel[] => {
  const channels: Channel[] = [];
  if (text(doc.email)) channels.push({ type: 'email', email: doc.email });
  if (text(doc.webFormUrl)) channels.push({ type: 'web-form', url: doc.webFormUrl });
  const address = addressOf(doc, prefix);
  if (address) channels.push(compact({ type: 'postal' as const, address, addressee }));
  if (text(doc.phone)) channels.push({ type: 'phone', phone: doc.phone });
  return channels;
};

const rightOf = (doc: Doc): Right =>
  compact({
    kind: doc.kind,
    reference: text(doc.reference),
    howToExercise: text(doc.howToExercise),
    conditions: text(doc.conditions),
    channels: channelsOf(doc, 'postal'),
  }) as Right;

const cookieOf = (doc: Doc): Cookie =>
  compact({
    name: doc.name,
    provider: text(doc.provider) ?? '',
    purpose: doc.purpose,
    session: doc.durationUnit === 'session' ? true : undefined,
    duration: doc.durationUnit !== 'session' && doc.durationValue ? { value: doc.durationValue, unit: doc.durationUnit } : undefined,
    consentRequired: doc.consentRequired !== false,
    category: doc.category ?? undefined,
  }) as Cookie;

const uniqueBy = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];

/** The site's own recipients or transfers followed by its purposes', each once, in the order the page lists them. */
export const uniqueRelated = (site: Doc, field: 'recipients' | 'transfers'): Doc[] =>
  uniqueBy([...(site[field] ?? []), ...((site.purposes ?? []) as Doc[]).flatMap((p) => p[field] ?? [])] as Doc[], (d) => d.documentId);

/** The editor's composition choices for one page, as the admin sends and the page stores them. */
export type PageChoices = PageChoicesRequest;

export interface MappingContext {
  kind: PageKind;
  locale: string;
  page?: PageChoices | null;
  effectiveDate?: string;
  lastUpdated?: string;
  missing?: Array<{ path: string; locale: string }>;
}

/** The site's contact point; without its role the page could only print a bare "Courriel", so none is mapped. */
const contactPointOf = (site: Doc): ContactPoint | undefined => {
  const role = text(site.contactRole);
  if (!role) return undefined;
  const contact = compact({ email: text(site.contactEmail), phone: text(site.contactPhone), url: text(site.contactUrl), address: addressOf(site, 'contact') });
  return Object.keys(contact).length ? { role, ...contact } : undefined;
};

const documentsOfficerOf = (site: Doc): PersonContact | undefined => {
  const person = personOf(site.documentsOfficerName, site.documentsOfficerTitle, site.documentsOfficerGender);
  return person
    ? compact({ ...person, email: text(site.documentsOfficerEmail), phone: text(site.documentsOfficerPhone), address: addressOf(site, 'documentsOfficer') })
    : undefined;
};

/**
 * The accessibility statement states none of the privacy facts: they are left out of its input, so that a change of
 * purpose neither marks it as changed nor fills its checklist.
 */
const accessibilityInput = (site: Doc, full: LegalPageInput): LegalPageInput =>
  compact({
    kind: full.kind,
    locale: full.locale,
    site: full.site,
    controller: full.controller,
    publisher: full.publisher,
    introduction: full.introduction,
    accessibility: accessibilityOf(site),
    effectiveDate: full.effectiveDate,
    lastUpdated: full.lastUpdated,
    page: compact({
      ...full.page,
      links: text(site.accessibilityStatementUrl) ? { accessibilityStatement: site.accessibilityStatementUrl.trim() } : undefined,
    }),
    localeCoverage: full.localeCoverage && { ...full.localeCoverage, missing: full.localeCoverage.missing.filter((gap) => !gap.path.startsWith('/purposes/')) },
  }) as LegalPageInput;

/** Maps a site loaded with its relations onto the core's input for one page. */
export const toPageInput = (site: Doc, context: MappingContext): LegalPageInput => {
  const input = privacyPageInput(site, context);
  return context.kind === 'accessibility-statement' ? accessibilityInput(site, input) : input;
};

const privacyPageInput = (site: Doc, context: MappingContext): LegalPageInput => {
  const purposes: Doc[] = site.purposes ?? [];
  const dpo = site.dpo as Doc | null;
  const recipients = uniqueRelated(site, 'recipients');
  const transfers = uniqueRelated(site, 'transfers');

  return compact({
    kind: context.kind,
    locale: context.locale,
    site: compact({
      name: site.name,
      slug: site.slug,
      baseUrl: site.baseUrl,
      designation: text(site.designation) ? { text: site.designation.trim(), gender: site.designationGender === 'masculine' ? 'm' : 'f' } : undefined,
    }),
    controller: organisationOf(site.controller) as Organisation,
    dpo: dpoOf(dpo, site.controller),
    publisher: organisationOf(site.publisher),
    directorOfPublication: personOf(site.directorOfPublicationName, site.directorOfPublicationTitle, site.directorOfPublicationGender),
    host: organisationOf(site.host),
    contactPoint: contactPointOf(site),
    documentsOfficer: documentsOfficerOf(site),
    introduction: text(context.page?.introduction),
    editorialManagement: text(site.editorialManagement),
    intellectualProperty: text(site.intellectualProperty),
    dataLicence:
      text(site.dataLicence) || text(site.dataLicenceUrl) || text(site.dataLicenceText)
        ? compact({ name: text(site.dataLicence), url: text(site.dataLicenceUrl), text: text(site.dataLicenceText) })
        : undefined,
    applicableLaw: text(site.applicableLaw) || text(site.competentCourts) ? compact({ law: text(site.applicableLaw), courts: text(site.competentCourts) }) : undefined,
    personalDataNote: text(site.personalDataNote),
    security: text(site.security),
    cookieManagement: text(site.cookieManagement),
    minors:
      site.digitalConsentAge || text(site.parentalConsent)
        ? compact({ digitalConsentAge: site.digitalConsentAge ?? undefined, parentalConsent: text(site.parentalConsent) })
        : undefined,
    ...answersOf(site),
    purposes: purposes.map(purposeOf),
    recipients: recipients.map(recipientOf),
    transfers: transfers.map(transferOf),
    rights: (site.rights ?? []).map(rightOf),
    rightsExercise: (() => {
      const exercise = compact({ channels: dpo ? channelsOf(dpo, '', text(dpo.name)) : undefined, identityProof: text(site.identityProof) });
      return Object.keys(exercise).length ? exercise : undefined;
    })(),
    cookies: (site.cookies ?? []).map(cookieOf),
    supervisoryAuthority: supervisoryAuthorityOf(site.controller),
    effectiveDate: context.effectiveDate,
    lastUpdated: context.lastUpdated,
    page: compact({
      title: text(context.page?.title),
      order: context.page?.sectionOrder ?? undefined,
      hidden: context.page?.hiddenSections ?? undefined,
      customSections: context.page?.customSections ?? undefined,
      // The notice period the editor saved with the page; none saved is not an answer (the default delay is 0).
      noticeDays: context.page?.effectiveDelayDays ?? undefined,
      links: (() => {
        const links = compact({
          privacyPolicy: text(site.privacyPolicyUrl),
          cookiePolicy: text(site.cookiePolicyUrl),
          legalNotice: text(site.legalNoticeUrl),
          consentManager: text(site.consentManagerUrl),
        });
        return Object.keys(links).length ? links : undefined;
      })(),
    }),
    localeCoverage: Array.isArray(site.publishedLocales)
      ? { locales: site.publishedLocales as string[], missing: context.missing ?? [] }
      : undefined,
  }) as LegalPageInput;
};
