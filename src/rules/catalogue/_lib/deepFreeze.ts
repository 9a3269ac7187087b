/**
 * Freezes a plain data structure (objects and arrays of primitives), all the way down.
 *
 * @param value - the table to freeze (frozen in place)
 * @returns the same value, typed as given
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
