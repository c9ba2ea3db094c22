import { ExpiringCache } from '../../../server/src/public/expiring-cache';
import { shared } from '../../../server/src/public/in-flight';
import { queryValue } from '../../../server/src/public/query-string';
import publicPages from '../../../server/src/public/pages-service';

describe('the public query string', () => {
  it.each([
    ['locale=fr&format=html', 'locale', 'fr'],
    ['locale=fr&format=html', 'format', 'html'],
    ['locale=fr', 'at', undefined],
    ['', 'locale', undefined],
    ['at=2026-01-01&at=2026-02-01', 'at', null],
    ['locale[]=fr', 'locale', null],
    ['locale[$ne]=fr', 'locale', null],
    ['locale=a%20b+c', 'locale', 'a b c'],
    ['__proto__=x', 'constructor', undefined],
  ])('%s: %s is %p', (search, name, expected) => {
    expect(queryValue(search, name)).toBe(expected);
  });
});

describe('the expiring cache', () => {
  it('forgets an entry at its end', () => {
    const cache = new ExpiringCache<string, number>(10);
    cache.set('a', 1, 1000);
    expect(cache.get('a', 999)).toBe(1);
    expect(cache.get('a', 1000)).toBeUndefined();
  });

  it('when full, drops the oldest entry not read since, and keeps its capacity', () => {
    const cache = new ExpiringCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.get('a');
    cache.set('d', 4);
    expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key))).toEqual([1, undefined, 3, 4]);
    // Every entry read: one full pass, and the oldest goes.
    cache.set('e', 5);
    expect(['a', 'c', 'd', 'e'].filter((key) => cache.get(key) !== undefined)).toHaveLength(3);
  });
});

describe('lookups under way', () => {
  it('are shared by simultaneous callers, then forgotten', async () => {
    const pending = new Map<string, Promise<number>>();
    let starts = 0;
    const start = () => new Promise<number>((resolve) => setTimeout(() => resolve((starts += 1)), 5));
    expect(await Promise.all([shared(pending, 'k', start), shared(pending, 'k', start)])).toEqual([1, 1]);
    expect(pending.size).toBe(0);
    expect(await shared(pending, 'k', start)).toBe(2);
  });

  it('a failure reaches every caller and is not kept', async () => {
    const pending = new Map<string, Promise<number>>();
    const failing = () => Promise.reject(new Error('down'));
    await expect(Promise.all([shared(pending, 'k', failing), shared(pending, 'k', failing)])).rejects.toThrow('down');
    expect(pending.size).toBe(0);
  });
});

describe('the in-force lookup of the public routes', () => {
  const page = { siteDocumentId: 'doc', slug: 'site', kind: 'privacy-policy' as const, locale: 'fr', publishedNow: true, retiredAt: null };
  const setup = () => {
    const queries: unknown[] = [];
    let release: () => void = () => undefined;
    let gate = Promise.resolve();
    const strapi = {
      config: { get: () => ({ publicBodyCacheBytes: 1 << 20, publicCacheTtlMs: 60_000 }) },
      db: {
        query: () => ({
          findOne: async (query: unknown) => {
            queries.push(query);
            await gate;
            return { id: 1, number: queries.length, effectiveAt: '2026-01-01T00:00:00.000Z' };
          },
        }),
      },
    };
    const hold = () => {
      gate = new Promise<void>((resolve) => (release = resolve));
    };
    return { queries, hold, release: () => release(), service: publicPages({ strapi: strapi as never }) };
  };

  it('sends one pair of queries for a burst of requests that all missed', async () => {
    const { queries, service } = setup();
    await Promise.all(Array.from({ length: 20 }, () => service.inForceNow(page)));
    expect(queries).toHaveLength(2);
    // Remembered: from memory, without a promise.
    expect(service.inForceNow(page)).not.toBeInstanceOf(Promise);
  });

  it('does not remember what a lookup found when a publication invalidated it meanwhile', async () => {
    const { queries, hold, release, service } = setup();
    hold();
    const before = service.inForceNow(page);
    service.invalidate();
    release();
    await before;
    expect(service.inForceNow(page)).toBeInstanceOf(Promise);
    expect(queries).toHaveLength(4);
  });
});
