import { get as httpGet } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { asAdmin, baseUrl, createApiToken, http, setRolePermissions, superAdminJwt } from './harness';
import { createCompleteSite } from './harness/sites';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;
type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A GET that keeps the body as sent: supertest and fetch would decode it. */
const raw = (path: string, headers: Record<string, string> = {}): Promise<Raw> =>
  new Promise((resolve, reject) => {
    httpGet(`${baseUrl()}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });

const decode = (res: Raw) => {
  const coding = res.headers['content-encoding'];
  return coding === 'br' ? brotliDecompressSync(res.body) : coding === 'gzip' ? gunzipSync(res.body) : res.body;
};

const publish = async (site: Site, kind: string, body: object = {}) => {
  await asAdmin(await superAdminJwt()).post(`/legal-pages/sites/${site.site.documentId}/pages/${kind}/fr/publish`).send(body).expect(201);
};

const FIND = 'plugin::legal-pages.public-pages.find';

describe('compressed answers', () => {
  let site: Site;
  const page = (query = '') => `/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr${query}`;

  beforeAll(async () => {
    site = await createCompleteSite();
    await publish(site, 'privacy-policy');
    await publish(site, 'privacy-policy', { changeSummary: 'second' });
  });

  it.each(['', '&format=html', '&format=markdown', '&format=text'])('decode to the plain bytes, in br and gzip, with Vary (%s)', async (format) => {
    const plain = await raw(page(format));
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    for (const [accept, coding] of [['br, gzip', 'br'], ['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip']]) {
      const res = await raw(page(format), { 'Accept-Encoding': accept });
      expect({ accept, status: res.status, coding: res.headers['content-encoding'] }).toEqual({ accept, status: 200, coding });
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['content-type']).toBe(plain.headers['content-type']);
      expect(Number(res.headers['content-length'])).toBe(res.body.byteLength);
      expect(decode(res).equals(plain.body)).toBe(true);
    }
    for (const accept of ['identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const res = await raw(page(format), { 'Accept-Encoding': accept });
      expect({ accept, coding: res.headers['content-encoding'] }).toEqual({ accept, coding: undefined });
      expect(res.body.equals(plain.body)).toBe(true);
    }
  });

  it('serves the stored bytes: each format decodes to what the version holds (read through GraphQL)', async () => {
    const query = `query { legalPageVersion(site: "${site.slug}", kind: "privacy-policy", locale: "fr", number: 2) { html markdown text } }`;
    const stored = (await http().post('/graphql').send({ query }).expect(200)).body.data.legalPageVersion as Record<string, string>;
    for (const [format, field] of [['html', 'html'], ['markdown', 'markdown'], ['text', 'text']]) {
      for (const coding of ['br', 'gzip']) {
        const res = await raw(`/api/legal-pages/pages/${site.slug}/privacy-policy/versions/2?locale=fr&format=${format}`, { 'Accept-Encoding': coding });
        expect(res.headers['content-encoding']).toBe(coding);
        expect(decode(res).toString('utf8')).toBe(stored[field]);
      }
    }
  });

  it('compresses on demand what was not stored: a version read by number, a page with a successor scheduled', async () => {
    for (const path of [`/api/legal-pages/pages/${site.slug}/privacy-policy/versions/1?locale=fr`, page()]) {
      const plain = await raw(path);
      const br = await raw(path, { 'Accept-Encoding': 'br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(decode(br).equals(plain.body)).toBe(true);
    }
    await publish(site, 'privacy-policy', { effectiveAt: new Date(Date.now() + 10 * 86400000).toISOString(), changeSummary: 'scheduled' });
    const plain = await raw(page());
    expect(JSON.parse(plain.body.toString('utf8')).meta.upcoming).toMatchObject({ version: 3 });
    const gzip = await raw(page(), { 'Accept-Encoding': 'gzip' });
    expect(decode(gzip).equals(plain.body)).toBe(true);
  });

  it('answers 304 to If-None-Match whichever coding the tag came with', async () => {
    const br = await raw(page(), { 'Accept-Encoding': 'br' });
    const plain = await raw(page());
    // One tag per version, format and envelope; weak when compressed, since br and gzip bytes differ.
    expect(br.headers.etag).toBe(`W/${plain.headers.etag}`);
    expect(plain.headers.etag).toMatch(/^"v2-[0-9a-f]{20}-json-next3"$/);
    for (const [accept, tag] of [
      ['br', br.headers.etag],
      ['gzip', br.headers.etag],
      ['br', plain.headers.etag],
      ['', br.headers.etag],
    ] as Array<[string, string]>) {
      const res = await raw(page(), { ...(accept ? { 'Accept-Encoding': accept } : {}), 'If-None-Match': tag });
      expect({ accept, tag, status: res.status }).toEqual({ accept, tag, status: 304 });
      expect(res.body.byteLength).toBe(0);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['content-encoding']).toBeUndefined();
    }
    const stale = await raw(page(), { 'Accept-Encoding': 'br', 'If-None-Match': 'W/"v1-0000-json"' });
    expect(stale.status).toBe(200);
  });
});

describe('the Public role’s permission, decided without a query per request', () => {
  let site: Site;
  const read = (kind = 'legal-notice', suffix = '') => http().get(`/api/legal-pages/pages/${site.slug}/${kind}${suffix}?locale=fr`);

  beforeAll(async () => {
    site = await createCompleteSite();
    await publish(site, 'legal-notice');
  });

  afterEach(async () => {
    await setRolePermissions('public', { [FIND]: true });
  });

  it('enforces a revocation in Settings → Roles → Public on the very next request, and a new grant too', async () => {
    await read().expect(200);
    await setRolePermissions('public', { [FIND]: false });
    const refused = await read().expect(403);
    expect(refused.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
    // Per action: the list of versions stays public.
    await read('legal-notice', '/versions').expect(200);
    await setRolePermissions('public', { [FIND]: true });
    await read().expect(200);
  });

  it('still lets API tokens read under their own grants, and refuses a bad token as Strapi does', async () => {
    await setRolePermissions('public', { [FIND]: false });
    const token = await createApiToken('full-access');
    await read().set('Authorization', `Bearer ${token}`).expect(200);
    const custom = await createApiToken('custom', ['plugin::legal-pages.public-pages.findVersions']);
    await read().set('Authorization', `Bearer ${custom}`).expect(403);
    await read('legal-notice', '/versions').set('Authorization', `Bearer ${custom}`).expect(200);
    await read().set('Authorization', 'Bearer not-a-token').expect(401);
  });
});
