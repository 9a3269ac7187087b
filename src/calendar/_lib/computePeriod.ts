/**
 * Civil Code period arithmetic on day numbers (民法 140–143).
 *
 * @internal
 * @module
 */
import { DateOutOfRangeError } from '../../errors.js';
import type { PeriodEndResult, PeriodStep } from '../types.js';
import { LAST_DAY, WEEKDAY_NAMES, civilFromDay, dayFromCivil, daysInMonth, formatDay, pad2, weekday } from './days.js';
import { isProvisionalDay } from './describeHoliday.js';
import type { CalendarContext } from './official.js';
import type { ParsedDay } from './parse.js';
import type { Period } from './readPeriod.js';

/** @internal */
export function computePeriod(ctx: CalendarContext, from: ParsedDay, period: Period, input: unknown): PeriodEndResult {
  const fromDate = formatDay(from.day);
  const start = from.midnight ? from.day : from.day + 1;
  const startDay = formatDay(start);
  const steps: PeriodStep[] = [
    from.midnight
      ? { article: '民法 140', text: `The period starts at 00:00 JST on ${startDay}, so that day counts (proviso).`, day: startDay }
      : { article: '民法 140', text: `The first day (${fromDate}) is not counted: the period starts on ${startDay}.`, day: startDay },
  ];
  let last: number;
  switch (period.unit) {
    case 'days': {
      last = start + period.n - 1;
      const day = formatDay(last);
      steps.push({ article: '民法 140', text: `${plural(period.n, 'day')} from ${startDay}: the last day is ${day}.`, day });
      break;
    }
    case 'weeks': {
      last = start + 7 * period.n - 1;
      const day = formatDay(last);
      steps.push({ article: '民法 143', text: `${plural(period.n, 'week')} counted by the calendar from ${startDay}: the last day is ${day}.`, day });
      break;
    }
    case 'months':
      last = monthsLastDay(start, period.n, steps, startDay, period);
      break;
    case 'businessDays': {
      const first = inRange(input, 'the last day of the period', () => ctx.engine.nextBusinessDay(start));
      last = period.n === 1 ? first : inRange(input, 'the last day of the period', () => ctx.engine.addBusinessDays(first, period.n - 1));
      const day = formatDay(last);
      steps.push({
        article: '行政機関の休日に関する法律 1',
        text: `Counting government business days only (no Saturdays, Sundays, national holidays or 29 Dec – 3 Jan): day 1 is ${formatDay(first)}, day ${period.n} is ${day}.`,
        day,
      });
      break;
    }
  }
  if (last > LAST_DAY) throw new DateOutOfRangeError(input, `the last day of the period (${formatDay(last)})`);
  const lastDay = formatDay(last);
  const extended = inRange(input, `the day the period would extend to after ${lastDay}`, () => ctx.engine.nextBusinessDay(last));
  const lastDayIfExtended = extended === last ? lastDay : formatDay(extended);
  steps.push(...closingSteps(last, extended));
  return {
    from: fromDate,
    fromMidnight: from.midnight,
    startDay,
    lastDay,
    lastDayIfExtended,
    expiresAt: `${formatDay(last + 1)}T00:00:00+09:00`,
    provisional: isProvisionalDay(extended),
    steps,
    calendar: ctx.info,
    basis: ctx.basis,
  };
}

function monthsLastDay(start: number, n: number, steps: PeriodStep[], startDay: string, period: { years: number; months: number }): number {
  const { last, corresponding, year, month, day } = monthsLast(start, n);
  const length =
    period.years === 0
      ? plural(period.months, 'month')
      : period.months === 0
        ? plural(period.years, 'year')
        : `${plural(period.years, 'year')} ${plural(period.months, 'month')}`;
  const lastDay = formatDay(last);
  steps.push({
    article: '民法 143',
    text:
      corresponding === undefined
        ? `${length} counted by the calendar from ${startDay}: ${year}-${pad2(month)} has no day ${day}, so the period ends on the last day of that month, ${lastDay}.`
        : `${length} counted by the calendar from ${startDay}: the period ends on the day before the corresponding day ${formatDay(corresponding)}, i.e. ${lastDay}.`,
    day: lastDay,
  });
  return last;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Runs an engine step, restating a range error in terms of the caller's input. */
function inRange(input: unknown, what: string, step: () => number): number {
  try {
    return step();
  } catch (error) {
    if (error instanceof DateOutOfRangeError) throw new DateOutOfRangeError(input, what);
    throw error;
  }
}

/**
 * The last day of a period as a day number, without the steps (for batches).
 *
 * @internal
 */
export function lastDayNumber(ctx: CalendarContext, start: number, period: Period, input: unknown): number {
  let last: number;
  switch (period.unit) {
    case 'days':
      last = start + period.n - 1;
      break;
    case 'weeks':
      last = start + 7 * period.n - 1;
      break;
    case 'months':
      last = monthsLast(start, period.n).last;
      break;
    case 'businessDays':
      last = inRange(input, 'the last day of the period', () => ctx.engine.addBusinessDays(start - 1, period.n));
      break;
  }
  if (last > LAST_DAY) throw new DateOutOfRangeError(input, `the last day of the period (${formatDay(last)})`);
  return last;
}

/**
 * 民法 143 on day numbers: the day before the corresponding day `n` months after `start`, or
 * the last day of that month when it has none (`corresponding` is then `undefined`).
 *
 * @internal
 */
export function monthsLast(start: number, n: number): { last: number; corresponding: number | undefined; year: number; month: number; day: number } {
  const s = civilFromDay(start);
  const index = s.year * 12 + (s.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (s.day <= daysInMonth(year, month)) {
    const corresponding = dayFromCivil(year, month, s.day);
    return { last: corresponding - 1, corresponding, year, month, day: s.day };
  }
  return { last: dayFromCivil(year, month, daysInMonth(year, month)), corresponding: undefined, year, month, day: s.day };
}

/**
 * The last two steps of every period: its expiry at the end of the last day (民法 141), and
 * whether the last day is a government holiday and where an extension would end (I2).
 *
 * @internal
 */
export function closingSteps(last: number, extended: number): [PeriodStep, PeriodStep] {
  const lastDay = formatDay(last);
  const expiry: PeriodStep = { article: '民法 141', text: `The period expires at the end of its last day, ${lastDay} 24:00 JST.` };
  if (extended === last) {
    return [expiry, { article: '行政機関の休日に関する法律 1', text: `${lastDay} is a government business day: no extension question arises.`, day: lastDay }];
  }
  const lastDayIfExtended = formatDay(extended);
  return [
    expiry,
    {
      article: '行政機関の休日に関する法律 1',
      text: `${lastDay} (${WEEKDAY_NAMES[weekday(last)]}) is a government holiday; if the period were extended it would end on ${lastDayIfExtended}, the next government business day (interpretation I2: not extended by default).`,
      day: lastDayIfExtended,
    },
  ];
}
