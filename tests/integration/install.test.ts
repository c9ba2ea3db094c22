import { asAdmin, http, superAdminJwt } from './harness';
import { createCompleteSite } from './harness/sites';

// The run's Strapi booted the playground on an empty database, with the plugin installed from the start: the
// brand-new app an administrator gets from create-strapi, then `npm install strapi-plugin-legal-pages`.

type RolePermissions = Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }>;

const rolePermissions = async (type: string): Promise<RolePermissions> => {
  const admin = asAdmin(await superAdminJwt());
  const roles = (await admin.get('/users-permissions/roles').expect(200)).body.roles as Array<{ id: number; type: string }>;
  const role = roles.find((r) => r.type === type)!;
  return (await admin.get(`/users-permissions/roles/${role.id}`).expect(200)).body.role.permissions as RolePermissions;
};

const enabled = (permissions: RolePermissions, plugin: string, controller: string) =>
  Object.entries(permissions[plugin]?.controllers[controller] ?? {})
    .filter(([, p]) => p.enabled)
    .map(([action]) => action)
    .sort();

describe('a brand-new app with the plugin installed from the start', () => {
  it('keeps the default permissions of users-permissions', async () => {
    const publicRole = await rolePermissions('public');
    expect(enabled(publicRole, 'plugin::users-permissions', 'auth')).toEqual(
      expect.arrayContaining(['callback', 'connect', 'emailConfirmation', 'forgotPassword', 'register', 'resetPassword', 'sendEmailConfirmation'])
    );
    expect(enabled(publicRole, 'plugin::legal-pages', 'public-pages')).toEqual(['find', 'findVersion', 'findVersions']);
    const authenticated = await rolePermissions('authenticated');
    expect(enabled(authenticated, 'plugin::users-permissions', 'user')).toContain('me');
  });

  it('lets a visitor register and log in through users-permissions', async () => {
    const username = `visitor${Date.now().toString(36)}`;
    const email = `${username}@legal-pages.test`;
    const password = 'Visit0r-Passw0rd';
    const registered = await http().post('/api/auth/local/register').send({ username, email, password }).expect(200);
    expect(registered.body.user).toMatchObject({ username, email });

    const login = await http().post('/api/auth/local').send({ identifier: email, password }).expect(200);
    const me = await http().get('/api/users/me').set('Authorization', `Bearer ${login.body.jwt}`).expect(200);
    expect(me.body).toMatchObject({ username, email });
  });

  it('serves a published page to the Public role', async () => {
    const site = await createCompleteSite();
    await asAdmin(await superAdminJwt()).post(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr/publish`).send({}).expect(201);
    const res = await http().get(`/api/legal-pages/pages/${site.slug}/legal-notice?locale=fr`).expect(200);
    expect(res.body.data).toMatchObject({ site: site.slug, kind: 'legal-notice', version: 1 });
  });
});
