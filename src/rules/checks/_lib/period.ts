/**
 * Periods for the checks: the calendar's `periodEnd`, plus an answer near the end of the
 * supported range where `periodEnd` cannot give one.
 *
 * @internal
 * @module
 */
import { civilFromDay, dayFromCivil, formatDay } from '../../../calendar/_lib/days.js';
import { DateOutOfRangeError, periodEnd, toJapanDate, type IsoDate, type PeriodLength } from '../../../calendar/index.js';

/** The days of a period a check compares against. `null`: after 2099-12-31. @internal */
export interface PeriodBound {
  readonly startDay: IsoDate | null;
  readonly lastDay: IsoDate | null;
  readonly lastDayIfExtended: IsoDate | null;
}

/** 28 Gregorian years: the leap-year pattern repeats within 1901–2099. */
const SHIFT = 28;

function shift(date: IsoDate, years: number): IsoDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/**
 * The period of `length` counted from `from`, a date or an instant (read in Asia/Tokyo; an
 * instant at 00:00 JST, or `midnight: true`, makes its day count, 民法 140). When the calendar cannot answer because a day
 * lies after 2099-12-31, the start and last day are computed 28 years earlier (the month lengths
 * repeat) and shifted back; a day after 2099-12-31 is `null`, and so is an extended last day that
 * would need holidays after 2099.
 *
 * @internal
 */
export function periodBound(from: string, length: PeriodLength, midnight?: boolean): PeriodBound {
  const event = toJapanDate(from);
  const counted = midnight ?? event.midnight;
  const input = (date: IsoDate): string => (counted ? `${date}T00:00:00+09:00` : date);
  try {
    const p = periodEnd(input(event.date), length);
    return { startDay: p.startDay, lastDay: p.lastDay, lastDayIfExtended: p.lastDayIfExtended };
  } catch (error) {
    if (!(error instanceof DateOutOfRangeError) || 'businessDays' in length) throw error;
    const p = periodEnd(input(shift(event.date, -SHIFT)), length);
    const back = (day: IsoDate): IsoDate | null => {
      const d = shift(day, SHIFT);
      return d <= '2099-12-31' ? d : null;
    };
    return { startDay: back(p.startDay), lastDay: back(p.lastDay), lastDayIfExtended: null };
  }
}

/**
 * Is `day` on or before `lastDay` (`null`: after the supported range, so always)?
 *
 * @internal
 */
export function onOrBefore(day: IsoDate, lastDay: IsoDate | null): boolean {
  return lastDay === null || day <= lastDay;
}

/**
 * The day in Japan of a date or instant already validated by a schema.
 *
 * @internal
 */
export function japanDay(input: string): IsoDate {
  return toJapanDate(input).date;
}

/**
 * The day after `date`, or `null` after 2099-12-31.
 *
 * @internal
 */
export function nextDay(date: IsoDate): IsoDate | null {
  return periodBound(date, { days: 1 }).startDay;
}

/**
 * The first day of one year counted back from `day` (3.3: evaluations "made within 1 year from
 * the date on which Prior Application is submitted", interpretation I5). The Civil Code applied
 * backwards: `day` itself is not counted (民法 140), so the year starts, counting back, on the
 * day before; it ends on the day after the day corresponding, one year earlier, to that start
 * (民法 143 mirrored), or on 1 March when the start is 29 February and has no corresponding day.
 * `2024-05-10` → `2023-05-10`; `2024-02-29` → `2023-03-01`; `2025-03-01` → `2024-02-29`.
 * Plain Gregorian arithmetic: it answers for any date (a day in 1999 for `day` in 2000).
 *
 * @internal
 */
export function yearBackFirstDay(day: IsoDate): IsoDate {
  const start = civilFromDay(dayFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))) - 1);
  const year = start.year - 1;
  if (start.month === 2 && start.day === 29) return `${String(year).padStart(4, '0')}-03-01`;
  return formatDay(dayFromCivil(year, start.month, start.day) + 1);
}

/**
 * ` (or ${lastDayIfExtended} if a period ending on a government holiday were extended, I2)`
 * when that differs, for reasons.
 *
 * @internal
 */
export function extendedNote(bound: PeriodBound): string {
  if (bound.lastDayIfExtended === null || bound.lastDayIfExtended === bound.lastDay) return '';
  return ` (${bound.lastDayIfExtended} if a period ending on a government holiday were extended, which interpretation I2 does not do)`;
}

/**
 * A last day for reasons: the date, or "after 2099-12-31".
 *
 * @internal
 */
export function dayText(day: IsoDate | null): string {
  return day ?? 'a day after 2099-12-31';
}
