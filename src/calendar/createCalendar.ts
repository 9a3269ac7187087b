import { CALENDAR_BRAND, ownData, readBrand, setBrand } from '../_lib/brand.js';
import { isArray, isRecord } from '../_lib/args.js';
import { InvalidArgumentError } from '../errors.js';
import { formatDay } from './_lib/days.js';
import { Engine } from './_lib/engine.js';
import { described, officialContext, type CalendarContext } from './_lib/official.js';
import {
  addBusinessDaysOn,
  countBusinessDaysOn,
  holidayOn,
  holidaysBetweenOn,
  isHolidayOn,
  nextBusinessDayOn,
  periodEndOn,
  previousBusinessDayOn,
} from './_lib/ops.js';
import { parseDay } from './_lib/parse.js';
import type { CalendarChanges, CalendarInfo, DayInput, GovernmentHoliday, IsoDate, PeriodEndResult, PeriodLength } from './types.js';

/**
 * A government calendar: the official one with the caller's changes. Its methods behave
 * exactly like the functions of the same names, and results that carry a `calendar` field
 * record the changes used.
 */
export interface GovernmentCalendar {
  /** What this calendar is: `{ id: 'custom', addHolidays, removeHolidays }` (sorted, unique). */
  readonly info: CalendarInfo;
  /** As {@link isGovernmentHoliday}, on this calendar. */
  isGovernmentHoliday(day: DayInput): boolean;
  /** As {@link isGovernmentBusinessDay}, on this calendar. */
  isGovernmentBusinessDay(day: DayInput): boolean;
  /** As {@link getGovernmentHoliday}, on this calendar (added days have kind `custom`). */
  getGovernmentHoliday(day: DayInput): GovernmentHoliday | undefined;
  /** As {@link governmentHolidaysBetween}, on this calendar. */
  governmentHolidaysBetween(from: DayInput, to: DayInput): GovernmentHoliday[];
  /** As {@link addGovernmentBusinessDays}, on this calendar. */
  addGovernmentBusinessDays(day: DayInput, n: number): IsoDate;
  /** As {@link countGovernmentBusinessDays}, on this calendar. */
  countGovernmentBusinessDays(from: DayInput, to: DayInput): number;
  /** As {@link nextGovernmentBusinessDay}, on this calendar. */
  nextGovernmentBusinessDay(day: DayInput): IsoDate;
  /** As {@link previousGovernmentBusinessDay}, on this calendar. */
  previousGovernmentBusinessDay(day: DayInput): IsoDate;
  /** As {@link periodEnd}, on this calendar; the result's `calendar` records the changes. */
  periodEnd(from: DayInput, period: PeriodLength): PeriodEndResult;
}

/**
 * A calendar with caller-supplied changes: a special holiday decreed by a new act, an office
 * closure (`addHolidays`), or an official holiday that no longer applies (`removeHolidays`),
 * without waiting for a release of the library.
 *
 * @param changes - `{ addHolidays?, removeHolidays? }`, each a list of `YYYY-MM-DD` dates in 2000–2099; a day may not be in both
 * @returns a {@link GovernmentCalendar}; its tables are built lazily, year by year
 * @throws {@link InvalidArgumentError} when `changes` is malformed or a day is both added and removed
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad day in the lists
 * @see 行政機関の休日に関する法律 1
 * @example
 * ```ts
 * const cal = createCalendar({ addHolidays: ['2026-12-28'] });
 * cal.isGovernmentBusinessDay('2026-12-28'); //=> false
 * cal.getGovernmentHoliday('2026-12-28')?.kind; //=> 'custom'
 * cal.periodEnd('2026-12-24T10:00+09:00', { businessDays: 3 }).calendar;
 * //=> { id: 'custom', addHolidays: ['2026-12-28'], removeHolidays: [] }
 * ```
 */
export function createCalendar(changes: CalendarChanges = {}): GovernmentCalendar {
  if (!isRecord(changes)) {
    throw new InvalidArgumentError('changes', changes, 'an object { addHolidays?, removeHolidays? }');
  }
  for (const key of Object.keys(changes)) {
    if (key !== 'addHolidays' && key !== 'removeHolidays') {
      throw new InvalidArgumentError(`changes.${key}`, key, 'only addHolidays and removeHolidays');
    }
  }
  const add = readDays('addHolidays', changes.addHolidays);
  const remove = readDays('removeHolidays', changes.removeHolidays);
  for (const d of add) {
    if (remove.has(d)) throw new InvalidArgumentError('changes', formatDay(d), 'a day in addHolidays or removeHolidays, not both');
  }
  const ctx = contextFrom(add, remove);
  const calendar = {
    info: ctx.info,
    isGovernmentHoliday: (day: DayInput) => isHolidayOn(ctx, day),
    isGovernmentBusinessDay: (day: DayInput) => !isHolidayOn(ctx, day),
    getGovernmentHoliday: (day: DayInput) => holidayOn(ctx, day),
    governmentHolidaysBetween: (from: DayInput, to: DayInput) => holidaysBetweenOn(ctx, from, to),
    addGovernmentBusinessDays: (day: DayInput, n: number) => addBusinessDaysOn(ctx, day, n),
    countGovernmentBusinessDays: (from: DayInput, to: DayInput) => countBusinessDaysOn(ctx, from, to),
    nextGovernmentBusinessDay: (day: DayInput) => nextBusinessDayOn(ctx, day),
    previousGovernmentBusinessDay: (day: DayInput) => previousBusinessDayOn(ctx, day),
    periodEnd: (from: DayInput, period: PeriodLength) => periodEndOn(ctx, from, period),
  } satisfies GovernmentCalendar;
  setBrand(calendar, CALENDAR_BRAND, {});
  Object.freeze(calendar);
  MADE.set(calendar, ctx);
  return calendar;
}

/** A calendar context for the changes `add` and `remove` (day numbers). */
function contextFrom(add: ReadonlySet<number>, remove: ReadonlySet<number>): CalendarContext {
  const info: CalendarInfo = {
    id: 'custom',
    addHolidays: Object.freeze([...add].sort((a, b) => a - b).map(formatDay)),
    removeHolidays: Object.freeze([...remove].sort((a, b) => a - b).map(formatDay)),
  };
  return { engine: new Engine({ add, remove }), ...described(info) };
}

/**
 * The calendars this copy of the library works with, and their engines: those made by its
 * {@link createCalendar}, and those of the other build of the package it has adopted.
 */
const MADE = new WeakMap<object, CalendarContext>();

/** The methods every calendar has (checked on a calendar from the other build). */
const METHODS = [
  'isGovernmentHoliday', 'isGovernmentBusinessDay', 'getGovernmentHoliday', 'governmentHolidaysBetween', 'addGovernmentBusinessDays',
  'countGovernmentBusinessDays', 'nextGovernmentBusinessDay', 'previousGovernmentBusinessDay', 'periodEnd',
] as const;

/**
 * The engine behind a calendar made by {@link createCalendar} (in this build or the other), or
 * the official one.
 *
 * @internal
 */
export function contextOf(calendar: GovernmentCalendar | undefined): CalendarContext {
  return (calendar === undefined ? undefined : knownContext(calendar)) ?? officialContext();
}

/**
 * Is `value` a calendar made by {@link createCalendar}? Objects that merely have the same
 * methods are not. A calendar made by the other build of the package (ESM or CommonJS) is: it
 * carries the brand `Symbol.for('ismap-liu.calendar')` (format version 1) and its changes are
 * plain data in `info`, from which this build makes the same calendar. Never throws.
 *
 * @param value - anything
 * @returns `true` for a calendar from {@link createCalendar}
 * @example
 * ```ts
 * isGovernmentCalendar(createCalendar({ addHolidays: ['2026-12-28'] })); //=> true
 * isGovernmentCalendar({ periodEnd() {} }); //=> false
 * ```
 */
export function isGovernmentCalendar(value: unknown): value is GovernmentCalendar {
  return knownContext(value) !== undefined;
}

/** The context of a calendar made here, or adopted from the other build; `undefined` for anything else. */
function knownContext(value: unknown): CalendarContext | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return MADE.get(value) ?? adopt(value);
}

/**
 * A calendar of the other build: branded, with every method, and an `info` of id `custom`
 * listing valid days. Its context is made from `info` and remembered. Reads own data
 * properties only (no getter runs); anything unexpected, a throwing Proxy included, gives
 * `undefined`.
 */
function adopt(value: object): CalendarContext | undefined {
  if (readBrand(value, CALENDAR_BRAND) === undefined) return undefined;
  try {
    if (METHODS.some((name) => typeof ownData(value, name) !== 'function')) return undefined;
    const info = ownData(value, 'info');
    if (typeof info !== 'object' || info === null || ownData(info, 'id') !== 'custom') return undefined;
    const added = ownList(ownData(info, 'addHolidays'));
    const removed = ownList(ownData(info, 'removeHolidays'));
    if (added === undefined || removed === undefined) return undefined;
    const add = readDays('addHolidays', added);
    const remove = readDays('removeHolidays', removed);
    for (const d of add) if (remove.has(d)) return undefined;
    const ctx = contextFrom(add, remove);
    MADE.set(value, ctx);
    return ctx;
  } catch {
    return undefined;
  }
}

/** The elements of an array as own data properties (`undefined` for a non-array). */
function ownList(value: unknown): unknown[] | undefined {
  if (!isArray(value)) return undefined;
  const length = ownData(value, 'length');
  if (typeof length !== 'number' || length > 100 * 366) return undefined;
  return Array.from({ length }, (_, i) => ownData(value, String(i)));
}

function readDays(name: string, days: unknown): Set<number> {
  if (days === undefined) return new Set();
  if (!isArray(days)) throw new InvalidArgumentError(`changes.${name}`, days, 'an array of YYYY-MM-DD dates');
  const out = new Set<number>();
  for (const day of days) {
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      throw new InvalidArgumentError(`changes.${name}`, day, 'a YYYY-MM-DD date');
    }
    out.add(parseDay(day).day);
  }
  return out;
}
