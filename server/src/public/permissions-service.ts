import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';
const OURS = `plugin::${PLUGIN_ID}.`;
const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

type Lifecycles = { subscribe(subscriber: Record<string, unknown>): (() => void) | unknown };

/**
 * Which of the plugin's actions users-permissions' Public role holds, answered from memory so that an anonymous
 * request to a public page costs no SQL query (users-permissions reads the Public role's permissions on every one).
 *
 * Kept exact in this process: every write to users-permissions' permissions or roles (Settings → Roles → Public, or
 * any code going through Strapi's query engine) fires a database lifecycle that drops what is remembered, so the next
 * request reads the table again. Another process's change is seen within `publicCacheTtlMs`: what was read is trusted
 * that long after the read began, never longer (0 reads on every request).
 */
const publicPermissions = ({ strapi }: { strapi: Core.Strapi }) => {
  // A plugin's configuration is fixed once Strapi has loaded it: read on the first request, not on every one.
  let ttlMs: number | undefined;
  const ttl = () => (ttlMs ??= (strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig).publicCacheTtlMs);
  let granted: Set<string> | null = null;
  let readAt = 0;
  // Moves on every change: a read begun before a change neither keeps its answer nor serves requests that follow it.
  let generation = 0;
  let reading: Promise<Set<string>> | null = null;
  let unsubscribe: (() => void) | null = null;

  const fetchGranted = async (started: number, startedAt: number) => {
    const rows = (await strapi.db.query(PERMISSION).findMany({
      where: { role: { type: 'public' }, action: { $startsWith: OURS } },
      select: ['action'],
    })) as Array<{ action: string }>;
    const actions = new Set(rows.map((row) => row.action));
    if (generation === started) {
      granted = actions;
      readAt = startedAt;
    }
    return actions;
  };

  /** One read at a time: a burst of requests after expiry or a change costs one query. */
  const read = () => {
    if (reading) return reading;
    const pending: Promise<Set<string>> = fetchGranted(generation, Date.now()).finally(() => {
      if (reading === pending) reading = null;
    });
    reading = pending;
    return pending;
  };

  const service = {
    /** Whether the Public role may call `action` (`plugin::legal-pages.public-pages.find`…); a promise only when it reads. */
    allows(action: string): boolean | Promise<boolean> {
      // Without users-permissions there is no Public role: nothing is public.
      if (!strapi.plugin('users-permissions')) return false;
      const limit = ttl();
      if (granted && limit > 0 && Date.now() - readAt < limit) return granted.has(action);
      return read().then((actions) => actions.has(action));
    },

    /** Forgets what was read: the next request reads the table. */
    invalidate() {
      generation += 1;
      granted = null;
      reading = null;
    },

    /** Follows users-permissions' writes from bootstrap on. */
    listen() {
      if (unsubscribe || !strapi.plugin('users-permissions')) return;
      const invalidate = () => service.invalidate();
      const result = (strapi.db.lifecycles as unknown as Lifecycles).subscribe({
        models: [PERMISSION, ROLE],
        ...Object.fromEntries(WRITES.map((event) => [event, invalidate])),
      });
      unsubscribe = typeof result === 'function' ? (result as () => void) : () => {};
    },

    stop() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
  return service;
};

export default publicPermissions;
