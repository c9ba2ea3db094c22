import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { asAdmin } from './harness';
import { createCompleteSite } from './harness/sites';
import { startStrapiProcess } from './harness/strapi-process';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEmptyDatabase, dropDatabase } = require('./harness/database') as {
  createEmptyDatabase: (playgroundDir: string, name: string) => Promise<Record<string, string>>;
  dropDatabase: (name: string) => Promise<void>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('./harness/credentials');

/*
 * These tests run their own Strapi processes on their own database, so that which processes are up when a version
 * takes effect is up to them: the run's shared Strapi would otherwise announce everything itself.
 */
const DATABASE = 'legal_pages_webhooks';
const playgroundDir = path.resolve(__dirname, '../../playground');
const EVENTS = ['legal-page.publish', 'legal-page.in-force', 'legal-page.withdraw'];

interface Delivery {
  event: string;
  createdAt: string;
  legalPage: Record<string, unknown> & { site: string; kind: string; locale: string; version: number; urls: Record<string, string> };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('webhook events for frontends', () => {
  let databaseEnv: Record<string, string>;
  let receiver: Server;
  let receiverUrl: string;
  const deliveries: Delivery[] = [];
  const running: ChildProcess[] = [];
  const savedEnv = { url: process.env.STRAPI_URL, jwt: process.env.STRAPI_SUPER_ADMIN_JWT };

  /** One Strapi process on this test's database, serving until killed. */
  const start = async () => {
    const started = await startStrapiProcess({ ...process.env, ...databaseEnv, LEGAL_PAGES_IN_FORCE_CHECK_MS: '500' });
    running.push(started.child);
    return started;
  };

  const kill = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });

  /** Points the harness (admin API, Content Manager) at one of this test's processes. */
  const use = async (url: string) => {
    process.env.STRAPI_URL = url;
    if (!process.env.STRAPI_SUPER_ADMIN_JWT || process.env.STRAPI_SUPER_ADMIN_JWT === savedEnv.jwt) {
      const response = await fetch(`${url}/admin/register-admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(SUPER_ADMIN) });
      if (!response.ok) throw new Error(`registering the super admin failed: ${response.status} ${await response.text()}`);
      process.env.STRAPI_SUPER_ADMIN_JWT = ((await response.json()) as { data: { token: string } }).data.token;
    }
    return asAdmin(process.env.STRAPI_SUPER_ADMIN_JWT as string);
  };

  const of = (event: string, site: string) => deliveries.filter((d) => d.event === event && d.legalPage.site === site);

  const waitFor = async (check: () => boolean, ms: number, what: string) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; received: ${JSON.stringify(deliveries.map((d) => [d.event, d.legalPage.site, d.legalPage.version]))}`);
      await pause(100);
    }
  };

  beforeAll(async () => {
    databaseEnv = await createEmptyDatabase(playgroundDir, DATABASE);
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        deliveries.push(JSON.parse(body) as Delivery);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address() as { port: number };
    receiverUrl = `http://127.0.0.1:${address.port}/hook`;
  }, 60000);

  // A process left up by a failed test would announce the next test's versions.
  afterEach(async () => {
    await Promise.all(running.splice(0).map(kill));
  });

  afterAll(async () => {
    await new Promise((resolve) => receiver?.close(resolve));
    process.env.STRAPI_URL = savedEnv.url;
    process.env.STRAPI_SUPER_ADMIN_JWT = savedEnv.jwt;
    await dropDatabase(DATABASE);
  });

  it('sends publish and in-force at a publication, withdraw for a withdrawn version, and the in-force of a scheduled version at its date, exactly once across two processes', async () => {
    const first = await start();
    const admin = await use(first.url);

    // Strapi's webhook store accepts the plugin's events, as the admin's subscription section sends them.
    const hook = await admin.post('/admin/webhooks').send({ name: 'frontend rebuild', url: receiverUrl, headers: {}, events: EVENTS });
    expect(hook.status).toBe(201);
    const info = await admin.get('/legal-pages/info').expect(200);
    expect(info.body.data.events).toEqual(EVENTS);

    const site = await createCompleteSite();
    const documentId = site.site.documentId as string;
    const publish = (body: object) => admin.post(`/legal-pages/sites/${documentId}/pages/cookie-policy/fr/publish`).send(body);

    await publish({ changeSummary: 'Première version' }).expect(201);
    // Strapi's webhook runner may deliver two events of one moment in either order.
    await waitFor(
      () => of('legal-page.in-force', site.slug).length === 1 && of('legal-page.publish', site.slug).length === 1,
      10000,
      'the publish and in-force events of an immediate publication'
    );
    const [published] = of('legal-page.publish', site.slug);
    expect(published.legalPage).toMatchObject({ site: site.slug, kind: 'cookie-policy', locale: 'fr', version: 1, changeSummary: 'Première version', consentRevision: 1, withdrawal: null });
    expect(published.legalPage.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The origin is the app's configured `server.url` (here its port setting, 0): the path and query are the version's.
    const html = new URL(published.legalPage.urls.html);
    expect(`${html.pathname}${html.search}`).toBe(`/api/legal-pages/pages/${site.slug}/cookie-policy/versions/1?locale=fr&format=html`);
    // Never the input snapshot nor who published.
    expect(Object.keys(published.legalPage).sort()).toEqual(
      ['changeSummary', 'consentRevision', 'contentHash', 'effectiveAt', 'kind', 'locale', 'publishedOn', 'site', 'urls', 'version', 'withdrawal'].sort()
    );
    const json = new URL(published.legalPage.urls.json);
    const served = await fetch(`${first.url}${json.pathname}${json.search}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('x-legal-page-consent-revision')).toBe('1');

    // A version scheduled far enough ahead to be withdrawn: withdraw, and no in-force.
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await publish({ effectiveAt: later, changeSummary: 'Programmée puis retirée' }).expect(201);
    await admin.post(`/legal-pages/sites/${documentId}/pages/cookie-policy/fr/versions/2/withdraw`).send({ reason: 'Erreur de date' }).expect(200);
    await waitFor(() => of('legal-page.withdraw', site.slug).length === 1, 10000, 'the withdraw event');
    expect(of('legal-page.withdraw', site.slug)[0].legalPage).toMatchObject({ version: 2, withdrawal: { reason: 'Erreur de date' } });

    // A second process on the same database, then a version taking effect a few seconds ahead: both processes look
    // for it at that moment; one event.
    const second = await start();
    const effectiveAt = new Date(Date.now() + 4000);
    await publish({ effectiveAt: effectiveAt.toISOString(), changeSummary: 'Programmée' }).expect(201);
    expect(of('legal-page.in-force', site.slug)).toHaveLength(1);
    await waitFor(() => of('legal-page.in-force', site.slug).length === 2, 30000, 'the in-force event of a scheduled version');
    const inForce = of('legal-page.in-force', site.slug)[1];
    expect(inForce.legalPage).toMatchObject({ version: 3, effectiveAt: effectiveAt.toISOString() });
    expect(new Date(inForce.createdAt).getTime()).toBeGreaterThanOrEqual(effectiveAt.getTime() - 1000);
    // Both processes have looked several times since.
    await pause(3000);
    expect(of('legal-page.in-force', site.slug)).toHaveLength(2);
    expect(of('legal-page.in-force', site.slug).map((d) => d.legalPage.version)).toEqual([1, 3]);
  }, 240000);

  it('sends the in-force event a version missed while no Strapi was running, once, at the next start', async () => {
    const first = await start();
    const admin = await use(first.url);
    const site = await createCompleteSite();
    const effectiveAt = new Date(Date.now() + 3000);
    await admin.post(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr/publish`).send({ effectiveAt: effectiveAt.toISOString() }).expect(201);
    // Down before the date: its own timer dies with it.
    await kill(first.child);
    await pause(Math.max(0, effectiveAt.getTime() - Date.now()) + 500);
    expect(of('legal-page.in-force', site.slug)).toHaveLength(0);

    // Two processes come up, one after the other: the first to look claims the event.
    const next = await start();
    const another = await start();
    await waitFor(() => of('legal-page.in-force', site.slug).length === 1, 20000, 'the missed in-force event');
    await pause(2000);
    expect(of('legal-page.in-force', site.slug)).toHaveLength(1);
    expect(of('legal-page.in-force', site.slug)[0].legalPage).toMatchObject({ kind: 'legal-notice', version: 1 });
    expect(next.url).not.toBe(another.url);
  }, 240000);
});
