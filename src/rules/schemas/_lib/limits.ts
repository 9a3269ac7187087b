/**
 * The limits every input is checked against before its schema reads it, so that no input,
 * however built, can overflow the stack, run for ever or fill memory with problems:
 *
 * - {@link MAX_DEPTH}: arrays and objects nested at most 64 deep (a case file needs 5);
 * - {@link MAX_ITEMS}: an array has at most 1,000,000 items (a sparse array of length
 *   2³² − 1 is refused at once);
 * - {@link MAX_VALUES}: at most 5,000,000 values in all, counted along every path (an object
 *   referenced from many places counts once per place, as a schema would read it);
 * - {@link MAX_ISSUES}: at most 100 problems are reported; the rest are counted.
 *
 * @internal
 * @module
 */
import type { InputIssue } from '../inputIssue.js';
import { pathText } from './issues.js';

/** The deepest nesting of arrays and objects an input may have. */
export const MAX_DEPTH = 64;
/** The most items an array of an input may have. */
export const MAX_ITEMS = 1_000_000;
/** The most values (counted along every path) an input may hold. */
export const MAX_VALUES = 5_000_000;
/** The most problems reported for one input; more are summed up in one last issue. */
export const MAX_ISSUES = 100;

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly key: string | number | null;
  readonly parent: Frame | null;
}

function pathOf(frame: Frame | null, last?: string | number): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let f = frame; f !== null && f.key !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}

function limitIssue(path: (string | number)[], code: string, message: string, expected: string): InputIssue {
  return { path, pathText: pathText(path), message, code, expected };
}

/**
 * The first limit `input` breaks, as an issue at the path where it breaks it, or `null`. Walks
 * the input without recursion; reads only own enumerable keys (as the schemas do), so a getter
 * or Proxy trap of the caller's may throw its own error.
 *
 * @internal
 */
export function inputLimitIssue(input: unknown): InputIssue | null {
  if (typeof input !== 'object' || input === null) return null;
  const stack: Frame[] = [{ value: input, depth: 1, key: null, parent: null }];
  let values = 1;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth > MAX_DEPTH) {
      return limitIssue(pathOf(frame), 'too_deep', `The value is nested more than ${MAX_DEPTH} levels deep: expected at most ${MAX_DEPTH} levels of arrays and objects.`, `at most ${MAX_DEPTH} levels of nesting`);
    }
    let isArray: boolean;
    try {
      isArray = Array.isArray(frame.value);
    } catch {
      return limitIssue(pathOf(frame), 'unreadable', 'The value cannot be read (a revoked Proxy): expected plain data.', 'plain data');
    }
    let keys: readonly (string | number)[];
    if (isArray) {
      const length = (frame.value as unknown[]).length;
      if (length > MAX_ITEMS) {
        return limitIssue(pathOf(frame), 'too_many_items', `The array has ${length} items: expected at most ${MAX_ITEMS}.`, `at most ${MAX_ITEMS} items`);
      }
      keys = Array.from({ length }, (_, i) => i);
    } else {
      keys = Object.keys(frame.value);
    }
    values += keys.length;
    if (values > MAX_VALUES) {
      return limitIssue(pathOf(frame), 'too_many_values', `The input holds more than ${MAX_VALUES} values: expected at most ${MAX_VALUES}.`, `at most ${MAX_VALUES} values`);
    }
    for (const key of keys) {
      const child = (frame.value as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return null;
}

/**
 * The last issue of a list cut at {@link MAX_ISSUES}: code `too_many_issues`, path `$`, saying
 * how many more problems there were.
 *
 * @internal
 */
export function moreIssues(more: number): InputIssue {
  return { path: [], pathText: '$', message: `… and ${more} more ${more === 1 ? 'problem' : 'problems'} (only the first ${MAX_ISSUES} are listed).`, code: 'too_many_issues', omitted: more };
}
