/**
 * Memoizing a pure function of an immutable object (a machine context): guards, the case
 * reducer and the probes of what is allowed next ask the same question of the same context.
 *
 * @internal
 * @module
 */

/**
 * `fn`, remembered per argument object.
 *
 * @internal
 */
export function memo<A extends object, R>(fn: (arg: A) => R): (arg: A) => R {
  const cache = new WeakMap<A, R>();
  return (arg) => {
    if (cache.has(arg)) return cache.get(arg) as R;
    const value = fn(arg);
    cache.set(arg, value);
    return value;
  };
}
