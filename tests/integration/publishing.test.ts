import { asAdmin, createAdminRole, createAdminUser, createApiToken, http, superAdminJwt } from './harness';
import { connect, contentManager } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;

const publish = async (site: Site, kind: string, locale: string, body: object = {}, status = 201) => {
  const res = await asAdmin(await superAdminJwt()).post(`/legal-pages/sites/${site.site.documentId}/pages/${kind}/${locale}/publish`).send(body);
  if (res.status !== status) throw new Error(`publish ${kind}/${locale}: expected ${status}, got ${res.status} ${res.text}`);
  return res;
};

const page = (slug: string, kind = 'privacy-policy', query = '') => `/api/legal-pages/pages/${slug}/${kind}${query}`;
const inDays = (days: number) => new Date(Date.now() + days * 86400000);
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Every key anywhere in a JSON value. */
const keysOf = (value: unknown): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

describe('publishing and the public API', () => {
  let site: Site;

  beforeAll(async () => {
    site = await createCompleteSite();
    await publish(site, 'privacy-policy', 'fr', { changeSummary: 'Première publication' });
  });

  it('serves the published page as JSON, HTML, Markdown and text to anonymous visitors', async () => {
    const json = await http().get(page(site.slug, 'privacy-policy', '?locale=fr')).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body.data).toMatchObject({ site: site.slug, kind: 'privacy-policy', locale: 'fr', version: 1, changeSummary: 'Première publication' });
    expect(json.body.data.document).toEqual(expect.objectContaining({ sections: expect.any(Array) }));
    expect(json.body.meta).toEqual({ upcoming: null });

    const html = await http().get(page(site.slug, 'privacy-policy', '?locale=fr&format=html')).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toMatch(/<h1[^>]*>/);
    expect(html.text).toContain('Le responsable du traitement de vos données est la Région d’exemple');

    const markdown = await http().get(page(site.slug, 'privacy-policy', '?format=markdown')).expect(200);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.text).toMatch(/^# /m);
    const text = await http().get(page(site.slug, 'privacy-policy', '?format=text')).expect(200);
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.text).toContain('dpo@region-exemple.fr');
  });

  it('answers 304 to a matching If-None-Match and sends cache headers', async () => {
    // supertest asks for gzip: the compressed answer's tag is the plain one, weak.
    const first = await http().get(page(site.slug)).expect(200);
    expect(first.headers.etag).toMatch(/^W\/"v1-[0-9a-f]{20}-json"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await http().get(page(site.slug)).set('If-None-Match', first.headers.etag).expect(304);
    expect(again.text).toBe('');
    const html = await http().get(page(site.slug, 'privacy-policy', '?format=html')).set('If-None-Match', first.headers.etag).expect(200);
    expect(html.headers.etag).not.toBe(first.headers.etag);
  });

  it('announces a scheduled version and serves it from its effective date', async () => {
    const scheduled = await createCompleteSite();
    await publish(scheduled, 'legal-notice', 'fr');
    const effectiveAt = inDays(10);
    const res = await publish(scheduled, 'legal-notice', 'fr', { effectiveAt: effectiveAt.toISOString(), changeSummary: 'Nouvel hébergeur' });
    expect(res.body.data).toMatchObject({ number: 2, effectiveAt: effectiveAt.toISOString() });

    const now = await http().get(page(scheduled.slug, 'legal-notice')).expect(200);
    expect(now.body.data.version).toBe(1);
    expect(now.body.meta.upcoming).toEqual({ version: 2, effectiveAt: effectiveAt.toISOString() });
    expect(now.headers['x-legal-page-upcoming-effective-at']).toBe(effectiveAt.toISOString());

    const later = await http().get(page(scheduled.slug, 'legal-notice', `?at=${day(inDays(11))}`)).expect(200);
    expect(later.body.data.version).toBe(2);
    const today = await http().get(page(scheduled.slug, 'legal-notice', `?at=${day(new Date())}`)).expect(200);
    expect(today.body.data.version).toBe(1);
    await http().get(page(scheduled.slug, 'legal-notice', `?at=${day(inDays(-30))}`)).expect(404);

    const list = await http().get(`${page(scheduled.slug, 'legal-notice')}/versions`).expect(200);
    expect(list.body.data.map((v: { version: number; inForce: boolean }) => [v.version, v.inForce])).toEqual([
      [2, false],
      [1, true],
    ]);
    const two = await http().get(`${page(scheduled.slug, 'legal-notice')}/versions/2?format=html`).expect(200);
    // Not immutable while it may still be withdrawn before it takes effect.
    expect(two.headers['cache-control']).toBe('public, max-age=300');
  });

  it('keeps published versions byte-identical when the source data is edited or deleted', async () => {
    const own = await createCompleteSite();
    await publish(own, 'privacy-policy', 'fr');
    const before = await http().get(`${page(own.slug)}/versions/1?format=html`).expect(200);
    const beforeJson = await http().get(`${page(own.slug)}/versions/1`).expect(200);

    const cm = await contentManager();
    await cm.update('organisation', own.controller.documentId, { name: 'Région renommée', street: '2 rue Nouvelle' }).expect(200);
    const [purpose] = await cm.related('site', own.site.documentId, 'purposes', 'fr');
    await cm.update('site', own.site.documentId, { purposes: { disconnect: [{ documentId: purpose.documentId, locale: 'fr' }] } }, 'fr').expect(200);
    await cm.delete('dpo-contact', own.dpo.documentId).expect(200);

    const after = await http().get(`${page(own.slug)}/versions/1?format=html`).expect(200);
    expect(after.text).toBe(before.text);
    expect((await http().get(`${page(own.slug)}/versions/1`).expect(200)).body).toEqual(beforeJson.body);

    await cm.update('site', own.site.documentId, { dpo: connect((await cm.make('dpo-contact', { label: 'Nouveau DPO', appointed: true, email: 'dpo@region-exemple.fr' })).documentId) }, 'fr').expect(200);
    await publish(own, 'privacy-policy', 'fr');
    const republished = await http().get(page(own.slug, 'privacy-policy', '?format=html')).expect(200);
    expect(republished.text).toContain('Région renommée');
    expect(republished.text).not.toBe(before.text);
  });

  it('blocks a publication with compliance errors and stores nothing', async () => {
    const blocked = await createCompleteSite();
    const cm = await contentManager();
    await cm.update('organisation', blocked.host.documentId, { phone: null, street: null }).expect(200);
    const res = await publish(blocked, 'legal-notice', 'fr', {}, 400);
    expect(res.body.error.message).toMatch(/^Publication blocked by \d+ compliance errors?: .*lcen/);
    expect(res.body.error.details.findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', code: expect.stringMatching(/^lcen\./) })]));
    await http().get(`${page(blocked.slug, 'legal-notice')}/versions`).expect(404);
  });

  it('names in a refused publication the entry that holds each finding’s fact, as the preview does', async () => {
    const blocked = await createCompleteSite();
    const cm = await contentManager();
    await cm.update('organisation', blocked.host.documentId, { phone: null, street: null }).expect(200);
    const preview = await asAdmin(await superAdminJwt()).get(`/legal-pages/sites/${blocked.site.documentId}/pages/legal-notice/fr/preview`).expect(200);
    const refused = await publish(blocked, 'legal-notice', 'fr', {}, 400);

    const findings = refused.body.error.details.findings as Array<{ severity: string; code: string; source: unknown }>;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => 'source' in finding)).toBe(true);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', code: expect.stringMatching(/^lcen\./), source: expect.objectContaining({ type: 'organisation', documentId: blocked.host.documentId }) }),
      ])
    );
    expect(findings).toEqual(preview.body.data.findings);
  });

  it('answers 404 for what does not exist and 400 for malformed parameters', async () => {
    await http().get(page('no-such-site')).expect(404);
    const kind = await http().get(page(site.slug, 'terms-of-sale')).expect(404);
    expect(kind.body.error.message).toMatch(/Unknown page kind "terms-of-sale"/);
    await http().get(page(site.slug, 'privacy-policy', '?locale=de')).expect(404);
    await http().get(page(site.slug, 'cookie-policy')).expect(404);
    await http().get(`${page(site.slug)}/versions/99`).expect(404);
    for (const query of ['?locale=Français', '?format=pdf', '?at=2026-13-45', '?at=yesterday', '?locale=fr&locale=en']) {
      const res = await http().get(page(site.slug, 'privacy-policy', query)).expect(400);
      expect(res.body.error.name).toBe('ValidationError');
    }
    await http().get(`${page(site.slug)}/versions/abc`).expect(400);
    await publish(site, 'privacy-policy', 'fr', { effectiveAt: inDays(-2).toISOString() }, 400);
  });

  it('never lets query parameters reach drafts, internal fields or admin users', async () => {
    const plain = await http().get(page(site.slug)).expect(200);
    const probes = [
      '?status=draft',
      '?publicationState=preview',
      '?populate=*',
      '?populate[publishedBy]=*&fields[0]=input',
      '?filters[number][$eq]=2',
      '?plugins[i18n][locale]=en',
    ];
    for (const probe of probes) {
      const res = await http().get(page(site.slug, 'privacy-policy', probe)).expect(200);
      expect(res.body).toEqual(plain.body);
    }
    const list = await http().get(`${page(site.slug)}/versions?populate=*&status=draft`).expect(200);
    const keys = new Set([...keysOf(plain.body), ...keysOf(list.body)]);
    for (const internal of ['input', 'publishedById', 'publishedBy', 'createdBy', 'updatedBy', 'findings', 'password', 'documentId']) {
      expect(keys.has(internal)).toBe(false);
    }
    expect(plain.body.data.id).toBeUndefined();
  });

  it('refuses admin routes to the public and to API tokens', async () => {
    const url = `/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr/publish`;
    await http().post(url).send({}).expect(401);
    const token = await createApiToken('full-access');
    await http().post(url).set('Authorization', `Bearer ${token}`).send({}).expect(401);
    await http().get(`/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr/preview`).expect(401);
  });

  it('lets an editor without the publish permission preview but not publish', async () => {
    const editor = await createAdminUser([
      await createAdminRole([{ action: 'plugin::legal-pages.read' }, { action: 'plugin::legal-pages.compose' }]),
    ]);
    const base = `/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr`;
    const preview = await asAdmin(editor.token).get(`${base}/preview`).expect(200);
    expect(preview.body.data).toMatchObject({ blocked: false, problems: [] });
    await asAdmin(editor.token).post(`${base}/publish`).send({}).expect(403);
  });

  it('numbers simultaneous publications consecutively without losing one', async () => {
    const busy = await createCompleteSite();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => publish(busy, 'privacy-policy', 'en', { changeSummary: `run ${i}` })));
    const numbers = results.map((r) => r.body.data.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const list = await http().get(`${page(busy.slug)}/versions?locale=en`).expect(200);
    expect(list.body.data.map((v: { changeSummary: string }) => v.changeSummary).sort()).toEqual(results.map((_, i) => `run ${i}`).sort());
  });
});
