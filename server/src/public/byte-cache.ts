/** What an entry costs besides its value: the map's slot, the entry object, the key. */
const ENTRY_OVERHEAD = 96;

/**
 * V8 keeps a string in one or two bytes per UTF-16 unit, depending on its characters; French text with a typographic
 * apostrophe takes two. Counted at two: the budget errs on the side of less memory.
 */
export const stringBytes = (value: string) => 2 * value.length;

/**
 * A least-recently-used map bounded by the bytes its entries take (`capacity`), not by their number: one version of a
 * 100-purpose page weighs as much as a hundred small ones. Each `set` states its value's size; an entry larger than the
 * whole budget is not kept.
 */
export class ByteCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  constructor(readonly capacity: number) {}

  /** Bytes held now, keys and overhead included. */
  get bytes() {
    return this.used;
  }

  get size() {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-inserted: a Map iterates in insertion order, so its first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, valueBytes: number): boolean {
    this.delete(key);
    const bytes = valueBytes + stringBytes(key) + ENTRY_OVERHEAD;
    if (bytes > this.capacity) return false;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    while (this.used > this.capacity) this.delete(this.entries.keys().next().value as string);
    return true;
  }

  delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }

  clear() {
    this.entries.clear();
    this.used = 0;
  }
}
