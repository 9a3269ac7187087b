import { InvalidArgumentError } from '../../errors.js';

/**
 * Throws {@link InvalidArgumentError} unless `value` is a safe integer.
 *
 * @internal
 */
export function checkInteger(name: string, value: unknown, expected = 'a whole number'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new InvalidArgumentError(name, value, expected);
  return value;
}
