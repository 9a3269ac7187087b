/**
 * Reading date and instant strings for the schemas (calendar.md §2), with a reason a person can
 * act on when they cannot be read. Mirrors the calendar's own reader (a property test checks that
 * both accept the same strings) so that a value the schemas accept never makes the calendar throw.
 *
 * @internal
 * @module
 */

/** Why a string is not a usable date or instant. @internal */
export type DateProblemCode =
  | 'not_a_date'
  | 'not_a_date_or_instant'
  | 'no_such_day'
  | 'impossible_time'
  | 'impossible_offset'
  | 'missing_offset'
  | 'out_of_range';

/** The outcome of reading a string. @internal */
export type DateReading =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly code: DateProblemCode; readonly detail: string };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const NO_OFFSET_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const MS_PER_DAY = 86_400_000;
const JST_OFFSET_MIN = 9 * 60;

/** The supported range of the government calendar (calendar.md §1). @internal */
export const FIRST_DATE = '2000-01-01';
/** @internal */
export const LAST_DATE = '2099-12-31';

const RANGE = `the supported range ${FIRST_DATE} … ${LAST_DATE}`;
const FIRST_MS = Date.UTC(2000, 0, 1);
const LAST_MS = Date.UTC(2099, 11, 31);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function civil(year: number, month: number, day: number): DateReading | undefined {
  if (month < 1 || month > 12) return { ok: false, code: 'no_such_day', detail: `there is no month ${month}` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const mm = String(month).padStart(2, '0');
    return { ok: false, code: 'no_such_day', detail: `${year}-${mm} has ${last} days, so there is no day ${day}` };
  }
  return undefined;
}

/**
 * Reads a `YYYY-MM-DD` calendar date.
 *
 * @internal
 */
export function readIsoDate(text: string): DateReading {
  const m = DATE_RE.exec(text);
  if (m === null) {
    if (INSTANT_RE.test(text) || NO_OFFSET_RE.test(text)) {
      return { ok: false, code: 'not_a_date', detail: 'a calendar date without a time of day is required here' };
    }
    return { ok: false, code: 'not_a_date', detail: 'it is not written YYYY-MM-DD' };
  }
  const bad = civil(Number(m[1]), Number(m[2]), Number(m[3]));
  if (bad !== undefined) return bad;
  if (text < FIRST_DATE || text > LAST_DATE) return { ok: false, code: 'out_of_range', detail: `it is outside ${RANGE}` };
  return { ok: true, date: text };
}

/**
 * Reads an ISO 8601 date-time with an offset and returns its date in Asia/Tokyo.
 *
 * @internal
 */
export function readInstant(text: string): DateReading {
  const t = INSTANT_RE.exec(text);
  if (t === null) {
    if (NO_OFFSET_RE.test(text)) {
      return {
        ok: false,
        code: 'missing_offset',
        detail: 'it has no time-zone offset, so its day in Japan is unknown; add Z or +09:00 (interpretation I8)',
      };
    }
    return { ok: false, code: 'not_a_date_or_instant', detail: 'it is not an ISO 8601 date-time with an offset' };
  }
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(t[i])) as [number, number, number, number, number];
  const second = t[6] === undefined ? 0 : Number(t[6]);
  const bad = civil(year, month, day);
  if (bad !== undefined) return bad;
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, code: 'impossible_time', detail: 'the time of day does not exist' };
  const zone = t[8] as string;
  let offsetMin = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) return { ok: false, code: 'impossible_offset', detail: `the offset ${zone} does not exist (at most ±14:00)` };
    offsetMin = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const minutesJst = hour * 60 + minute - offsetMin + JST_OFFSET_MIN;
  const ms = Date.UTC(year, month - 1, day) + Math.floor(minutesJst / 1440) * MS_PER_DAY;
  if (year < 1000 || ms < FIRST_MS || ms > LAST_MS) {
    return { ok: false, code: 'out_of_range', detail: `its day in Japan is outside ${RANGE}` };
  }
  return { ok: true, date: new Date(ms).toISOString().slice(0, 10) };
}

/**
 * Reads either form: a `YYYY-MM-DD` date, or an instant with an offset.
 *
 * @internal
 */
export function readDayInput(text: string): DateReading {
  if (DATE_RE.test(text)) return readIsoDate(text);
  const instant = readInstant(text);
  if (!instant.ok && instant.code === 'not_a_date_or_instant') {
    return { ok: false, code: 'not_a_date_or_instant', detail: 'it is neither a YYYY-MM-DD date nor an ISO 8601 date-time with an offset' };
  }
  return instant;
}
