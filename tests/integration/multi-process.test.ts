import type { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { asAdmin, baseUrl, setRolePermissions, superAdminJwt } from './harness';
import { createCompleteSite } from './harness/sites';
import { startStrapiProcess } from './harness/strapi-process';

const TTL_MS = 1000;
/** The second process may answer from its memory until publicCacheTtlMs has passed, never later. */
const pastTtl = () => new Promise((resolve) => setTimeout(resolve, TTL_MS + 100));

const startSecondProcess = () => startStrapiProcess();

describe('several Strapi processes on one database', () => {
  let second: { url: string; child: ChildProcess };

  beforeAll(async () => {
    second = await startSecondProcess();
  }, 120000);

  afterAll(() => {
    second?.child.kill('SIGTERM');
  });

  it('serves through one process a version published through another within publicCacheTtlMs (1 s)', async () => {
    const site = await createCompleteSite();
    const publishUrl = `/legal-pages/sites/${site.site.documentId}/pages/cookie-policy/fr/publish`;
    const admin = asAdmin(await superAdminJwt());
    const readThroughSecond = () => request(second.url).get(`/api/legal-pages/pages/${site.slug}/cookie-policy?locale=fr`);

    await readThroughSecond().expect(404);
    await admin.post(publishUrl).send({ changeSummary: 'first' }).expect(201);
    await pastTtl();
    expect((await readThroughSecond().expect(200)).body.data).toMatchObject({ version: 1, changeSummary: 'first' });

    await admin.post(publishUrl).send({ changeSummary: 'second' }).expect(201);
    await pastTtl();
    expect((await readThroughSecond().expect(200)).body.data).toMatchObject({ version: 2, changeSummary: 'second' });
  });

  it('enforces a revocation of the Public role made through another process within publicCacheTtlMs', async () => {
    const site = await createCompleteSite();
    const admin = asAdmin(await superAdminJwt());
    await admin.post(`/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr/publish`).send({}).expect(201);
    const read = (url: string) => request(url).get(`/api/legal-pages/pages/${site.slug}/privacy-policy?locale=fr`);
    const find = 'plugin::legal-pages.public-pages.find';

    // The second process has read the Public role's permissions and answers from memory.
    await read(second.url).expect(200);
    try {
      await setRolePermissions('public', { [find]: false });
      // The process that made the change knows at once; the other within the bound, whenever its last read was.
      await read(baseUrl()).expect(403);
      await pastTtl();
      await read(second.url).expect(403);
    } finally {
      await setRolePermissions('public', { [find]: true });
    }
    await read(baseUrl()).expect(200);
    await pastTtl();
    await read(second.url).expect(200);
  }, 120000);

  it('does not grant the public role again after an administrator revoked it', async () => {
    const site = await createCompleteSite();
    const admin = asAdmin(await superAdminJwt());
    await admin.post(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr/publish`).send({}).expect(201);
    const read = (url: string) => request(url).get(`/api/legal-pages/pages/${site.slug}/legal-notice?locale=fr`);
    const find = 'plugin::legal-pages.public-pages.find';

    await setRolePermissions('public', { [find]: false });
    let third: { url: string; child: ChildProcess } | undefined;
    try {
      third = await startSecondProcess();
      await read(third.url).expect(403);
      await read(second.url).expect(403);
    } finally {
      third?.child.kill('SIGTERM');
      await setRolePermissions('public', { [find]: true });
    }
    // Another process learns of the new grant within publicCacheTtlMs, as of a revocation.
    await pastTtl();
    await read(second.url).expect(200);
  }, 120000);
});
