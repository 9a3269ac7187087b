/**
 * The official calendar, created on first use (no tables are built at import).
 *
 * @internal
 * @module
 */
import { LAST_OFFICIAL_HOLIDAY_YEAR } from '../constants.js';
import type { CalendarBasis, CalendarInfo, HolidayDataBasis } from '../types.js';
import { Engine } from './engine.js';
import { HOLIDAY_DATA_SOURCE } from './holidayData.js';

/** A calendar's engine, the description recorded in its results, and what they are computed under. @internal */
export interface CalendarContext {
  readonly engine: Engine;
  readonly info: CalendarInfo;
  readonly basis: CalendarBasis;
}

/**
 * The holiday data this copy of the library computes with: the official list it agrees with,
 * the last year that list confirms, and the program that generated the table for 2000–2099.
 *
 * @example
 * ```ts
 * HOLIDAY_DATA_BASIS.lastOfficialYear; //=> 2027
 * HOLIDAY_DATA_BASIS.computedWith; //=> 'japanese-holidays@1.0.10'
 * ```
 * @see 国民の祝日に関する法律 2, 3; 行政機関の休日に関する法律 1
 */
export const HOLIDAY_DATA_BASIS: HolidayDataBasis = /* @__PURE__ */ Object.freeze({
  officialList: '内閣府「国民の祝日」 (syukujitsu.csv)',
  lastOfficialYear: LAST_OFFICIAL_HOLIDAY_YEAR,
  computedWith: HOLIDAY_DATA_SOURCE,
});

/** A context's description and basis, frozen. @internal */
export function described(info: CalendarInfo): Pick<CalendarContext, 'info' | 'basis'> {
  return { info: Object.freeze(info), basis: Object.freeze({ ...info, holidayData: HOLIDAY_DATA_BASIS }) };
}

let official: CalendarContext | undefined;

/** The official calendar context (built lazily, then shared). @internal */
export function officialContext(): CalendarContext {
  return (official ??= { engine: new Engine(undefined), ...described({ id: 'official' }) });
}
