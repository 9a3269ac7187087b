/**
 * Checks of the arguments every door receives, so that a value of the wrong kind is refused
 * with the library's {@link InvalidArgumentError} (naming the argument, the value and the
 * expected form) instead of surfacing later as a `TypeError` from deep inside.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/**
 * Is `value` an object whose properties can be read as a record (not `null`, not an array, not
 * a function)? Never calls user code: no getters, no traps other than `isArray`'s.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

/**
 * `Array.isArray(value)`, but `false` for a revoked Proxy instead of a `TypeError`.
 */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The options object of a function, checked: `undefined` gives `{}`; anything but a record is
 * refused, and so is an own key that is not one of `keys` (a misspelt option is a mistake, not
 * something to ignore).
 *
 * @param value - what the caller passed
 * @param argument - how the message names it, e.g. `'options of toMermaid'`
 * @param keys - the options the function knows
 * @returns the options as a record of the known keys
 * @throws {@link InvalidArgumentError} for a value that is not an options object
 */
export function readOptions<const K extends string>(value: unknown, argument: string, keys: readonly K[]): { readonly [P in K]?: unknown } {
  if (value === undefined) return {};
  const expected = keys.length === 0 ? 'no options' : `an object with only ${keys.join(', ')}`;
  if (!isRecord(value)) throw new InvalidArgumentError(argument, value, expected);
  for (const key of Object.keys(value)) {
    if (!(keys as readonly string[]).includes(key)) throw new InvalidArgumentError(`option in the ${argument}`, key, expected);
  }
  return value as { readonly [P in K]?: unknown };
}

/**
 * `value` if it is `undefined` or one of `values`, else an {@link InvalidArgumentError}.
 *
 * @param value - the option's value
 * @param argument - how the message names it
 * @param values - the allowed values
 * @returns the value
 */
export function optionalChoice<const T>(value: unknown, argument: string, values: readonly T[]): T | undefined {
  if (value === undefined || values.includes(value as T)) return value as T | undefined;
  throw new InvalidArgumentError(argument, value, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
}

/**
 * `value` if it is `undefined` or a string that passes `test`, else an
 * {@link InvalidArgumentError} saying `expected`.
 *
 * @param value - the option's value
 * @param argument - how the message names it
 * @param expected - the form expected, in words
 * @param test - what the string must satisfy
 * @returns the value
 */
export function optionalString(value: unknown, argument: string, expected: string, test: (text: string) => boolean = () => true): string | undefined {
  if (value === undefined || (typeof value === 'string' && test(value))) return value;
  throw new InvalidArgumentError(argument, value, expected);
}
