/**
 * The calendar's operations on public inputs, shared by the official functions and by
 * calendars made with `createCalendar`.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import type { DayInput, GovernmentHoliday, IsoDate, PeriodEndResult, PeriodLength } from '../types.js';
import { checkInteger } from './checkInteger.js';
import { computePeriod } from './computePeriod.js';
import { formatDay } from './days.js';
import { describeHoliday } from './describeHoliday.js';
import type { CalendarContext } from './official.js';
import { dayOf, parseDay } from './parse.js';
import { readPeriod } from './readPeriod.js';

/** @internal */
export function isHolidayOn(ctx: CalendarContext, day: DayInput): boolean {
  return ctx.engine.flags(dayOf(day)) !== 0;
}

/** @internal */
export function holidayOn(ctx: CalendarContext, day: DayInput): GovernmentHoliday | undefined {
  return describeHoliday(ctx.engine, dayOf(day));
}

/** @internal */
export function holidaysBetweenOn(ctx: CalendarContext, from: DayInput, to: DayInput): GovernmentHoliday[] {
  const a = dayOf(from);
  const b = dayOf(to);
  if (b < a) throw new InvalidArgumentError('to', to, `a day on or after ${formatDay(a)} (the from day)`);
  const out: GovernmentHoliday[] = [];
  for (let d = a; d <= b; d++) {
    const h = describeHoliday(ctx.engine, d);
    if (h !== undefined) out.push(h);
  }
  return out;
}

/** @internal */
export function addBusinessDaysOn(ctx: CalendarContext, day: DayInput, n: number): IsoDate {
  const start = dayOf(day);
  return formatDay(ctx.engine.addBusinessDays(start, checkInteger('n', n)));
}

/** @internal */
export function countBusinessDaysOn(ctx: CalendarContext, from: DayInput, to: DayInput): number {
  return ctx.engine.countBusinessDays(dayOf(from), dayOf(to));
}

/** @internal */
export function nextBusinessDayOn(ctx: CalendarContext, day: DayInput): IsoDate {
  return formatDay(ctx.engine.nextBusinessDay(dayOf(day)));
}

/** @internal */
export function previousBusinessDayOn(ctx: CalendarContext, day: DayInput): IsoDate {
  return formatDay(ctx.engine.previousBusinessDay(dayOf(day)));
}

/** @internal */
export function periodEndOn(ctx: CalendarContext, from: DayInput, period: PeriodLength): PeriodEndResult {
  return computePeriod(ctx, parseDay(from), readPeriod(period), from);
}
