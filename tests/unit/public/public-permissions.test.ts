import publicPermissions from '../../../server/src/public/permissions-service';

const FIND = 'plugin::legal-pages.public-pages.find';
const VERSIONS = 'plugin::legal-pages.public-pages.findVersions';

/** A Strapi with users-permissions whose Public role holds `rows`; counts the queries and keeps the subscribers. */
const fakeStrapi = (ttl: number) => {
  const state = {
    rows: [{ action: FIND }, { action: VERSIONS }] as Array<{ action: string }>,
    queries: 0,
    subscribers: [] as Array<Record<string, unknown>>,
    /** Holds the next read until released, to interleave a change with it. */
    gate: null as Promise<void> | null,
  };
  const strapi = {
    config: { get: () => ({ publicCacheTtlMs: ttl }) },
    plugin: (name: string) => (name === 'users-permissions' ? {} : undefined),
    db: {
      query: (uid: string) => {
        expect(uid).toBe('plugin::users-permissions.permission');
        return {
          findMany: async (params: { where: unknown }) => {
            expect(params.where).toEqual({ role: { type: 'public' }, action: { $startsWith: 'plugin::legal-pages.' } });
            state.queries += 1;
            const rows = [...state.rows];
            if (state.gate) await state.gate;
            return rows;
          },
        };
      },
      lifecycles: {
        subscribe: (subscriber: Record<string, unknown>) => {
          state.subscribers.push(subscriber);
          return () => state.subscribers.splice(state.subscribers.indexOf(subscriber), 1);
        },
      },
    },
  };
  /** What users-permissions' role update does: writes the table, and the query engine runs the lifecycles. */
  const write = (rows: Array<{ action: string }>, model = 'plugin::users-permissions.permission', event = 'afterDelete') => {
    state.rows = rows;
    for (const s of state.subscribers) if ((s.models as string[]).includes(model)) (s[event] as () => void)();
  };
  return { state, write, service: publicPermissions({ strapi: strapi as never }) };
};

describe('the Public role’s permissions, from memory', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('reads the table once, then answers without a query within publicCacheTtlMs', async () => {
    const { state, service } = fakeStrapi(1000);
    expect(await service.allows(FIND)).toBe(true);
    expect(await service.allows('plugin::legal-pages.public-pages.findVersion')).toBe(false);
    for (let i = 0; i < 100; i += 1) expect(service.allows(FIND)).toBe(true);
    expect(state.queries).toBe(1);
  });

  it('sees a revocation in this process on the next request, through the lifecycles', async () => {
    const { state, write, service } = fakeStrapi(60_000);
    service.listen();
    expect(await service.allows(FIND)).toBe(true);
    write([{ action: VERSIONS }]);
    expect(await service.allows(FIND)).toBe(false);
    write([{ action: VERSIONS }, { action: FIND }], 'plugin::users-permissions.permission', 'afterCreate');
    expect(await service.allows(FIND)).toBe(true);
    expect(state.queries).toBe(3);
  });

  it('sees a change made by another process (no lifecycle here) once publicCacheTtlMs has passed, not before', async () => {
    const { state, service } = fakeStrapi(1000);
    service.listen();
    expect(await service.allows(FIND)).toBe(true);
    state.rows = [];
    jest.advanceTimersByTime(999);
    expect(await service.allows(FIND)).toBe(true);
    jest.advanceTimersByTime(1);
    expect(await service.allows(FIND)).toBe(false);
  });

  it('reads on every request with publicCacheTtlMs 0', async () => {
    const { state, service } = fakeStrapi(0);
    for (let i = 0; i < 3; i += 1) await service.allows(FIND);
    expect(state.queries).toBe(3);
  });

  it('shares one read between simultaneous requests', async () => {
    const { state, service } = fakeStrapi(1000);
    const answers = await Promise.all(Array.from({ length: 20 }, () => service.allows(FIND)));
    expect(answers.every(Boolean)).toBe(true);
    expect(state.queries).toBe(1);
  });

  it('does not let a read begun before a change answer requests that come after it', async () => {
    const { state, write, service } = fakeStrapi(60_000);
    service.listen();
    let release!: () => void;
    state.gate = new Promise((resolve) => (release = resolve));
    const before = service.allows(FIND); // reads the table while FIND is still granted
    await Promise.resolve();
    write([]);
    state.gate = null;
    const after = service.allows(FIND);
    release();
    expect(await before).toBe(true);
    expect(await after).toBe(false);
    // The stale read was not kept.
    expect(await service.allows(FIND)).toBe(false);
  });

  it('follows writes to roles too, and stops following on destroy', async () => {
    const { state, write, service } = fakeStrapi(60_000);
    service.listen();
    await service.allows(FIND);
    write(state.rows, 'plugin::users-permissions.role', 'afterUpdate');
    await service.allows(FIND);
    expect(state.queries).toBe(2);
    service.stop();
    expect(state.subscribers).toHaveLength(0);
  });
});
