import { gunzipSync, gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_ROOT,
  entryPath,
  manifestEntry,
  readArchive,
  sha256,
  sha256Sums,
  versionFiles,
  type ArchivedVersion,
  type Manifest,
} from '../../../server/src/archive/format';

const version = (number: number, overrides: Partial<ArchivedVersion['metadata']> = {}): ArchivedVersion => ({
  metadata: {
    siteDocumentId: 'abc123site',
    siteSlug: 'open-data-exemple',
    kind: 'privacy-policy',
    locale: 'fr',
    number,
    effectiveAt: '2026-01-01T00:00:00.000Z',
    publishedOn: '2025-12-20T10:00:00.000Z',
    changeSummary: `Version ${number}`,
    contentHash: sha256(`tree ${number}`),
    publishedWithErrors: false,
    findings: [],
    withdrawal: null,
    ...overrides,
  },
  html: `<article>v${number} – données</article>`,
  markdown: `# v${number}`,
  plainText: `v${number}`,
  treeJson: `{"type":"legal-document","n":${number}}`,
  input: { site: { slug: 'open-data-exemple' } },
});

/** What an export writes, as files under the root. */
const archiveFiles = (versions: ArchivedVersion[]) => {
  const files = new Map<string, Buffer>();
  const entries = versions.map((v) => {
    const written = versionFiles(v);
    for (const [path, data] of written) files.set(path, data);
    return manifestEntry(v, written);
  });
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    plugin: { name: 'strapi-plugin-legal-pages', version: '0.0.0' },
    scope: { siteDocumentId: null },
    sites: [{ documentId: 'abc123site', name: 'Exemple', slugs: ['open-data-exemple'], defaultLocale: 'fr', retirement: null }],
    versions: entries,
  };
  const manifestData = Buffer.from(JSON.stringify(manifest));
  files.set('manifest.json', manifestData);
  files.set('SHA256SUMS', Buffer.from(sha256Sums(manifest, manifestData)));
  return files;
};

describe('archive format', () => {
  it('reads back every version with its bodies byte for byte', () => {
    const versions = [version(1), version(2, { withdrawal: { at: '2025-12-21T00:00:00.000Z', reason: 'Date mal saisie' } })];
    const read = readArchive(archiveFiles(versions));
    expect(read.problems).toEqual([]);
    if (!('versions' in read)) throw new Error('unreadable');
    expect(read.versions).toEqual(versions);
  });

  it('names a file whose SHA-256 does not match', () => {
    const files = archiveFiles([version(1)]);
    files.set('versions/abc123site/privacy-policy/fr/1/page.html', Buffer.from('<article>altered</article>'));
    expect(readArchive(files).problems).toEqual([
      { path: 'versions/abc123site/privacy-policy/fr/1/page.html', message: expect.stringMatching(/does not match its SHA-256/) },
    ]);
  });

  it('names a listed file that is missing, and a metadata that disagrees with its entry', () => {
    const files = archiveFiles([version(1)]);
    files.delete('versions/abc123site/privacy-policy/fr/1/page.md');
    expect(readArchive(files).problems[0]).toMatchObject({ path: 'versions/abc123site/privacy-policy/fr/1/page.md' });

    const moved = archiveFiles([version(3)]);
    const manifest = JSON.parse(moved.get('manifest.json')!.toString()) as Manifest;
    manifest.versions[0].contentHash = sha256('other');
    moved.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    expect(readArchive(moved).problems[0].message).toMatch(/does not agree with its manifest entry/);
  });

  it('refuses what is not an archive of the legal pages', () => {
    expect(readArchive(new Map()).problems[0].message).toMatch(/not an archive of the legal pages/);
    expect(readArchive(new Map([['manifest.json', Buffer.from('{"format":"other"}')]])).problems[0].message).toMatch(/format must be/);
  });

  it('keeps entries under the root and refuses paths that leave it', () => {
    expect(entryPath(`${ARCHIVE_ROOT}/versions/a/b`)).toBe('versions/a/b');
    expect(entryPath(`${ARCHIVE_ROOT}/../etc/passwd`)).toBeNull();
    expect(entryPath(`${ARCHIVE_ROOT}/a//b`)).toBeNull();
    expect(entryPath('elsewhere/manifest.json')).toBeNull();
  });

  it('survives a tar.gz round trip with tar-stream', async () => {
    const files = archiveFiles([version(1), version(2)]);
    const pack = tar.pack();
    const chunks: Buffer[] = [];
    pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
    const done = new Promise<void>((resolve) => pack.on('end', () => resolve()));
    for (const [name, data] of files) {
      await new Promise<void>((resolve, reject) => pack.entry({ name: `${ARCHIVE_ROOT}/${name}`, size: data.length }, data, (e) => (e ? reject(e) : resolve())));
    }
    pack.finalize();
    await done;
    const gz = gzipSync(Buffer.concat(chunks));

    const extract = tar.extract();
    const back = new Map<string, Buffer>();
    extract.end(gunzipSync(gz));
    for await (const entry of extract) {
      const parts: Buffer[] = [];
      for await (const part of entry) parts.push(part as Buffer);
      const path = entryPath(entry.header.name);
      if (path) back.set(path, Buffer.concat(parts));
    }
    expect([...back.keys()].sort()).toEqual([...files.keys()].sort());
    const read = readArchive(back);
    expect(read.problems).toEqual([]);
    const sums = back.get('SHA256SUMS')!.toString().trim().split('\n');
    expect(sums).toContain(`${sha256(back.get('manifest.json')!)}  manifest.json`);
    expect(sums).toHaveLength(2 * 6 + 1);
  });
});
