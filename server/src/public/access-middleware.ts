import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { errors } from '../strapi-utils';
import { PLUGIN_ID } from '../plugin-id';
import { then } from './maybe-async';
import { getService } from '../services/get-service';

type Auth = {
  authenticate(ctx: Context, next: Next): Promise<unknown>;
  verify(auth: unknown, config: { scope: string[] }): Promise<unknown>;
};

/**
 * Stands in for Strapi's content-API authentication on the public page routes, which are declared `auth: false` so
 * that an anonymous request is not sent through users-permissions' check, one SQL query each. An anonymous request
 * (no `Authorization` header) is let through when the Public role holds the route's action, as remembered by the
 * `public-permissions` service, else refused with users-permissions' own 403. A request with credentials (an API
 * token, a user's JWT) goes through Strapi's authentication and authorisation exactly as on any content-API route:
 * the token's or the user's role's grants decide, revoked or not.
 */
const publicAccess = (config: { action: string }, { strapi }: { strapi: Core.Strapi }) => {
  const action = `plugin::${PLUGIN_ID}.${config.action}`;
  const auth = { scope: [action] };
  let granted: ReturnType<typeof getService<'public-permissions'>> | undefined;
  const permissions = () => (granted ??= getService(strapi, 'public-permissions'));

  const withCredentials = (ctx: Context, next: Next) => {
    const route = ctx.state.route as { config?: Record<string, unknown> };
    // Strapi's authentication reads the route's auth settings, which say `false` here: it is shown the ones it would
    // have had, so every registered strategy (API tokens, users-permissions) runs as usual.
    ctx.state.route = { ...route, config: { ...route.config, auth } };
    const service = strapi.get('auth') as Auth;
    return service.authenticate(ctx, async () => {
      try {
        await service.verify(ctx.state.auth, auth);
      } catch (error) {
        // As Strapi's own authorisation step answers.
        if (error instanceof errors.UnauthorizedError) return ctx.unauthorized();
        if (error instanceof errors.ForbiddenError && !(error instanceof errors.PolicyError)) return ctx.forbidden();
        throw error;
      }
      return next();
    });
  };

  // Synchronous while the Public role's grants are in memory: no promise of its own on the way to the controller.
  return (ctx: Context, next: Next) => {
    if (ctx.request.header.authorization !== undefined) return withCredentials(ctx, next);
    return then(permissions().allows(action), (allowed) => (allowed ? next() : ctx.forbidden()));
  };
};

export default publicAccess;
