/**
 * One year of the government calendar as flat tables, so that every business-day question is
 * a lookup: `flags` says why each day is a holiday, `rank` counts business days before each
 * day, and `businessDays` lists the business days in order.
 *
 * @internal
 * @module
 */
import { dayFromCivil, isLeapYear, weekday } from './days.js';
import { nationalHolidaysOf, type NationalKind } from './nationalHolidays.js';

/** Holiday reasons as bits. @internal */
export const Flag = {
  Weekend: 1,
  YearEnd: 2,
  National: 4,
  Substitute: 8,
  Citizens: 16,
  SpecialAct: 32,
  Custom: 64,
} as const;

const NATIONAL_FLAG: Record<NationalKind, number> = {
  national: Flag.National,
  substitute: Flag.Substitute,
  citizens: Flag.Citizens,
  'special-act': Flag.SpecialAct,
};

/** The tables of one year. @internal */
export interface YearTable {
  readonly year: number;
  /** Day number of 1 January. */
  readonly start: number;
  /** Holiday reasons per day of the year (0 = business day). */
  readonly flags: Uint8Array;
  /** `rank[i]` = business days among days `0 … i-1`; `rank[length]` = the year's total. */
  readonly rank: Uint16Array;
  /** Day-of-year indices of the business days, in order. */
  readonly businessDays: Uint16Array;
  /** Japanese names of national holidays by day of the year. */
  readonly names: ReadonlyMap<number, string>;
}

/**
 * Builds the official flags and names of `year`.
 *
 * @internal
 */
export function officialFlags(year: number): { flags: Uint8Array; names: Map<number, string> } {
  const start = dayFromCivil(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const flags = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const wd = weekday(start + i);
    if (wd === 0 || wd === 6) flags[i] = Flag.Weekend;
  }
  for (const i of [0, 1, 2, length - 3, length - 2, length - 1]) flags[i] = (flags[i] as number) | Flag.YearEnd;
  const names = new Map<number, string>();
  for (const h of nationalHolidaysOf(year)) {
    const i = dayFromCivil(year, h.month, h.day) - start;
    flags[i] = (flags[i] as number) | NATIONAL_FLAG[h.kind];
    names.set(i, h.name);
  }
  return { flags, names };
}

/**
 * Completes a year's tables from its flags.
 *
 * @internal
 */
export function tableFromFlags(year: number, flags: Uint8Array, names: ReadonlyMap<number, string>): YearTable {
  const length = flags.length;
  const rank = new Uint16Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    rank[i] = count;
    if (flags[i] === 0) count++;
  }
  rank[length] = count;
  const businessDays = new Uint16Array(count);
  for (let i = 0, k = 0; i < length; i++) if (flags[i] === 0) businessDays[k++] = i;
  return { year, start: dayFromCivil(year, 1, 1), flags, rank, businessDays, names };
}
