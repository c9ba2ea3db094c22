import { ByteCache, stringBytes } from '../../../server/src/public/byte-cache';

const overhead = (cache: ByteCache<unknown>, key: string, bytes: number) => {
  cache.set(key, null, bytes);
  const used = cache.bytes - bytes;
  cache.delete(key);
  return used;
};

describe('byte-bounded cache', () => {
  it('counts the bytes of its entries, keys and overhead included', () => {
    const cache = new ByteCache<Buffer>(10_000);
    cache.set('a', Buffer.alloc(1000), 1000);
    const one = cache.bytes;
    expect(one).toBeGreaterThan(1000);
    cache.set('b', Buffer.alloc(2000), 2000);
    expect(cache.bytes).toBe(one + 2000 + (one - 1000));
    cache.delete('a');
    cache.delete('b');
    expect(cache.bytes).toBe(0);
  });

  it('never holds more than its capacity, dropping the least recently read first', () => {
    const entryOverhead = overhead(new ByteCache(1e6), 'k0', 0);
    const capacity = 3 * (1000 + entryOverhead);
    const cache = new ByteCache<number>(capacity);
    cache.set('k0', 0, 1000);
    cache.set('k1', 1, 1000);
    cache.set('k2', 2, 1000);
    expect(cache.size).toBe(3);
    expect(cache.get('k0')).toBe(0); // k1 is now the least recently read
    cache.set('k3', 3, 1000);
    expect(cache.bytes).toBeLessThanOrEqual(capacity);
    expect(cache.get('k1')).toBeUndefined();
    expect([cache.get('k0'), cache.get('k2'), cache.get('k3')]).toEqual([0, 2, 3]);
  });

  it('evicts as many small entries as one large entry needs', () => {
    const cache = new ByteCache<string>(100_000);
    for (let i = 0; i < 50; i += 1) cache.set(`small${i}`, 'x', 1000);
    cache.set('large', 'y', 80_000);
    expect(cache.get('large')).toBe('y');
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size).toBeLessThan(20);
  });

  it('does not keep an entry larger than the whole budget, nor evict others for it', () => {
    const cache = new ByteCache<string>(10_000);
    cache.set('kept', 'a', 100);
    expect(cache.set('huge', 'b', 20_000)).toBe(false);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('kept')).toBe('a');
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const cache = new ByteCache<string>(10_000);
    cache.set('k', 'a', 500);
    const once = cache.bytes;
    cache.set('k', 'b', 500);
    expect(cache.bytes).toBe(once);
    expect(cache.get('k')).toBe('b');
  });

  it('keeps nothing with a capacity of 0', () => {
    const cache = new ByteCache<string>(0);
    cache.set('k', 'a', 1);
    expect(cache.size).toBe(0);
  });

  it('counts strings at two bytes per UTF-16 unit', () => {
    expect(stringBytes('l’article')).toBe(18);
  });
});
