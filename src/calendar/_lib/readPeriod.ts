/**
 * Validates a {@link PeriodLength} handed in by a caller.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import type { PeriodLength } from '../types.js';

/** A validated period: its unit and length (months and years folded into months). @internal */
export type Period =
  | { readonly unit: 'days' | 'weeks' | 'businessDays'; readonly n: number }
  | { readonly unit: 'months'; readonly n: number; readonly years: number; readonly months: number };

const EXPECTED =
  'one of { days }, { weeks }, { months, years? }, { years, months? } or { businessDays }, with whole numbers from 0 and a length of at least 1';
const MAX = 40_000;

/** @internal */
export function readPeriod(period: PeriodLength | unknown): Period {
  if (typeof period !== 'object' || period === null || Array.isArray(period)) {
    throw new InvalidArgumentError('period', period, EXPECTED);
  }
  const keys = Object.keys(period);
  const get = (key: string): number | undefined => {
    if (!Object.prototype.hasOwnProperty.call(period, key)) return undefined;
    const value: unknown = (period as Record<string, unknown>)[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX) {
      throw new InvalidArgumentError(`period.${key}`, value, `a whole number from 0 to ${MAX}`);
    }
    return value;
  };
  const single = (unit: 'days' | 'weeks' | 'businessDays'): Period | undefined => {
    if (!keys.includes(unit)) return undefined;
    if (keys.length !== 1) throw new InvalidArgumentError('period', period, EXPECTED);
    return { unit, n: positive(period, get(unit) as number) };
  };
  const simple = single('days') ?? single('weeks') ?? single('businessDays');
  if (simple !== undefined) return simple;
  if (keys.length === 0 || keys.some((k) => k !== 'months' && k !== 'years')) {
    throw new InvalidArgumentError('period', period, EXPECTED);
  }
  const years = get('years') ?? 0;
  const months = get('months') ?? 0;
  return { unit: 'months', n: positive(period, years * 12 + months), years, months };
}

function positive(period: unknown, n: number): number {
  if (n < 1) throw new InvalidArgumentError('period', period, EXPECTED);
  return n;
}
