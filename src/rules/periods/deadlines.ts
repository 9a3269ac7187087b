import { formatDay } from '../../calendar/_lib/days.js';
import { isProvisionalDay } from '../../calendar/_lib/describeHoliday.js';
import { lastDayNumber } from '../../calendar/_lib/computePeriod.js';
import { dayOf, parseDay } from '../../calendar/_lib/parse.js';
import { readPeriod, type Period } from '../../calendar/_lib/readPeriod.js';
import { contextOf } from '../../calendar/createCalendar.js';
import { InvalidArgumentError, isIsmapLiuError } from '../../errors.js';
import { basisOf, type Basis } from '../basis/basis.js';
import { assertPeriodInForce } from './_lib/inForce.js';
import { provisionsOf, readClause, readOptions, type DeadlineOptions } from './deadline.js';
import { halfTermEnd } from './halfTermEnd.js';
import type { PeriodClauseId } from './table.js';

/** The deadlines of one clause for many events, column by column (see {@link deadlines}). */
export interface DeadlineColumns {
  /** The clause. */
  readonly clause: PeriodClauseId;
  /** The date in Japan of each event; `null` where the input was refused. */
  readonly from: (string | null)[];
  /** The first day of each period. */
  readonly startDay: (string | null)[];
  /** The strict last day of each period (I2). */
  readonly lastDay: (string | null)[];
  /** The last day moved off a government holiday. */
  readonly lastDayIfExtended: (string | null)[];
  /** Calendar days from the event's date to `lastDay` (what the period really gives). */
  readonly calendarDays: (number | null)[];
  /** Calendar days from the event's date to `lastDayIfExtended`. */
  readonly calendarDaysIfExtended: (number | null)[];
  /** Whether each result depends on holidays after the last published year. */
  readonly provisional: (boolean | null)[];
  /** The error message for a refused input (bad date, provision not in force), else `null`. */
  readonly error: (string | null)[];
  /** What every row is computed under (as a {@link deadline}'s `basis`). */
  readonly basis: Basis;
}

/** The most rows one call takes (documented in {@link deadlines}): the columns of 10 million rows take about 650 MB. */
const MAX_ROWS = 10_000_000;
const MAX_ROWS_TEXT = '10,000,000';
const FROMS_EXPECTED = 'an array of dates or instants';

/**
 * The deadline of one clause for many events at once, for analysis over millions of dates:
 * plain arrays in, plain arrays out, one row per input, and a bad row gets its error message in
 * `error` instead of stopping the batch. The days are exactly those of {@link deadline}; the
 * steps and texts are left out and day strings are shared, so a row costs about half of a
 * `deadline()` call and allocates little.
 *
 * `froms` must be an array of at most 10,000,000 rows, whose columns take about 650 MB; a
 * longer one, sparse or not, is refused before anything is allocated: split the batch. A missing
 * row (a hole of a sparse array, or `undefined`) and a row that cannot be read (a getter or a
 * Proxy trap that throws) get an error in their row like any bad date; the other columns of that
 * row are `null`.
 *
 * @param clause - one of {@link PeriodClauseId}
 * @param froms - the events (dates, instants with offset, or `Date`s)
 * @param options - `{ calendar }` to use a calendar with caller changes; `{ recognizedAt }` for 18.2(6), as in {@link deadline}
 * @returns the columns, each as long as `froms`
 * @throws {@link InvalidArgumentError} for an unknown clause, bad options, or a `froms` that is not an array of at most 10,000,000 rows
 * @example
 * ```ts
 * const cols = deadlines('13.2', ['2024-12-27T15:00+09:00', '2026-09-18T10:00+09:00', 'nope']);
 * cols.lastDay; //=> ['2025-01-08', '2026-09-28', null]
 * cols.calendarDays; //=> [12, 10, null]
 * cols.error[2]; //=> 'Invalid date "nope": expected …'
 * ```
 */
export function deadlines(clause: PeriodClauseId, froms: readonly (string | Date)[], options?: DeadlineOptions): DeadlineColumns {
  const rule = readClause(clause);
  const { calendar, recognizedAt } = readOptions(options);
  const n = rowCount(froms);
  const ctx = contextOf(calendar);
  const cols: DeadlineColumns = {
    clause: rule.clause,
    from: new Array<string | null>(n).fill(null),
    startDay: new Array<string | null>(n).fill(null),
    lastDay: new Array<string | null>(n).fill(null),
    lastDayIfExtended: new Array<string | null>(n).fill(null),
    calendarDays: new Array<number | null>(n).fill(null),
    calendarDaysIfExtended: new Array<number | null>(n).fill(null),
    provisional: new Array<boolean | null>(n).fill(null),
    error: new Array<string | null>(n).fill(null),
    basis: basisOf(provisionsOf(rule), ctx.basis),
  };
  const fast: Period | undefined = rule.length === 'half-term' ? undefined : readPeriod(rule.length);
  // The first day a provision keyed on the event's date governs (13.2, 13.3, 18.2(6)).
  const appliesFrom = rule.appliesFrom === undefined ? undefined : parseDay(rule.appliesFrom).day;
  // Every missing row has the same error: worked out once, so that a sparse batch stays cheap.
  let missing: string | undefined;
  for (let i = 0; i < n; i++) {
    let input: unknown;
    try {
      input = froms[i];
    } catch {
      cols.error[i] = new InvalidArgumentError(`froms[${i}]`, froms, `a row that can be read (reading it threw)`).message;
      continue;
    }
    if (input === undefined && missing !== undefined) {
      cols.error[i] = missing;
      continue;
    }
    try {
      if (fast === undefined) {
        const end = halfTermEnd(input as string | Date, calendar);
        fill(cols, i, dayOf(end.from), dayOf(end.startDay), dayOf(end.lastDay), dayOf(end.lastDayIfExtended));
        continue;
      }
      // Plain dates take the allocation-free path; instants may start at 00:00 JST (民法 140).
      const isDate = typeof input === 'string' && input.length === 10;
      const parsed = isDate ? undefined : parseDay(input);
      const day = parsed === undefined ? dayOf(input) : parsed.day;
      if (appliesFrom !== undefined && day < appliesFrom) assertPeriodInForce(rule, formatDay(day), input, recognizedAt);
      const start = parsed?.midnight === true ? day : day + 1;
      const last = lastDayNumber(ctx, start, fast, input);
      fill(cols, i, day, start, last, ctx.engine.nextBusinessDay(last));
    } catch (error) {
      if (!isIsmapLiuError(error)) throw error;
      cols.error[i] = error.message;
      if (input === undefined) missing = error.message;
    }
  }
  return cols;
}

/** The number of rows of `froms`, or a typed error for anything but an array of at most {@link MAX_ROWS} rows. */
function rowCount(froms: unknown): number {
  let length: unknown;
  try {
    length = Array.isArray(froms) ? (froms as unknown[]).length : undefined;
  } catch {
    length = undefined; // a revoked Proxy, or a Proxy whose `length` trap throws
  }
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw new InvalidArgumentError('froms', froms, FROMS_EXPECTED);
  if (length > MAX_ROWS) {
    throw new InvalidArgumentError('froms', froms, `${FROMS_EXPECTED} of at most ${MAX_ROWS_TEXT} rows (this one has ${length}): split the batch`);
  }
  return length;
}

function fill(cols: DeadlineColumns, i: number, from: number, start: number, last: number, extended: number): void {
  cols.from[i] = formatDay(from);
  cols.startDay[i] = formatDay(start);
  cols.lastDay[i] = formatDay(last);
  cols.lastDayIfExtended[i] = extended === last ? cols.lastDay[i] : formatDay(extended);
  cols.calendarDays[i] = last - from;
  cols.calendarDaysIfExtended[i] = extended - from;
  cols.provisional[i] = isProvisionalDay(extended);
}
