/**
 * One promise per key while it is pending: a burst of requests that all miss a cache (a representation not built yet,
 * an in-force lookup whose memory just expired) waits on one read instead of sending one each.
 */
export const shared = <K, T>(pending: Map<K, Promise<T>>, key: K, start: () => Promise<T>): Promise<T> => {
  const running = pending.get(key);
  if (running) return running;
  const started: Promise<T> = start().finally(() => {
    // Forgotten meanwhile (an invalidation) and started again: that newer read is not this one's to remove.
    if (pending.get(key) === started) pending.delete(key);
  });
  pending.set(key, started);
  return started;
};
