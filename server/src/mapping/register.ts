import type { DurationUnit, EndAction, LegalBasis, LocalePack, PageKind, Piece, RecipientKind, RegisterColumn, Safeguard, SecurityMeasureKind } from '../core';
import { addressOf, type Doc } from './to-input';

/**
 * The record of processing activities (GDPR Art. 30(1)): one entry per activity of the organisation, not per page.
 * An activity is a purpose entry; the sites that show it are listed in it, and a purpose whose facts differ between
 * sites (another controller, other security measures) stays a separate activity. Every text is in one language.
 */

export interface ContactDetails {
  name: string;
  address: string;
  phone: string;
  email: string;
}

export interface RegisterActivity {
  /** 1, 2, 3… in the order of the export; the workbook names each activity's sheet after it. */
  number: number;
  /** The purpose entry's documentId, suffixed when its facts differ between sites (`abc~2`). */
  key: string;
  purposeDocumentId: string;
  activity: string;
  description: string;
  /** The sites that show the purpose, each with the locales whose version of the site lists it. */
  sites: Array<{ name: string; slug: string; locales: string[] }>;
  /** The published versions, in force or scheduled, whose page states the purpose. */
  publishedIn: Array<{ site: string; kind: PageKind; page: string; locale: string; version: number; inForce: boolean }>;
  controller: (ContactDetails & { legalRepresentative: string }) | null;
  /** The controller's representative in the Union (Art. 27), for a controller established outside it. */
  euRepresentative: ContactDetails | null;
  /** Null when no DPO contact is chosen, or when it says none is appointed (`dpoAppointed: false`). */
  dpo: (ContactDetails & { organisation: string }) | null;
  dpoAppointed: boolean | null;
  legalBasis: string;
  legitimateInterest: string;
  dataSubjects: string[];
  /** `erasure` only where the category is erased on its own schedule; the purpose's `retention` applies otherwise. */
  dataCategories: Array<{ name: string; description: string; special: boolean; erasure: string }>;
  dataSources: string;
  recipients: Array<{ name: string; kind: string }>;
  transfers: Array<{ country: string; recipient: string; safeguard: string; detail: string; copyUrl: string }>;
  retention: string;
  securityMeasures: Array<{ kind: SecurityMeasureKind; heading: string; detail: string }>;
  automatedDecision: string;
  /** The Art. 30(1) items the entries leave empty, as column keys. */
  missing: RegisterColumn[];
}

/** A site loaded in the register's locale, with the locales whose version of the site lists each purpose. */
export interface RegisterSource {
  site: Doc;
  purposeLocales: Record<string, string[]>;
}

/** A published version of a page and the purposes its input held. */
export interface PublishedStatement {
  siteDocumentId: string;
  siteSlug: string;
  kind: PageKind;
  locale: string;
  version: number;
  inForce: boolean;
  purposeIds: string[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const filled = (values: string[]) => values.filter((value) => value !== '');

/** A template's pieces as plain text: a register cell holds no link or emphasis. */
const plain = (piece: Piece): string => {
  if (!piece) return '';
  if (typeof piece === 'string') return piece;
  if (Array.isArray(piece)) return (piece as readonly Piece[]).map(plain).join('');
  const node = piece as { value?: string; text?: string; children?: Piece[] };
  return node.value ?? node.text ?? plain(node.children ?? []);
};

/** The privacy policy's own sentence for a retention period, so the register and the page say the same. */
const retentionOf = (pack: LocalePack, retention: Doc | null | undefined): string => {
  if (!retention) return '';
  const unit = retention.durationUnit as DurationUnit | null;
  const duration = retention.durationValue && unit ? pack.format.duration({ value: Number(retention.durationValue), unit }) : null;
  const criterion = text(retention.criterion) || undefined;
  if (!duration && !criterion) return '';
  const end = retention.endAction ? pack.endActions[retention.endAction as EndAction] : undefined;
  const sentence = pack.privacyPolicy.retention(duration, criterion, text(retention.startEvent) || undefined, end, text(retention.legalReference) || undefined);
  return pack.grammar.typography(plain(sentence)).replace(/\.$/, '');
};

/** The basis as the page words it, with the law it rests on (GDPR Art. 6(3)) when the editor cited one. */
const legalBasisOf = (pack: LocalePack, purpose: Doc): string => {
  const known = typeof purpose.legalBasis === 'string' ? pack.legalBases[purpose.legalBasis as LegalBasis] : undefined;
  if (!known) return '';
  const citation = text(purpose.legalBasisReference);
  return pack.grammar.typography(plain(pack.privacyPolicy.legalBasis(known.short, known.article, citation ? { type: 'text', value: citation } : null)));
};

const contactOf = (pack: LocalePack, doc: Doc | null | undefined): ContactDetails | null => {
  if (!doc) return null;
  const address = addressOf(doc);
  return { name: text(doc.name), address: address ? pack.format.address(address) : '', phone: text(doc.phone), email: text(doc.email) };
};

const controllerOf = (pack: LocalePack, doc: Doc | null | undefined): RegisterActivity['controller'] => {
  const contact = contactOf(pack, doc);
  if (!contact || !doc) return null;
  const representative = filled([text(doc.representativeName), text(doc.representativeTitle)]).join(', ');
  return { ...contact, legalRepresentative: representative };
};

const dpoOf = (pack: LocalePack, doc: Doc | null | undefined): RegisterActivity['dpo'] => {
  if (!doc || doc.appointed === false) return null;
  const contact = contactOf(pack, doc)!;
  return { ...contact, name: text(doc.name) || text(doc.label), organisation: text((doc.organisation as Doc | null)?.name) };
};

const automatedDecisionOf = (pack: LocalePack, purpose: Doc): string => {
  if (!purpose.automatedDecision) return pack.register.no;
  const logic = text(purpose.automatedDecisionLogic);
  return logic ? `${pack.grammar.label(pack.register.yes)}${logic}` : pack.register.yes;
};

const transferOf = (pack: LocalePack, transfer: Doc) => ({
  country: pack.format.country(text(transfer.country)),
  recipient: text(transfer.recipientName),
  safeguard: transfer.safeguard ? pack.grammar.typography(pack.safeguards[transfer.safeguard as Safeguard]) : '',
  detail: text(transfer.safeguardDetail),
  copyUrl: text(transfer.copyUrl),
});

/** The Art. 30(1) items an activity lacks; a DPO contact that says none is appointed is an answer, not a gap. */
const missingOf = (activity: Omit<RegisterActivity, 'missing' | 'number' | 'key' | 'sites' | 'publishedIn'>, site: Doc): RegisterColumn[] => {
  const contact = activity.controller;
  const gaps: Array<[RegisterColumn, boolean]> = [
    ['controller', !contact?.name],
    ['controllerContact', !contact || (!contact.address && !contact.phone && !contact.email)],
    ['euRepresentative', (site.controller as Doc | null)?.outsideEu === true && !activity.euRepresentative],
    ['dpo', activity.dpoAppointed === null],
    ['dpoContact', activity.dpo !== null && !activity.dpo.email && !activity.dpo.address && !activity.dpo.phone],
    ['legalBasis', !activity.legalBasis],
    ['dataSubjects', activity.dataSubjects.length === 0],
    ['dataCategories', activity.dataCategories.length === 0],
    ['retention', !activity.retention],
    ['securityMeasures', activity.securityMeasures.length === 0],
  ];
  return gaps.filter(([, missing]) => missing).map(([column]) => column);
};

/** One purpose as a site states it: everything but where it is stated. */
const activityOf = (pack: LocalePack, site: Doc, purpose: Doc) => {
  const categories = (purpose.dataCategories ?? []) as Doc[];
  const dpoEntry = site.dpo as Doc | null | undefined;
  const facts = {
    purposeDocumentId: String(purpose.documentId),
    activity: text(purpose.title),
    description: text(purpose.description),
    controller: controllerOf(pack, site.controller as Doc | null),
    euRepresentative: contactOf(pack, (site.controller as Doc | null)?.euRepresentative as Doc | null),
    dpo: dpoOf(pack, dpoEntry),
    dpoAppointed: dpoEntry ? dpoEntry.appointed !== false : null,
    legalBasis: legalBasisOf(pack, purpose),
    legitimateInterest: text(purpose.legitimateInterest),
    dataSubjects: filled(((purpose.dataSubjects ?? []) as Doc[]).map((subject) => text(subject.name))),
    dataCategories: categories.map((category) => ({
      name: text(category.name),
      description: text(category.description),
      special: category.special === true,
      erasure: retentionOf(pack, category.erasure as Doc | null),
    })),
    dataSources: purpose.collectedFromDataSubject === false ? text(purpose.dataSources) : pack.register.dataSubject,
    recipients: ((purpose.recipients ?? []) as Doc[]).map((recipient) => ({
      name: text(recipient.name),
      kind: pack.recipientKinds[recipient.kind as RecipientKind] ?? '',
    })),
    transfers: ((purpose.transfers ?? []) as Doc[]).map((transfer) => transferOf(pack, transfer)),
    retention: retentionOf(pack, purpose.retention as Doc | null),
    securityMeasures: ((site.securityMeasureList ?? []) as Doc[]).map((measure) => ({
      kind: measure.kind as SecurityMeasureKind,
      heading: pack.register.securityMeasureKinds[measure.kind as SecurityMeasureKind] ?? '',
      detail: text(measure.detail),
    })),
    automatedDecision: automatedDecisionOf(pack, purpose),
  };
  return { ...facts, missing: missingOf(facts, site) };
};

/**
 * The register's activities from the sites loaded in one locale. Two sites share an activity when they show the
 * same purpose entry with the same facts; `statements` say which published pages state each one.
 */
export const registerActivities = (sources: RegisterSource[], statements: PublishedStatement[], pack: LocalePack): RegisterActivity[] => {
  const groups = new Map<string, { facts: ReturnType<typeof activityOf>; sites: Array<{ documentId: string; name: string; slug: string; locales: string[] }> }>();
  for (const { site, purposeLocales } of sources) {
    for (const purpose of (site.purposes ?? []) as Doc[]) {
      const facts = activityOf(pack, site, purpose);
      const fingerprint = JSON.stringify(facts);
      const group = groups.get(fingerprint) ?? { facts, sites: [] };
      group.sites.push({ documentId: String(site.documentId), name: text(site.name), slug: text(site.slug), locales: purposeLocales[purpose.documentId] ?? [] });
      groups.set(fingerprint, group);
    }
  }

  const collator = new Intl.Collator(pack.code);
  const sorted = [...groups.values()].sort(
    (a, b) => collator.compare(a.facts.activity, b.facts.activity) || collator.compare(a.sites[0].name, b.sites[0].name)
  );
  const variants = new Map<string, number>();
  return sorted.map(({ facts, sites }, index) => {
    const variant = (variants.get(facts.purposeDocumentId) ?? 0) + 1;
    variants.set(facts.purposeDocumentId, variant);
    const siteIds = new Set(sites.map((site) => site.documentId));
    return {
      number: index + 1,
      key: variant === 1 ? facts.purposeDocumentId : `${facts.purposeDocumentId}~${variant}`,
      ...facts,
      sites: sites.map(({ name, slug, locales }) => ({ name, slug, locales })),
      publishedIn: statements
        .filter((statement) => siteIds.has(statement.siteDocumentId) && statement.purposeIds.includes(facts.purposeDocumentId))
        .map(({ siteSlug, kind, locale, version, inForce }) => ({ site: siteSlug, kind, page: pack.pageTitles[kind], locale, version, inForce })),
    };
  });
};

export interface VersionRow {
  id: number;
  siteDocumentId: string;
  siteSlug: string;
  kind: PageKind;
  locale: string;
  number: number;
  effectiveAt: string | Date;
}

/**
 * The versions the public reads or is about to read, per site, page and locale: the one in force at `now` (as the
 * public route picks it) and the next scheduled one. Older versions no longer state anything.
 */
export const currentVersions = (rows: VersionRow[], now: Date): Array<VersionRow & { inForce: boolean }> => {
  const pages = new Map<string, VersionRow[]>();
  for (const row of rows) {
    const page = `${row.siteDocumentId}/${row.kind}/${row.locale}`;
    pages.set(page, [...(pages.get(page) ?? []), row]);
  }
  const at = (row: VersionRow) => new Date(row.effectiveAt).getTime();
  return [...pages.values()].flatMap((versions) => {
    const past = versions.filter((row) => at(row) <= now.getTime()).sort((a, b) => at(b) - at(a) || b.number - a.number);
    const future = versions.filter((row) => at(row) > now.getTime()).sort((a, b) => at(a) - at(b) || a.number - b.number);
    return [...(past[0] ? [{ ...past[0], inForce: true }] : []), ...(future[0] ? [{ ...future[0], inForce: false }] : [])];
  });
};
