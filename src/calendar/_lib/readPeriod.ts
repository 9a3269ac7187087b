/**
 * Validates a {@link PeriodLength} handed in by a caller.
 *
 * @internal
 * @module
 */
import { isRecord } from '../../_lib/args.js';
import { InvalidArgumentError } from '../../errors.js';
import type { PeriodLength } from '../types.js';

/** A validated period: its unit and length (months and years folded into months). @internal */
export type Period =
  | { readonly unit: 'days' | 'weeks' | 'businessDays'; readonly n: number }
  | { readonly unit: 'months'; readonly n: number; readonly years: number; readonly months: number };

const EXPECTED =
  'one of { days }, { weeks }, { months, years? }, { years, months? } or { businessDays }, with whole numbers from 0 and a length of at least 1';
const MAX = 40_000;
const SINGLE = new Set(['days', 'weeks', 'businessDays']);

/** @internal */
export function readPeriod(period: PeriodLength | unknown): Period {
  if (!isRecord(period)) {
    throw new InvalidArgumentError('period', period, EXPECTED);
  }
  const record = period as Record<string, unknown>;
  const keys = Object.keys(record);
  const first = keys[0];
  if (keys.length === 1 && first !== undefined && SINGLE.has(first)) {
    return { unit: first as 'days' | 'weeks' | 'businessDays', n: positive(period, count(first, record[first])) };
  }
  const unknown = keys.find((k) => k !== 'months' && k !== 'years' && !SINGLE.has(k));
  if (unknown !== undefined) throw new InvalidArgumentError(`period.${unknown}`, unknown, `no such unit; ${EXPECTED}`);
  if (keys.length === 0 || keys.length > 2 || keys.some((k) => k !== 'months' && k !== 'years')) {
    throw new InvalidArgumentError('period', period, EXPECTED);
  }
  const years = keys.includes('years') ? count('years', record['years']) : 0;
  const months = keys.includes('months') ? count('months', record['months']) : 0;
  return { unit: 'months', n: positive(period, years * 12 + months), years, months };
}

function count(key: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX) {
    throw new InvalidArgumentError(`period.${key}`, value, `a whole number from 0 to ${MAX}`);
  }
  return value;
}

function positive(period: unknown, n: number): number {
  if (n < 1) throw new InvalidArgumentError('period', period, EXPECTED);
  return n;
}
