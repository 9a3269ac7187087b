/**
 * Pairing expected rows with actual ones (obligations, refused events), so that a list's
 * difference reads as rows that differ, rows missing and rows unexpected.
 *
 * @module
 */
import { show } from './result.js';

/** An expected row paired with an actual one of the same key, and how they differ. */
export interface Pair<E, A> {
  readonly expected: E;
  readonly actual: A;
  /** `field: expected …, actual …` for each field given that differs; empty when they agree. */
  readonly differences: readonly string[];
}

/** How expected rows met the actual ones. */
export interface Pairing<E, A> {
  readonly pairs: readonly Pair<E, A>[];
  /** Expected rows no actual row has the key of. */
  readonly missing: readonly E[];
  /** Actual rows no expected row was paired with, in their order. */
  readonly unpaired: readonly A[];
}

/**
 * Pairs each expected row with an actual row of the same key: first with one that agrees in
 * every field given, then (for the rows left) with the first of the same key that is left, so
 * that a row that changed shows as one row that differs, not as one missing and one unexpected.
 * Each actual row is paired at most once.
 *
 * @param expected - the rows of the fixture, in order
 * @param actual - the rows of the evaluation, in order
 * @param sameKey - whether two rows are "the same row" (e.g. clause and instance)
 * @param compare - the differences in the fields the expected row gives
 * @returns the pairs, the expected rows missing, and the actual rows left over
 */
export function pairRows<E, A>(
  expected: readonly E[],
  actual: readonly A[],
  sameKey: (e: E, a: A) => boolean,
  compare: (e: E, a: A) => readonly string[],
): Pairing<E, A> {
  const taken = new Set<number>();
  const found = new Map<number, Pair<E, A>>();
  for (const exact of [true, false]) {
    expected.forEach((e, i) => {
      if (found.has(i)) return;
      const j = actual.findIndex((a, k) => !taken.has(k) && sameKey(e, a) && (!exact || compare(e, a).length === 0));
      if (j < 0) return;
      taken.add(j);
      const a = actual[j] as A;
      found.set(i, { expected: e, actual: a, differences: exact ? [] : compare(e, a) });
    });
  }
  return {
    pairs: expected.flatMap((_, i) => found.get(i) ?? []),
    missing: expected.filter((_, i) => !found.has(i)),
    unpaired: actual.filter((_, k) => !taken.has(k)),
  };
}

/**
 * Whether two JSON values are equal: the same primitives, arrays equal item by item, objects
 * with the same keys (in any order) and equal values.
 *
 * @param a - a JSON value
 * @param b - another
 * @returns whether they are equal
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const left = Object.entries(a);
  const right = b as Record<string, unknown>;
  return left.length === Object.keys(right).length && left.every(([key, value]) => Object.prototype.hasOwnProperty.call(right, key) && sameJson(value, right[key]));
}

/**
 * `field: expected …, actual …` for each field `expected` gives whose value is not the actual
 * one (compared as JSON).
 *
 * @param expected - the fields given (an absent field is not compared)
 * @param actual - the actual values of the same fields
 * @returns the lines, in the order of `expected`'s keys
 */
export function fieldDifferences(expected: Readonly<Record<string, unknown>>, actual: Readonly<Record<string, unknown>>): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (value === undefined) continue;
    const got = actual[key];
    if (!sameJson(value, got)) lines.push(`${key}: expected ${show(value)}, actual ${show(got)}`);
  }
  return lines;
}
