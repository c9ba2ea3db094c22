import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asAdmin, createAdminRole, createAdminUser, createApiToken, http, superAdminJwt } from './harness';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };

describe('the plugin in the playground', () => {
  it('boots a healthy Strapi', async () => {
    await http().get('/_health').expect(204);
  });

  it('reports its version and validated default config to an admin', async () => {
    const res = await asAdmin(await superAdminJwt()).get('/legal-pages/info').expect(200);
    expect(res.body.data).toMatchObject({
      name: 'strapi-plugin-legal-pages',
      version: pkg.version,
      config: { defaultLocale: 'fr', locales: ['fr', 'en'], allowPublishWithErrors: false, publicMaxAgeSeconds: 300, publicCacheTtlMs: 1000 },
    });
  });

  it('refuses its admin routes to anonymous callers and to API tokens', async () => {
    await http().get('/legal-pages/info').expect(401);
    const token = await createApiToken('full-access');
    await http().get('/legal-pages/info').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('registers the read, compose, publish and settings RBAC actions', async () => {
    const res = await asAdmin(await superAdminJwt()).get('/admin/permissions').expect(200);
    const actions = (res.body.data.sections.plugins as Array<{ action: string }>).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['read', 'compose', 'publish', 'settings'].map((a) => `plugin::legal-pages.${a}`))
    );
  });

  it('enforces the read action on its admin routes', async () => {
    const without = await createAdminUser([await createAdminRole([])]);
    await asAdmin(without.token).get('/legal-pages/info').expect(403);

    const reader = await createAdminUser([await createAdminRole([{ action: 'plugin::legal-pages.read' }])]);
    await asAdmin(reader.token).get('/legal-pages/info').expect(200);
  });
});
