/**
 * Building a value on first use: schemas that only some calls need are not built at import, so
 * that a cold start pays only for what it uses.
 *
 * @internal
 * @module
 */

/**
 * `build`, called the first time the returned function is and remembered after that.
 *
 * @example
 * ```ts
 * const table = once(() => new Map([['13.2', 'urgent report']]));
 * table() === table(); //=> true
 * ```
 * @internal
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
