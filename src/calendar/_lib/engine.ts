/**
 * The calendar engine: lazily built year tables (official or with caller changes) and the
 * business-day operations on day numbers. Nothing is computed until a year is first asked for.
 *
 * @internal
 * @module
 */
import { DateOutOfRangeError } from '../../errors.js';
import { FIRST_DAY, FIRST_YEAR, LAST_DAY, LAST_YEAR, dayFromCivil, formatDay, yearOf } from './days.js';
import { Flag, officialFlags, tableFromFlags, type YearTable } from './yearTable.js';

/** Caller changes as day numbers. @internal */
export interface Overrides {
  readonly add: ReadonlySet<number>;
  readonly remove: ReadonlySet<number>;
}

/** Business-day operations over one calendar. @internal */
export class Engine {
  private readonly years: (YearTable | undefined)[] = [];
  /** The table used last: most questions stay within one year. */
  private last: YearTable | undefined;

  /** @param overrides - caller changes, or `undefined` for the official calendar */
  constructor(private readonly overrides: Overrides | undefined) {}

  /** The tables of `year` (2000–2099), built on first use. */
  table(year: number): YearTable {
    const index = year - FIRST_YEAR;
    const cached = this.years[index];
    if (cached !== undefined) return cached;
    const { flags, names } = officialFlags(year);
    if (this.overrides !== undefined) this.applyOverrides(year, flags);
    const built = tableFromFlags(year, flags, names);
    this.years[index] = built;
    return built;
  }

  private applyOverrides(year: number, flags: Uint8Array): void {
    const start = dayFromCivil(year, 1, 1);
    const end = start + flags.length;
    const { add, remove } = this.overrides as Overrides;
    for (const d of add) if (d >= start && d < end) flags[d - start] = (flags[d - start] as number) | Flag.Custom;
    for (const d of remove) if (d >= start && d < end) flags[d - start] = 0;
  }

  /** The tables of the year containing `day`. */
  tableOf(day: number): YearTable {
    const last = this.last;
    if (last !== undefined && day >= last.start && day < last.start + last.flags.length) return last;
    return (this.last = this.table(yearOf(day)));
  }

  /** Holiday flags of a day number (0 = business day). */
  flags(day: number): number {
    const table = this.tableOf(day);
    return table.flags[day - table.start] as number;
  }

  /** The Japanese name of a national holiday, if any. */
  name(day: number): string | undefined {
    const table = this.tableOf(day);
    return table.names.get(day - table.start);
  }

  /**
   * The n-th government business day after `day` (`day` itself never counts); `n < 0` goes
   * back; `n = 0` returns `day`. Cost grows with the number of years crossed, not with `n`.
   */
  addBusinessDays(day: number, n: number): number {
    if (n === 0) return day;
    let table = this.tableOf(day);
    let year = table.year;
    const i = day - table.start;
    if (n > 0) {
      let k = (table.rank[i + 1] as number) + n - 1;
      while (k >= table.businessDays.length) {
        k -= table.businessDays.length;
        table = this.nextTable(++year, day, n);
      }
      return table.start + (table.businessDays[k] as number);
    }
    let k = (table.rank[i] as number) + n;
    while (k < 0) {
      table = this.nextTable(--year, day, n);
      k += table.businessDays.length;
    }
    return table.start + (table.businessDays[k] as number);
  }

  private nextTable(year: number, day: number, n: number): YearTable {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateOutOfRangeError(formatDay(day), `the ${Math.abs(n)}${ordinalSuffix(Math.abs(n))} government business day ${n < 0 ? 'before' : 'after'} it`);
    }
    return this.table(year);
  }

  /** Business days before `day` counted from 1 January of `year` (`day` may be 1 January of the next year). */
  private rankFromYearStart(day: number): { year: number; rank: number } {
    if (day > LAST_DAY) {
      const table = this.table(LAST_YEAR);
      return { year: LAST_YEAR, rank: table.rank[table.flags.length] as number };
    }
    const table = this.tableOf(day);
    return { year: table.year, rank: table.rank[day - table.start] as number };
  }

  /**
   * The signed number of steps {@link addBusinessDays} takes from `from` to reach `to`:
   * forwards, the business days `d` with `from < d <= to`; backwards (`to < from`), minus the
   * business days `d` with `to <= d < from`.
   */
  countBusinessDays(from: number, to: number): number {
    if (to < from) return 0 - this.countForward(to - 1, from - 1);
    return this.countForward(from, to);
  }

  /** Business days `d` with `from < d <= to`, for `from <= to`. */
  private countForward(from: number, to: number): number {
    const a = this.rankFromYearStart(from + 1);
    const b = this.rankFromYearStart(to + 1);
    let total = b.rank - a.rank;
    for (let y = a.year; y < b.year; y++) total += this.table(y).businessDays.length;
    return total;
  }

  /** The first business day on or after `day`. */
  nextBusinessDay(day: number): number {
    return this.flags(day) === 0 ? day : this.addBusinessDays(day, 1);
  }

  /** The last business day on or before `day`. */
  previousBusinessDay(day: number): number {
    return this.flags(day) === 0 ? day : this.addBusinessDays(day, -1);
  }
}

/** The first and last supported day numbers, re-exported for range checks. @internal */
export const RANGE = { first: FIRST_DAY, last: LAST_DAY } as const;

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}
