/**
 * Which sites an entry feeds: a host, a DPO contact or a purpose may be chosen by several sites, and editing it changes
 * all their pages. The relation paths from a site to each kind of entry, and the walk over sites loaded along them.
 * Pure: the service (services/entry-usage.ts) runs the query these build.
 */
import type { Doc } from './to-input';

/** The plugin's content types an editor opens in the Content Manager and that a page is composed from. */
export const ENTRY_TYPES = [
  'site',
  'organisation',
  'dpo-contact',
  'purpose',
  'data-category',
  'data-subject',
  'retention-period',
  'recipient',
  'transfer',
  'right',
  'cookie',
  'security-measure',
  'accessibility-audit',
  'accessibility-content',
] as const;

export type EntryType = (typeof ENTRY_TYPES)[number];

/** The entries a site may share with other sites: every type but the site itself. */
export type SharedEntryType = Exclude<EntryType, 'site'>;

/** Organisations and DPO contacts hold one version for every locale; the other types are translated. */
export const isLocalizedType = (type: EntryType) => type !== 'organisation' && type !== 'dpo-contact';

/**
 * The relations a site reaches each type through, directly or through its purposes, organisations and DPO. One
 * definition, read by the query and by the walk over its answer.
 */
export const USAGE_PATHS: Readonly<Record<SharedEntryType, readonly string[]>> = {
  organisation: [
    'controller',
    'publisher',
    'host',
    'processors',
    'controller.euRepresentative',
    'dpo.organisation',
    'recipients.organisation',
    'purposes.recipients.organisation',
  ],
  'dpo-contact': ['dpo'],
  purpose: ['purposes'],
  'data-category': ['purposes.dataCategories'],
  'data-subject': ['purposes.dataSubjects'],
  'retention-period': ['purposes.retention', 'purposes.retentionRules', 'purposes.dataCategories.erasure'],
  recipient: ['recipients', 'purposes.recipients'],
  transfer: ['transfers', 'purposes.transfers'],
  right: ['rights'],
  cookie: ['cookies'],
  'security-measure': ['securityMeasureList'],
  'accessibility-audit': ['accessibilityAudit'],
  'accessibility-content': ['accessibilityContent'],
};

export const isSharedEntryType = (type: string): type is SharedEntryType => Object.prototype.hasOwnProperty.call(USAGE_PATHS, type);

/** One entry: its type and document. */
export interface EntryRef {
  type: SharedEntryType;
  documentId: string;
}

/** A site an entry feeds, named as the overview names it. */
export interface SiteRef {
  documentId: string;
  name: string;
}

export const entryKey = ({ type, documentId }: EntryRef) => `${type}:${documentId}`;

/** `a.b.c` with `leaf` at its end: `{ a: { b: { c: leaf } } }`, the shape of a where clause on relations. */
const nest = (path: string, leaf: object): object =>
  path
    .split('.')
    .reverse()
    .reduce<object>((inner, segment) => ({ [segment]: inner }), leaf);

type Populate = Record<string, { select: string[]; populate?: Populate }>;

/** The relations to load along one path, with nothing but their document ids. */
const populateAlong = (path: string): Populate =>
  path
    .split('.')
    .reverse()
    .reduce<Populate | undefined>((inner, segment) => ({ [segment]: inner ? { select: ['documentId'], populate: inner } : { select: ['documentId'] } }), undefined)!;

/**
 * The queries that find the sites reaching the entries: one per path, each a short chain of joins. A single query
 * with every path in an `$or` joins them all at once, and its rows multiply (a site's purposes times its recipients
 * times its data categories…) until one preview takes minutes.
 */
export const usageQueries = (refs: readonly EntryRef[]) => {
  const ids = new Map<SharedEntryType, Set<string>>();
  for (const ref of refs) ids.set(ref.type, (ids.get(ref.type) ?? new Set()).add(ref.documentId));
  return [...ids].flatMap(([type, set]) =>
    USAGE_PATHS[type].map((path) => ({ where: nest(path, { documentId: { $in: [...set] } }), populate: populateAlong(path) }))
  );
};

/** The document ids at the end of a path, through single relations and lists alike. */
const idsAlong = (doc: unknown, segments: readonly string[]): string[] => {
  if (doc === null || doc === undefined) return [];
  if (Array.isArray(doc)) return doc.flatMap((item) => idsAlong(item, segments));
  const record = doc as Doc;
  if (segments.length === 0) return typeof record.documentId === 'string' ? [record.documentId] : [];
  return idsAlong(record[segments[0]], segments.slice(1));
};

/**
 * The sites each entry feeds, by `entryKey`, sorted by name; a site loaded in several locales counts once, named in
 * `locale` where it has that version.
 */
export const sitesUsing = (sites: readonly Doc[], refs: readonly EntryRef[], locale?: string): Map<string, SiteRef[]> => {
  const names = new Map<string, string>();
  for (const site of sites) {
    if (typeof site.name !== 'string') continue;
    if (!names.has(site.documentId) || site.locale === locale) names.set(site.documentId, site.name);
  }
  const result = new Map<string, SiteRef[]>();
  for (const ref of refs) {
    const users = new Set(
      sites.filter((site) => USAGE_PATHS[ref.type].some((path) => idsAlong(site, path.split('.')).includes(ref.documentId))).map((site) => site.documentId)
    );
    const list = [...users].map((documentId) => ({ documentId, name: names.get(documentId) ?? documentId }));
    result.set(entryKey(ref), list.sort((a, b) => a.name.localeCompare(b.name)));
  }
  return result;
};
