/**
 * A bounded map whose entries may expire. When it is full, the oldest entry not read since it was last passed over
 * goes first (a second chance, as a clock does): a hit only marks its entry, where moving it to the newest place
 * would cost a delete and an insert on every request.
 */
export class ExpiringCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number; read: boolean }>();
  constructor(private readonly capacity: number) {}
  get(key: K, now = Date.now()) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    entry.read = true;
    return entry.value;
  }
  set(key: K, value: V, until = Infinity) {
    this.entries.delete(key);
    this.entries.set(key, { value, until, read: false });
    if (this.entries.size > this.capacity) this.evictOne();
  }
  clear() {
    this.entries.clear();
  }
  private evictOne() {
    // Ends within one pass: an entry passed over loses its mark and comes round again unmarked.
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      if (!entry.read) return;
      entry.read = false;
      this.entries.set(key, entry);
    }
  }
}
