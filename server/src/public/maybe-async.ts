/**
 * A value now, or later. The public routes answer most requests from memory, and with Strapi's request context on
 * async_hooks every promise costs an init hook and a microtask: their path stays synchronous while what it needs is
 * in memory, and returns a promise only where it really waits (a query, a compression).
 */
export type MaybePromise<T> = T | Promise<T>;

/** `next(value)`, at once when the value is there, after it otherwise. */
export const then = <T, U>(value: MaybePromise<T>, next: (value: T) => MaybePromise<U>): MaybePromise<U> =>
  value instanceof Promise ? value.then(next) : next(value);
