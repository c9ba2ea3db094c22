import publicAccess from '../../../server/src/public/access-middleware';
import { errors } from '../../../server/src/strapi-utils';

const ACTION = 'plugin::legal-pages.public-pages.find';

const setup = (granted: boolean | Promise<boolean>, verify: (auth: unknown, config: { scope: string[] }) => Promise<void> = async () => {}) => {
  const calls = { allows: [] as string[], authenticate: [] as unknown[], verify: [] as unknown[] };
  const strapi = {
    plugin: () => ({ service: () => ({ allows: (action: string) => (calls.allows.push(action), granted) }) }),
    get: () => ({
      authenticate: async (ctx: Ctx, next: () => Promise<unknown>) => {
        calls.authenticate.push(ctx.state.route);
        ctx.state.auth = { strategy: 'users-permissions', credentials: { id: 1 } };
        return next();
      },
      verify: async (auth: unknown, config: { scope: string[] }) => {
        calls.verify.push([auth, config]);
        return verify(auth, config);
      },
    }),
  };
  const middleware = publicAccess({ action: 'public-pages.find' }, { strapi: strapi as never });
  return { calls, middleware };
};

type Ctx = {
  request: { header: Record<string, string> };
  state: Record<string, any>;
  status?: number;
  forbidden: () => void;
  unauthorized: () => void;
};

const context = (header: Record<string, string> = {}): Ctx => {
  const ctx: Ctx = {
    request: { header },
    state: { route: { method: 'GET', path: '/pages/:site/:kind', config: { auth: false, middlewares: [] }, info: { type: 'content-api' } } },
    forbidden: () => (ctx.status = 403),
    unauthorized: () => (ctx.status = 401),
  };
  return ctx;
};

describe('the public routes’ access check', () => {
  it('lets an anonymous request through when the Public role holds the action, without Strapi’s authentication', async () => {
    const { calls, middleware } = setup(true);
    const next = jest.fn(async () => {});
    const ctx = context();
    await middleware(ctx as never, next);
    expect(next).toHaveBeenCalled();
    expect(calls.allows).toEqual([ACTION]);
    expect(calls.authenticate).toHaveLength(0);
  });

  it('refuses an anonymous request with 403 once the Public role no longer holds it, also when it had to read', async () => {
    for (const granted of [false, Promise.resolve(false)]) {
      const { middleware } = setup(granted);
      const next = jest.fn(async () => {});
      const ctx = context();
      await middleware(ctx as never, next);
      expect(next).not.toHaveBeenCalled();
      expect(ctx.status).toBe(403);
    }
  });

  it('sends a request with credentials through Strapi’s authentication and authorisation, with the route’s scope', async () => {
    const { calls, middleware } = setup(false);
    const next = jest.fn(async () => {});
    const ctx = context({ authorization: 'Bearer abc' });
    await middleware(ctx as never, next);
    expect(next).toHaveBeenCalled();
    expect(calls.allows).toHaveLength(0);
    expect(calls.authenticate).toEqual([expect.objectContaining({ config: expect.objectContaining({ auth: { scope: [ACTION] } }), info: { type: 'content-api' } })]);
    expect(calls.verify).toEqual([[{ strategy: 'users-permissions', credentials: { id: 1 } }, { scope: [ACTION] }]]);
  });

  it('answers as Strapi does when the credentials’ grants refuse the action', async () => {
    for (const [error, status] of [
      [new errors.ForbiddenError(), 403],
      [new errors.UnauthorizedError(), 401],
    ] as const) {
      const { middleware } = setup(true, async () => {
        throw error;
      });
      const next = jest.fn(async () => {});
      const ctx = context({ authorization: 'Bearer abc' });
      await middleware(ctx as never, next);
      expect(next).not.toHaveBeenCalled();
      expect(ctx.status).toBe(status);
    }
  });
});
