import request from 'supertest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPER_ADMIN } = require('./credentials') as { SUPER_ADMIN: Credentials };

export interface Credentials {
  firstname: string;
  lastname: string;
  email: string;
  password: string;
}

export const baseUrl = (): string => {
  const url = process.env.STRAPI_URL;
  if (!url) throw new Error('STRAPI_URL is not set: run integration tests through jest --selectProjects integration');
  return url;
};

/** A supertest client bound to the running playground. */
export const http = () => request(baseUrl());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export const adminLogin = async ({ email, password }: Pick<Credentials, 'email' | 'password'>): Promise<string> => {
  const res = await http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login of ${email} failed: ${res.status} ${res.text}`);
  return res.body.data.token as string;
};

let superAdminToken: Promise<string> | undefined;

/** JWT of the super admin registered by the global setup. */
export const superAdminJwt = () =>
  (superAdminToken ??= process.env.STRAPI_SUPER_ADMIN_JWT ? Promise.resolve(process.env.STRAPI_SUPER_ADMIN_JWT) : adminLogin(SUPER_ADMIN));

/** A request builder that sends the given admin JWT. */
export const asAdmin = (token: string) => ({
  get: (url: string) => http().get(url).set(bearer(token)),
  post: (url: string) => http().post(url).set(bearer(token)),
  put: (url: string) => http().put(url).set(bearer(token)),
  delete: (url: string) => http().delete(url).set(bearer(token)),
});

const expectStatus = (res: request.Response, status: number, what: string) => {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res;
};

export interface AdminPermission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++sequence}`;

/** Creates an admin role holding exactly these permissions; returns its id. */
export const createAdminRole = async (permissions: AdminPermission[], name = unique('role')): Promise<number> => {
  const admin = asAdmin(await superAdminJwt());
  const role = expectStatus(await admin.post('/admin/roles').send({ name, description: 'test role' }), 201, 'create role');
  const id = role.body.data.id as number;
  const full = permissions.map((p) => ({ subject: null, properties: {}, conditions: [], ...p }));
  expectStatus(await admin.put(`/admin/roles/${id}/permissions`).send({ permissions: full }), 200, 'set role permissions');
  return id;
};

/** Creates an active admin user with the given roles and returns its JWT and credentials. */
export const createAdminUser = async (roleIds: number[]): Promise<{ token: string; credentials: Credentials }> => {
  const admin = asAdmin(await superAdminJwt());
  const credentials: Credentials = {
    firstname: 'Eddie',
    lastname: 'Editor',
    email: `${unique('editor')}@legal-pages.test`,
    password: 'Ed1tor-Passw0rd',
  };
  const created = expectStatus(
    await admin.post('/admin/users').send({ firstname: credentials.firstname, lastname: credentials.lastname, email: credentials.email, roles: roleIds }),
    201,
    'create admin user'
  );
  const registrationToken = created.body.data.registrationToken as string;
  expectStatus(
    await http()
      .post('/admin/register')
      .send({ registrationToken, userInfo: { firstname: credentials.firstname, lastname: credentials.lastname, password: credentials.password } }),
    200,
    'register admin user'
  );
  return { token: await adminLogin(credentials), credentials };
};

export type ApiTokenType = 'read-only' | 'full-access' | 'custom';

/** Creates a content-API token and returns its access key. */
export const createApiToken = async (type: ApiTokenType, permissions: string[] = []): Promise<string> => {
  const admin = asAdmin(await superAdminJwt());
  const body = { name: unique('token'), type, lifespan: null, ...(type === 'custom' ? { permissions } : {}) };
  const res = expectStatus(await admin.post('/admin/api-tokens').send(body), 201, 'create API token');
  return res.body.data.accessKey as string;
};

type UsersPermissionsRole = {
  id: number;
  type: string;
  permissions: Record<string, { controllers: Record<string, Record<string, { enabled: boolean; policy: string }>> }>;
};

/**
 * Enables or disables content-API actions for a users-permissions role (`public`, `authenticated`).
 * Actions are written `plugin::legal-pages.controller.action` or `api::x.controller.action`.
 */
export const setRolePermissions = async (roleType: string, actions: Record<string, boolean>) => {
  const admin = asAdmin(await superAdminJwt());
  const roles = expectStatus(await admin.get('/users-permissions/roles'), 200, 'list roles').body.roles as UsersPermissionsRole[];
  const summary = roles.find((r) => r.type === roleType);
  if (!summary) throw new Error(`no users-permissions role of type ${roleType}`);
  const role = expectStatus(await admin.get(`/users-permissions/roles/${summary.id}`), 200, 'get role').body.role as UsersPermissionsRole;
  for (const [action, enabled] of Object.entries(actions)) {
    const match = /^(.+)\.([^.]+)\.([^.]+)$/.exec(action);
    const entry = match && role.permissions[match[1]]?.controllers[match[2]]?.[match[3]];
    if (!match || !entry) throw new Error(`unknown content-API action ${action}`);
    entry.enabled = enabled;
  }
  expectStatus(await admin.put(`/users-permissions/roles/${summary.id}`).send(role), 200, 'update role');
};
