import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import * as tar from 'tar-stream';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_ROOT,
  entryPath,
  manifestEntry,
  readArchive,
  sha256Sums,
  versionFiles,
  type ArchivedSite,
  type ArchivedVersion,
  type Manifest,
} from '../archive/format';
import type { PluginConfig } from '../config';
import { ConflictError } from '../errors';
import { PLUGIN_ID, uid } from '../plugin-id';
import type { SiteRecord } from './permanence';

const VERSION = uid('version') as UID.ContentType;
const SITE = uid('site') as UID.ContentType;
const SLUG = uid('slug') as UID.ContentType;
const RECORD = uid('site-record') as UID.ContentType;

const BATCH = 100;
/** Decompressed size an import reads at most; an archive of 1,000 versions is a few tens of megabytes. */
export const IMPORT_MAX_BYTES = 1024 * 1024 * 1024;

const ROW_FIELDS = [
  'siteDocumentId', 'siteSlug', 'kind', 'locale', 'number', 'effectiveAt', 'publishedOn', 'changeSummary', 'contentHash',
  'publishedWithErrors', 'findings', 'html', 'markdown', 'plainText', 'tree', 'input', 'withdrawnAt', 'withdrawalReason', 'consentRevision',
  'accessibility',
] as const;

const iso = (value: unknown) => new Date(value as string).toISOString();
const parsed = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** A stored version as the archive holds it; the tree is serialised as the public JSON route serialises it. */
const toArchived = (row: Record<string, unknown>): ArchivedVersion => ({
  metadata: {
    siteDocumentId: row.siteDocumentId as string,
    siteSlug: row.siteSlug as string,
    kind: row.kind as string,
    locale: row.locale as string,
    number: row.number as number,
    effectiveAt: iso(row.effectiveAt),
    publishedOn: iso(row.publishedOn),
    changeSummary: (row.changeSummary as string | null) ?? null,
    contentHash: row.contentHash as string,
    publishedWithErrors: Boolean(row.publishedWithErrors),
    findings: parsed(row.findings) ?? null,
    withdrawal: row.withdrawnAt ? { at: iso(row.withdrawnAt), reason: (row.withdrawalReason as string | null) ?? null } : null,
    consentRevision: (row.consentRevision as number | null) ?? null,
    accessibility: parsed(row.accessibility) ?? null,
  },
  html: row.html as string,
  markdown: row.markdown as string,
  plainText: row.plainText as string,
  treeJson: JSON.stringify(parsed(row.tree)),
  input: parsed(row.input) ?? null,
});

const addEntry = (pack: tar.Pack, name: string, data: Buffer, mtime: Date) =>
  new Promise<void>((resolve, reject) => {
    pack.entry({ name: `${ARCHIVE_ROOT}/${name}`, size: data.length, mtime, mode: 0o644 }, data, (error) => (error ? reject(error) : resolve()));
  });

export interface ArchiveFile {
  path: string;
  size: number;
  versions: number;
  filename: string;
  /** Removes the temporary file, once it is sent. */
  dispose: () => Promise<void>;
}

export interface ImportReport {
  sites: number;
  imported: number;
  alreadyPresent: number;
}

/**
 * Export and import of published versions, for an uninstall or a move to another installation: every version
 * with its bodies exactly as served, its metadata and a manifest of SHA-256 sums; imported back with the same
 * numbers, dates, summaries and hashes, and served byte for byte.
 */
const archive = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const permanence = () => strapi.plugin(PLUGIN_ID).service('permanence');
  const pluginVersion = () => String(strapi.plugin(PLUGIN_ID).service('info').get().version);

  const archivedSite = async (siteDocumentId: string): Promise<ArchivedSite> => {
    const [site, slugs, record] = await Promise.all([
      strapi.db.query(SITE).findOne({ where: { documentId: siteDocumentId }, select: ['name'] }) as Promise<{ name: string } | null>,
      permanence().slugsOf(siteDocumentId) as Promise<string[]>,
      permanence().record(siteDocumentId) as Promise<SiteRecord | null>,
    ]);
    return {
      documentId: siteDocumentId,
      name: site?.name ?? null,
      slugs,
      defaultLocale: record?.defaultLocale ?? config().defaultLocale,
      retirement: record?.retiredAt ? { at: iso(record.retiredAt), reason: record.retirementReason ?? null } : null,
    };
  };

  return {
    /**
     * Writes the archive of one site (or of all) to a temporary file: a failure is reported before anything is sent,
     * and the download has a length.
     */
    async export(siteDocumentId?: string): Promise<ArchiveFile> {
      const scope = siteDocumentId ? { siteDocumentId } : {};
      const ids = [
        ...new Set(
          ((await strapi.db.query(VERSION).findMany({ where: scope, select: ['siteDocumentId'], orderBy: { siteDocumentId: 'asc' } })) as Array<{ siteDocumentId: string }>).map(
            (row) => row.siteDocumentId
          )
        ),
      ];
      if (siteDocumentId && ids.length === 0) {
        const exists = await strapi.db.query(SITE).findOne({ where: { documentId: siteDocumentId }, select: ['id'] });
        throw new errors.NotFoundError(exists ? 'This site has published nothing yet: its archive would be empty' : `No site with documentId "${siteDocumentId}"`);
      }
      const sites = await Promise.all(ids.map(archivedSite));

      const dir = await mkdtemp(path.join(tmpdir(), 'legal-pages-archive-'));
      const file = path.join(dir, 'archive.tar.gz');
      const dispose = () => rm(dir, { recursive: true, force: true });
      try {
        const pack = tar.pack();
        const gzip = createGzip();
        const out = createWriteStream(file);
        const written = new Promise<void>((resolve, reject) => {
          out.on('finish', resolve);
          out.on('error', reject);
          gzip.on('error', reject);
          pack.on('error', reject);
        });
        pack.pipe(gzip).pipe(out);

        const manifestVersions: Manifest['versions'] = [];
        let count = 0;
        for (let offset = 0; ; offset += BATCH) {
          const rows = (await strapi.db.query(VERSION).findMany({
            where: scope,
            select: [...ROW_FIELDS],
            orderBy: [{ siteDocumentId: 'asc' }, { kind: 'asc' }, { locale: 'asc' }, { number: 'asc' }],
            offset,
            limit: BATCH,
          })) as Array<Record<string, unknown>>;
          for (const row of rows) {
            const version = toArchived(row);
            const files = versionFiles(version);
            for (const [name, data] of files) await addEntry(pack, name, data, new Date(version.metadata.publishedOn));
            manifestVersions.push(manifestEntry(version, files));
            count += 1;
          }
          if (rows.length < BATCH) break;
        }
        const now = new Date();
        const manifest: Manifest = {
          format: ARCHIVE_FORMAT,
          formatVersion: ARCHIVE_FORMAT_VERSION,
          createdAt: now.toISOString(),
          plugin: { name: 'strapi-plugin-legal-pages', version: pluginVersion() },
          scope: { siteDocumentId: siteDocumentId ?? null },
          sites,
          versions: manifestVersions,
        };
        const manifestData = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
        await addEntry(pack, 'manifest.json', manifestData, now);
        await addEntry(pack, 'SHA256SUMS', Buffer.from(sha256Sums(manifest, manifestData), 'utf8'), now);
        pack.finalize();
        await written;

        const slug = siteDocumentId ? (sites[0]?.slugs.at(-1) ?? siteDocumentId) : 'all-sites';
        return { path: file, size: (await stat(file)).size, versions: count, filename: `legal-pages-${slug}-${now.toISOString().slice(0, 10)}.tar.gz`, dispose };
      } catch (error) {
        await dispose();
        throw error;
      }
    },

    open(file: ArchiveFile) {
      return createReadStream(file.path);
    },

    /** Reads a .tar.gz archive and imports it, all or nothing. */
    async import(source: Readable): Promise<ImportReport> {
      const files = await this.extract(source);
      const read = readArchive(files);
      if (read.problems.length || !('manifest' in read)) {
        throw new errors.ValidationError(`The archive cannot be imported: ${read.problems.slice(0, 5).map((p) => `${p.path} ${p.message}`).join('; ')}`, {
          errors: read.problems.slice(0, 50).map((p) => ({ path: [p.path], message: p.message, name: 'ValidationError' })),
        });
      }
      const { manifest, versions } = read;
      const conflicts = await this.conflicts(manifest.sites, versions);
      if (conflicts.length) {
        throw new ConflictError(`The archive conflicts with what this installation holds: ${conflicts.slice(0, 5).join('; ')}`, { conflicts });
      }
      const toWrite = await this.missing(versions);
      const created: number[] = [];
      await strapi.db.transaction(async () => {
        for (const site of manifest.sites) await this.restoreSite(site);
        for (const version of toWrite) created.push(await this.restoreVersion(version));
      });
      // The compressed bodies are not in the archive (they derive from the bodies): computed again once committed, one
      // version at a time and without holding up the answer; until then a request compresses what it needs.
      const pages = strapi.plugin(PLUGIN_ID).service('public-pages');
      void (async () => {
        for (const id of created) await pages.storeEncodings(id);
      })();
      strapi.plugin(PLUGIN_ID).service('publishing').announce({ type: 'archive.imported', versions: toWrite.length, sites: manifest.sites.map((s) => s.documentId) });
      return { sites: manifest.sites.length, imported: toWrite.length, alreadyPresent: versions.length - toWrite.length };
    },

    /** The archive's files by their path under its root; the decompressed size is bounded. */
    async extract(source: Readable): Promise<Map<string, Buffer>> {
      const files = new Map<string, Buffer>();
      const extract = tar.extract();
      const gunzip = createGunzip();
      let total = 0;
      let failure: Error | undefined;
      const fail = (error: Error) => {
        failure ??= error;
        extract.destroy(error);
      };
      gunzip.on('error', () => fail(new errors.ValidationError('The body is not a gzip-compressed tar archive (.tar.gz) as the export writes')));
      source.on('error', (error) => fail(error));
      source.pipe(gunzip).pipe(extract);
      try {
        for await (const entry of extract) {
          const name = entryPath(entry.header.name);
          const chunks: Buffer[] = [];
          for await (const chunk of entry) {
            total += (chunk as Buffer).length;
            if (total > IMPORT_MAX_BYTES) throw new errors.PayloadTooLargeError(`The archive holds more than ${IMPORT_MAX_BYTES / 1024 / 1024} MiB once decompressed`);
            if (name && entry.header.type === 'file') chunks.push(chunk as Buffer);
          }
          if (name && entry.header.type === 'file') files.set(name, Buffer.concat(chunks));
        }
      } catch (error) {
        source.unpipe();
        gunzip.destroy();
        if (failure) throw failure;
        if (error instanceof errors.ApplicationError) throw error;
        throw new errors.ValidationError(`The archive cannot be read: ${(error as Error).message}`);
      }
      if (failure) throw failure;
      return files;
    },

    /** What would contradict this installation: a slug reserved or used by another site, a version number holding other content. */
    async conflicts(sites: ArchivedSite[], versions: ArchivedVersion[]): Promise<string[]> {
      const found: string[] = [];
      for (const site of sites) {
        for (const slug of site.slugs) {
          const owner = (await permanence().owner(slug)) as string | null;
          if (owner && owner !== site.documentId) found.push(`the slug "${slug}" is reserved here by another site (${owner})`);
          const holder = (await strapi.db.query(SITE).findOne({ where: { slug, documentId: { $ne: site.documentId } }, select: ['name'] })) as { name: string } | null;
          if (holder) found.push(`the slug "${slug}" is used here by the site "${holder.name}"`);
        }
      }
      for (const { metadata: v } of versions) {
        const existing = (await strapi.db.query(VERSION).findOne({
          where: { siteDocumentId: v.siteDocumentId, kind: v.kind, locale: v.locale, number: v.number },
          select: ['contentHash'],
        })) as { contentHash: string } | null;
        if (existing && existing.contentHash !== v.contentHash) found.push(`${v.kind} ${v.locale} v${v.number} of the site ${v.siteDocumentId} exists here with other content`);
      }
      return found;
    },

    /** The versions this installation lacks; those it holds with the same hash are already imported. */
    async missing(versions: ArchivedVersion[]): Promise<ArchivedVersion[]> {
      const out: ArchivedVersion[] = [];
      for (const version of versions) {
        const { siteDocumentId, kind, locale, number } = version.metadata;
        const count = await strapi.db.query(VERSION).count({ where: { siteDocumentId, kind, locale, number } });
        if (count === 0) out.push(version);
      }
      return out;
    },

    async restoreSite(site: ArchivedSite) {
      for (const slug of site.slugs) {
        if (!(await permanence().owner(slug))) await strapi.db.query(SLUG).create({ data: { slug, siteDocumentId: site.documentId, reservedOn: new Date() } });
      }
      const record = (await permanence().record(site.documentId)) as SiteRecord | null;
      const retirement = site.retirement ? { retiredAt: new Date(site.retirement.at), retirementReason: site.retirement.reason } : {};
      if (!record) await strapi.db.query(RECORD).create({ data: { siteDocumentId: site.documentId, defaultLocale: site.defaultLocale, ...retirement } });
      else if (!record.retiredAt && site.retirement) await strapi.db.query(RECORD).update({ where: { siteDocumentId: site.documentId }, data: retirement });
    },

    async restoreVersion({ metadata: m, html, markdown, plainText, treeJson, input }: ArchivedVersion): Promise<number> {
      const created = (await strapi.db.query(VERSION).create({
        data: {
          siteDocumentId: m.siteDocumentId,
          siteSlug: m.siteSlug,
          kind: m.kind,
          locale: m.locale,
          number: m.number,
          effectiveAt: new Date(m.effectiveAt),
          publishedOn: new Date(m.publishedOn),
          // The publisher was an admin user of the other installation: not carried over.
          publishedById: null,
          changeSummary: m.changeSummary,
          contentHash: m.contentHash,
          publishedWithErrors: m.publishedWithErrors,
          findings: m.findings,
          html,
          markdown,
          plainText,
          tree: JSON.parse(treeJson),
          input,
          withdrawnAt: m.withdrawal ? new Date(m.withdrawal.at) : null,
          withdrawalReason: m.withdrawal?.reason ?? null,
          consentRevision: m.consentRevision ?? null,
          // The other installation announced what took effect there; a version still to come is announced here.
          inForceAnnouncedAt: new Date(m.effectiveAt).getTime() <= Date.now() ? new Date() : null,
          accessibility: m.accessibility ?? null,
        },
        select: ['id'],
      })) as { id: number };
      return created.id;
    },
  };
};

export default archive;
