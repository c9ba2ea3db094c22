import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type request from 'supertest';
import * as tar from 'tar-stream';
import { asAdmin, createAdminRole, createAdminUser, http, superAdminJwt } from './harness';
import { createCompleteSite } from './harness/sites';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEmptyDatabase, dropDatabase } = require('./harness/database') as {
  createEmptyDatabase: (playgroundDir: string, name: string) => Promise<Record<string, string>>;
  dropDatabase: (name: string) => Promise<void>;
};

type Site = Awaited<ReturnType<typeof createCompleteSite>>;

const DATABASE = 'legal_pages_archive';
const playgroundDir = path.resolve(__dirname, '../../playground');
const FORMATS = ['json', 'html', 'markdown', 'text'];
const inDays = (days: number) => new Date(Date.now() + days * 86400000);

const admin = async () => asAdmin(await superAdminJwt());
const publish = async (site: Site, kind: string, locale: string, body: object = {}) => {
  const res = await (await admin()).post(`/legal-pages/sites/${site.site.documentId}/pages/${kind}/${locale}/publish`).send(body);
  if (res.status !== 201) throw new Error(`publish ${kind}/${locale}: ${res.status} ${res.text}`);
  return res.body.data as { number: number; contentHash: string };
};

/** Supertest hands a binary body to this parser, so the archive arrives as bytes. */
const binary = ((res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}) as unknown as (res: request.Response, callback: (err: Error | null, body: unknown) => void) => void;

const untar = async (gz: Buffer) => {
  const files = new Map<string, Buffer>();
  const extract = tar.extract();
  extract.end(gunzipSync(gz));
  for await (const entry of extract) {
    const parts: Buffer[] = [];
    for await (const part of entry) parts.push(part as Buffer);
    files.set(entry.header.name, Buffer.concat(parts));
  }
  return files;
};

interface Report {
  pluginLoaded: boolean;
  versions: number | null;
  imported: { sites: number; imported: number; alreadyPresent: number } | null;
  answers: Record<string, { status: number; body: string; version: string | null }>;
}

describe('archive export and import', () => {
  let site: Site;
  let archive: Buffer;
  const urls: string[] = [];
  const expected: Record<string, string> = {};
  const hashes: Record<string, string> = {};
  let databaseEnv: Record<string, string>;
  const work = mkdtempSync(path.join(tmpdir(), 'legal-pages-archive-test-'));

  /** One start of the playground, in its own process, on this test's own database. */
  const boot = async (enabled: boolean, args: string[] = []): Promise<Report> => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'harness/archive-process.js'), ...args], {
      env: { ...process.env, ...databaseEnv, LEGAL_PAGES_ENABLED: String(enabled), PORT: '0' },
      maxBuffer: 200 * 1024 * 1024,
    });
    const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{"pluginLoaded"'));
    if (!line) throw new Error(`the playground printed no report:\n${stdout}`);
    return JSON.parse(line) as Report;
  };

  beforeAll(async () => {
    site = await createCompleteSite();
    for (const locale of ['fr', 'en']) {
      await publish(site, 'privacy-policy', locale, { changeSummary: `Première publication (${locale})` });
      await publish(site, 'legal-notice', locale);
    }
    await publish(site, 'privacy-policy', 'fr', { changeSummary: 'Deuxième' });
    await publish(site, 'legal-notice', 'fr', { effectiveAt: inDays(30).toISOString(), changeSummary: 'Programmée puis retirée' });
    await (await admin()).post(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr/versions/2/withdraw`).send({ reason: 'Erreur' }).expect(200);

    for (const [kind, locale, count] of [['privacy-policy', 'fr', 2], ['privacy-policy', 'en', 1], ['legal-notice', 'fr', 2], ['legal-notice', 'en', 1]] as const) {
      const base = `/api/legal-pages/pages/${site.slug}/${kind}`;
      urls.push(`${base}/versions?locale=${locale}`, `${base}?locale=${locale}`);
      for (let n = 1; n <= count; n += 1) for (const format of FORMATS) urls.push(`${base}/versions/${n}?locale=${locale}&format=${format}`);
    }
    for (const url of urls) {
      const res = await http().get(url).buffer(true).parse(binary).expect(200);
      expected[url] = (res.body as Buffer).toString('utf8');
      if (url.includes('format=json')) hashes[url] = JSON.parse(expected[url]).data.contentHash;
    }

    const res = await (await admin()).get(`/legal-pages/archive?site=${site.site.documentId}`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/gzip/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="legal-pages-.*\.tar\.gz"/);
    archive = res.body as Buffer;
    databaseEnv = await createEmptyDatabase(playgroundDir, DATABASE);
  }, 240000);

  afterAll(async () => {
    await dropDatabase(DATABASE);
  });

  it('holds every version with its bodies, metadata and a manifest of SHA-256 sums', async () => {
    const files = await untar(archive);
    const manifest = JSON.parse(files.get('legal-pages-archive/manifest.json')!.toString('utf8'));
    expect(manifest.versions).toHaveLength(6);
    expect(manifest.sites).toEqual([expect.objectContaining({ documentId: site.site.documentId, slugs: [site.slug], defaultLocale: 'fr', retirement: null })]);
    for (const entry of manifest.versions) {
      for (const [file, sum] of Object.entries(entry.sha256)) {
        const data = files.get(`legal-pages-archive/${entry.dir}/${file}`);
        expect(data).toBeDefined();
        expect(createHash('sha256').update(data!).digest('hex')).toBe(sum);
      }
      const metadata = JSON.parse(files.get(`legal-pages-archive/${entry.dir}/metadata.json`)!.toString('utf8'));
      expect(metadata.contentHash).toBe(entry.contentHash);
    }
    const html = files.get(`legal-pages-archive/versions/${site.site.documentId}/privacy-policy/fr/2/page.html`)!.toString('utf8');
    expect(html).toBe(expected[`/api/legal-pages/pages/${site.slug}/privacy-policy/versions/2?locale=fr&format=html`]);
    const withdrawn = JSON.parse(files.get(`legal-pages-archive/versions/${site.site.documentId}/legal-notice/fr/2/metadata.json`)!.toString('utf8'));
    expect(withdrawn.withdrawal).toMatchObject({ reason: 'Erreur' });
    const sums = files.get('legal-pages-archive/SHA256SUMS')!.toString('utf8').trim().split('\n');
    expect(sums).toHaveLength(6 * 6 + 1);
  });

  it('exports every site without ?site=, and needs the Read permission', async () => {
    const all = await (await admin()).get('/legal-pages/archive').buffer(true).parse(binary).expect(200);
    const manifest = JSON.parse((await untar(all.body as Buffer)).get('legal-pages-archive/manifest.json')!.toString('utf8'));
    expect(manifest.sites.map((s: { documentId: string }) => s.documentId)).toContain(site.site.documentId);
    const role = await createAdminRole([]);
    const { token } = await createAdminUser([role]);
    await asAdmin(token).get('/legal-pages/archive').expect(403);
    await (await admin()).get('/legal-pages/archive?site=nosuchsite0000').expect(404);
  });

  it('comes back after an uninstall and a reinstall, served byte for byte with the same hashes', async () => {
    const archiveFile = path.join(work, 'archive.tar.gz');
    const urlsFile = path.join(work, 'urls.json');
    writeFileSync(archiveFile, archive);
    writeFileSync(urlsFile, JSON.stringify(urls));

    const installed = await boot(true);
    expect(installed).toMatchObject({ pluginLoaded: true, versions: 0 });
    const first = await boot(true, ['--import', archiveFile]);
    expect(first.imported).toEqual({ sites: 1, imported: 6, alreadyPresent: 0 });

    // The uninstall: Strapi drops the plugin's tables, versions included.
    expect(await boot(false)).toMatchObject({ pluginLoaded: false });
    expect(await boot(true)).toMatchObject({ pluginLoaded: true, versions: 0 });

    const restored = await boot(true, ['--import', archiveFile, '--fetch', urlsFile]);
    expect(restored.imported).toEqual({ sites: 1, imported: 6, alreadyPresent: 0 });
    expect(restored.versions).toBe(6);
    for (const url of urls) {
      expect({ url, status: restored.answers[url].status }).toEqual({ url, status: 200 });
      expect({ url, body: restored.answers[url].body }).toEqual({ url, body: expected[url] });
      if (hashes[url]) expect(JSON.parse(restored.answers[url].body).data.contentHash).toBe(hashes[url]);
    }
  }, 300000);

  it('imports into an installation that holds the versions already as a no-op, and refuses an altered archive naming the file', async () => {
    const same = await (await admin()).post('/legal-pages/archive').set('Content-Type', 'application/gzip').send(archive).expect(201);
    expect(same.body.data).toEqual({ sites: 1, imported: 0, alreadyPresent: 6 });

    const files = await untar(archive);
    const pack = tar.pack();
    const chunks: Buffer[] = [];
    pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
    const ended = new Promise<void>((resolve) => pack.on('end', () => resolve()));
    const target = `legal-pages-archive/versions/${site.site.documentId}/privacy-policy/fr/1/page.html`;
    for (const [name, data] of files) {
      const body = name === target ? Buffer.from('<p>falsified</p>') : data;
      await new Promise<void>((resolve, reject) => pack.entry({ name, size: body.length }, body, (e) => (e ? reject(e) : resolve())));
    }
    pack.finalize();
    await ended;
    const { gzipSync } = await import('node:zlib');
    const altered = await (await admin()).post('/legal-pages/archive').set('Content-Type', 'application/gzip').send(gzipSync(Buffer.concat(chunks))).expect(400);
    expect(JSON.stringify(altered.body.error.details.errors)).toContain('privacy-policy/fr/1/page.html');
    await (await admin()).post('/legal-pages/archive').set('Content-Type', 'application/gzip').send(Buffer.from('not a gzip')).expect(400);
    await (await admin()).post('/legal-pages/archive').send({ archive: 'x' }).expect(400);
  });

  it('needs the Settings permission to import', async () => {
    const role = await createAdminRole([{ action: 'plugin::legal-pages.read' }, { action: 'plugin::legal-pages.publish' }]);
    const { token } = await createAdminUser([role]);
    await asAdmin(token).post('/legal-pages/archive').set('Content-Type', 'application/gzip').send(archive).expect(403);
  });
});
