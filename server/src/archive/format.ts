/**
 * The archive of published versions: what an export writes and an import reads back. Pure (no Strapi), so the
 * format is tested on its own. Layout, under one root folder:
 *
 *   manifest.json                                 format, sites (slugs, default locale, retirement), and per version
 *                                                 its folder, content hash and the SHA-256 of each of its files
 *   versions/<site documentId>/<kind>/<locale>/<number>/
 *     page.html  page.md  page.txt  tree.json     the bodies exactly as the public routes serve them
 *     metadata.json                               number, dates, summary, hash, findings, withdrawal
 *     input.json                                  the facts the version was composed from
 *   SHA256SUMS                                    every file but itself, as `sha256sum -c` reads it
 */
import { createHash } from 'node:crypto';
import { SLUG_PATTERN } from '../core/fields/slug';
import type { StoredVersionFields } from '../../../shared/contracts/pages';

export const ARCHIVE_FORMAT = 'strapi-plugin-legal-pages/archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_ROOT = 'legal-pages-archive';

export const VERSION_FILES = {
  html: 'page.html',
  markdown: 'page.md',
  plainText: 'page.txt',
  tree: 'tree.json',
  metadata: 'metadata.json',
  input: 'input.json',
} as const;
type FileKey = keyof typeof VERSION_FILES;

export interface ArchivedSite {
  documentId: string;
  name: string | null;
  /** Every slug the site published under, oldest first; the last is its slug at export. */
  slugs: string[];
  defaultLocale: string;
  retirement: { at: string; reason: string | null } | null;
}

export interface VersionMetadata extends StoredVersionFields {
  siteDocumentId: string;
  siteSlug: string;
  kind: string;
  locale: string;
  findings: unknown;
  withdrawal: { at: string; reason: string | null } | null;
  /** Cookie policies only; absent in archives written before it existed. */
  consentRevision?: number | null;
  /** Accessibility statements only: the footer mention; absent in archives written before it existed. */
  accessibility?: unknown;
}

export interface ManifestVersion {
  dir: string;
  siteDocumentId: string;
  kind: string;
  locale: string;
  number: number;
  contentHash: string;
  sha256: Record<string, string>;
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  createdAt: string;
  plugin: { name: string; version: string };
  scope: { siteDocumentId: string | null };
  sites: ArchivedSite[];
  versions: ManifestVersion[];
}

/** A version as an export reads it from the database and an import writes it back. */
export interface ArchivedVersion {
  metadata: VersionMetadata;
  html: string;
  markdown: string;
  plainText: string;
  /** Serialised as the public JSON route serialises it, so the import serves the same bytes. */
  treeJson: string;
  input: unknown;
}

export interface ArchiveProblem {
  path: string;
  message: string;
}

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

export const versionDir = (v: Pick<VersionMetadata, 'siteDocumentId' | 'kind' | 'locale' | 'number'>) =>
  `versions/${v.siteDocumentId}/${v.kind}/${v.locale}/${v.number}`;

/** The files of one version, by their path under the root. */
export const versionFiles = (version: ArchivedVersion): Array<[string, Buffer]> => {
  const dir = versionDir(version.metadata);
  const contents: Record<FileKey, string> = {
    html: version.html,
    markdown: version.markdown,
    plainText: version.plainText,
    tree: version.treeJson,
    metadata: `${JSON.stringify(version.metadata, null, 2)}\n`,
    input: `${JSON.stringify(version.input ?? null, null, 2)}\n`,
  };
  return (Object.keys(VERSION_FILES) as FileKey[]).map((key) => [`${dir}/${VERSION_FILES[key]}`, Buffer.from(contents[key], 'utf8')]);
};

export const manifestEntry = (version: ArchivedVersion, files: Array<[string, Buffer]>): ManifestVersion => {
  const dir = versionDir(version.metadata);
  return {
    dir,
    siteDocumentId: version.metadata.siteDocumentId,
    kind: version.metadata.kind,
    locale: version.metadata.locale,
    number: version.metadata.number,
    contentHash: version.metadata.contentHash,
    sha256: Object.fromEntries(files.map(([path, data]) => [path.slice(dir.length + 1), sha256(data)])),
  };
};

/** Every file's sum, as `sha256sum -c SHA256SUMS` checks them from the archive's root folder. */
export const sha256Sums = (manifest: Pick<Manifest, 'versions'>, manifestData: Buffer) =>
  [
    ...manifest.versions.flatMap((v) => Object.entries(v.sha256).map(([file, sum]) => `${sum}  ${v.dir}/${file}\n`)),
    `${sha256(manifestData)}  manifest.json\n`,
  ].join('');

/** Where an archive's entry lands under the root; null for a name that tries to leave it or is not a plain file. */
export const entryPath = (name: string): string | null => {
  const prefix = `${ARCHIVE_ROOT}/`;
  if (!name.startsWith(prefix)) return null;
  const path = name.slice(prefix.length);
  if (path === '' || path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  return path;
};

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const isIsoDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Reads an archive's files back into versions, checking everything before anything is written: the manifest's
 * format, every listed file present with its SHA-256, and each metadata agreeing with its manifest entry. Returns
 * the problems, each with the file it is about, or the sites and versions to import.
 */
export const readArchive = (
  files: Map<string, Buffer>
): { problems: ArchiveProblem[] } | { problems: []; manifest: Manifest; versions: ArchivedVersion[] } => {
  const problems: ArchiveProblem[] = [];
  const raw = files.get('manifest.json');
  if (!raw) return { problems: [{ path: 'manifest.json', message: `is missing: this is not an archive of the legal pages (expected ${ARCHIVE_ROOT}/manifest.json)` }] };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(raw.toString('utf8')) as Manifest;
  } catch {
    return { problems: [{ path: 'manifest.json', message: 'is not valid JSON' }] };
  }
  if (!isObject(manifest) || manifest.format !== ARCHIVE_FORMAT) return { problems: [{ path: 'manifest.json', message: `format must be "${ARCHIVE_FORMAT}"` }] };
  if (manifest.formatVersion !== ARCHIVE_FORMAT_VERSION) {
    return { problems: [{ path: 'manifest.json', message: `formatVersion ${String(manifest.formatVersion)} is not one this plugin reads (${ARCHIVE_FORMAT_VERSION})` }] };
  }
  if (!Array.isArray(manifest.sites) || !Array.isArray(manifest.versions)) return { problems: [{ path: 'manifest.json', message: 'must list sites and versions' }] };

  manifest.sites.forEach((site, i) => {
    const at = `manifest.json sites[${i}]`;
    if (!isObject(site) || typeof site.documentId !== 'string' || !SAFE_SEGMENT.test(site.documentId)) problems.push({ path: at, message: 'documentId is missing or malformed' });
    else if (!Array.isArray(site.slugs) || site.slugs.length === 0 || site.slugs.some((slug) => typeof slug !== 'string' || !new RegExp(SLUG_PATTERN).test(slug))) {
      problems.push({ path: at, message: 'slugs must be a non-empty list of slugs' });
    } else if (typeof site.defaultLocale !== 'string') problems.push({ path: at, message: 'defaultLocale is missing' });
    else if (site.retirement !== null && !(isObject(site.retirement) && isIsoDate(site.retirement.at))) problems.push({ path: at, message: 'retirement.at must be a date' });
  });

  const versions: ArchivedVersion[] = [];
  for (const entry of manifest.versions) {
    if (!isObject(entry) || typeof entry.dir !== 'string' || !isObject(entry.sha256)) {
      problems.push({ path: 'manifest.json versions', message: 'an entry lacks its dir or its sha256 sums' });
      continue;
    }
    const text: Partial<Record<FileKey, string>> = {};
    for (const key of Object.keys(VERSION_FILES) as FileKey[]) {
      const path = `${entry.dir}/${VERSION_FILES[key]}`;
      const data = files.get(path);
      const expected = entry.sha256[VERSION_FILES[key]];
      if (!data) problems.push({ path, message: 'is listed in the manifest but missing from the archive' });
      else if (typeof expected !== 'string' || sha256(data) !== expected) problems.push({ path, message: 'does not match its SHA-256 in the manifest: the archive was altered or damaged' });
      else text[key] = data.toString('utf8');
    }
    if (Object.keys(text).length !== Object.keys(VERSION_FILES).length) continue;
    let metadata: VersionMetadata;
    let input: unknown;
    try {
      metadata = JSON.parse(text.metadata!) as VersionMetadata;
      input = JSON.parse(text.input!);
      JSON.parse(text.tree!);
    } catch {
      problems.push({ path: entry.dir, message: 'metadata.json, input.json or tree.json is not valid JSON' });
      continue;
    }
    const agrees =
      isObject(metadata) &&
      [metadata.siteDocumentId, metadata.kind, metadata.locale].every((segment) => typeof segment === 'string' && SAFE_SEGMENT.test(segment)) &&
      Number.isInteger(metadata.number) &&
      metadata.number > 0 &&
      versionDir(metadata) === entry.dir &&
      metadata.contentHash === entry.contentHash &&
      typeof metadata.siteSlug === 'string' &&
      isIsoDate(metadata.effectiveAt) &&
      isIsoDate(metadata.publishedOn) &&
      (metadata.withdrawal === null || (isObject(metadata.withdrawal) && isIsoDate(metadata.withdrawal.at)));
    if (!agrees) {
      problems.push({ path: `${entry.dir}/metadata.json`, message: 'does not agree with its manifest entry (site, kind, locale, number, content hash or dates)' });
      continue;
    }
    if (!manifest.sites.some((site) => isObject(site) && site.documentId === metadata.siteDocumentId)) {
      problems.push({ path: `${entry.dir}/metadata.json`, message: `names a site the manifest does not list (${metadata.siteDocumentId})` });
      continue;
    }
    versions.push({ metadata, html: text.html!, markdown: text.markdown!, plainText: text.plainText!, treeJson: text.tree!, input });
  }
  return problems.length ? { problems } : { problems: [], manifest, versions };
};
