/**
 * The entries of a caller's iterable or async iterable, read by hand so that a broken iterator
 * (one whose method is not a function, or whose `next()` answers something that is not an
 * object) is refused with the library's {@link InvalidArgumentError} instead of the engine's
 * `TypeError`. What the caller's own code throws passes through.
 *
 * @internal
 * @module
 */
import { isArray } from '../../_lib/args.js';
import { InvalidArgumentError } from '../../errors.js';

type Step = { readonly done?: unknown; readonly value?: unknown };

/** `sync` or `async` for an iterable, `null` for anything else (a revoked Proxy too). */
export function iterableKind(value: unknown): 'sync' | 'async' | null {
  if (typeof value !== 'object' || value === null) return null;
  try {
    if (typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function') return 'async';
    return isArray(value) || typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function' ? 'sync' : null;
  } catch {
    return null;
  }
}

/** `iterable[method]()`, checked to be an iterator. */
function iteratorOf(iterable: object, method: symbol, argument: string): { next: () => unknown; return?: () => unknown } {
  const it = (iterable as Record<symbol, () => unknown>)[method]?.call(iterable) as { next?: unknown } | null | undefined;
  if (typeof it !== 'object' || it === null || typeof it.next !== 'function') throw new InvalidArgumentError(argument, it, 'an iterator: an object with a next() method');
  return it as { next: () => unknown; return?: () => unknown };
}

/** `step`, checked to be an iterator result. */
function checked(step: unknown, argument: string): Step {
  if (typeof step !== 'object' || step === null) throw new InvalidArgumentError(argument, step, 'an iterator result { done, value }');
  return step as Step;
}

/**
 * The entries of a sync iterable, one at a time; stopping early closes the caller's iterator.
 *
 * @param iterable - the caller's iterable
 * @param argument - how messages name it
 * @returns its entries
 */
export function* syncEntries(iterable: object, argument: string): Generator<unknown, void, undefined> {
  const it = iteratorOf(iterable, Symbol.iterator, argument);
  let open = true;
  try {
    for (;;) {
      open = false;
      const step = checked(it.next(), argument);
      if (step.done) return;
      open = true;
      yield step.value;
    }
  } finally {
    if (open) it.return?.();
  }
}

/**
 * The entries of an async iterable, one at a time; stopping early closes the caller's iterator.
 *
 * @param iterable - the caller's async iterable
 * @param argument - how messages name it
 * @returns its entries
 */
export async function* asyncEntries(iterable: object, argument: string): AsyncGenerator<unknown, void, undefined> {
  const it = iteratorOf(iterable, Symbol.asyncIterator, argument);
  let open = true;
  try {
    for (;;) {
      open = false;
      const step = checked(await it.next(), argument);
      if (step.done) return;
      open = true;
      yield step.value;
    }
  } finally {
    if (open) await it.return?.();
  }
}
