/**
 * Reading dates and instants (a date is a day in Japan; an instant carries an offset, I8).
 *
 * @internal
 * @module
 */
import { isRealDate } from '../../_lib/describe.js';
import { DateOutOfRangeError, InvalidDateError, timeOf } from '../../errors.js';
import { FIRST_DAY, LAST_DAY, dayFromCivil, daysInMonth, formatDay, pad2, supportedDayFromCivil } from './days.js';

/** Asia/Tokyo is UTC+09:00 throughout the supported range (no daylight saving since 1951). */
const JST_OFFSET_MS = 9 * 3_600_000;
const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const NO_OFFSET_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** A parsed day: its day number in Japan and whether it was an instant at 00:00:00.000 JST. @internal */
export interface ParsedDay {
  readonly day: number;
  readonly midnight: boolean;
  /** Milliseconds since the epoch, for instants. */
  readonly epochMs: number | undefined;
}

const EXPECTED = 'a YYYY-MM-DD date, an ISO 8601 date-time with an offset (Z or ±hh:mm), or a valid Date';

/** Why a string is not a usable date or instant. @internal */
export type DateProblemCode =
  | 'not_a_date'
  | 'not_a_date_or_instant'
  | 'no_such_day'
  | 'impossible_time'
  | 'impossible_offset'
  | 'missing_offset'
  | 'out_of_range';

/** The outcome of reading a string: the day, or why not, in words a person can act on. @internal */
export type DayReading = ({ readonly ok: true } & ParsedDay) | { readonly ok: false; readonly code: DateProblemCode; readonly detail: string };

/** Which forms a reader accepts. @internal */
export type DayForm = 'date' | 'instant' | 'either';

const RANGE = 'the supported range 2000-01-01 … 2099-12-31';

/**
 * Reads a date or instant string without throwing (a date is a day in Japan; an instant carries an offset, I8): the one reader behind
 * {@link parseDay} and the zod schemas of `src/rules/schemas`.
 *
 * @internal
 */
export function readDayText(text: string, form: DayForm): DayReading {
  const d = DATE_RE.exec(text);
  if (d !== null && form !== 'instant') {
    const bad = civilProblem(Number(d[1]), Number(d[2]), Number(d[3]));
    if (bad !== undefined) return bad;
    return checkRange({ ok: true, day: dayFromCivil(Number(d[1]), Number(d[2]), Number(d[3])), midnight: false, epochMs: undefined }, RANGE);
  }
  const t = form === 'date' ? null : INSTANT_RE.exec(text);
  if (t !== null) return readInstantParts(t);
  if (form === 'date') {
    return INSTANT_RE.test(text) || NO_OFFSET_RE.test(text)
      ? { ok: false, code: 'not_a_date', detail: 'a calendar date without a time of day is required here' }
      : { ok: false, code: 'not_a_date', detail: 'it is not written YYYY-MM-DD' };
  }
  if (NO_OFFSET_RE.test(text)) {
    return { ok: false, code: 'missing_offset', detail: 'it has no time-zone offset, so its day in Japan is unknown; add Z or +09:00 (interpretation I8)' };
  }
  return form === 'instant'
    ? { ok: false, code: 'not_a_date_or_instant', detail: 'it is not an ISO 8601 date-time with an offset' }
    : { ok: false, code: 'not_a_date_or_instant', detail: 'it is neither a YYYY-MM-DD date nor an ISO 8601 date-time with an offset' };
}

/**
 * Parses a {@link DayInput}. Throws {@link InvalidDateError} or {@link DateOutOfRangeError}.
 *
 * @internal
 */
export function parseDay(input: unknown): ParsedDay {
  if (typeof input === 'string') {
    const r = readDayText(input, 'either');
    if (r.ok) return r;
    if (r.code === 'out_of_range') throw new DateOutOfRangeError(input);
    throw new InvalidDateError(input, EXPECTED, r.detail);
  }
  if (isRealDate(input)) {
    const ms = timeOf(input as Date);
    if (Number.isNaN(ms)) throw new InvalidDateError(input, EXPECTED, 'the Date is invalid');
    const r = fromEpochMs(ms);
    if (!r.ok) throw new DateOutOfRangeError(input);
    return r;
  }
  throw new InvalidDateError(input, EXPECTED);
}

function civilProblem(year: number, month: number, day: number): DayReading | undefined {
  if (month < 1 || month > 12) return { ok: false, code: 'no_such_day', detail: `there is no month ${month}` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { ok: false, code: 'no_such_day', detail: `${year}-${pad2(month)} has ${last} days, so there is no day ${day}` };
  return undefined;
}

function readInstantParts(t: RegExpExecArray): DayReading {
  const year = Number(t[1]);
  const month = Number(t[2]);
  const date = Number(t[3]);
  const hour = Number(t[4]);
  const minute = Number(t[5]);
  const second = t[6] === undefined ? 0 : Number(t[6]);
  const fraction = t[7] ?? '';
  const ms = fraction === '' ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  // Digits beyond the millisecond still place the instant after 00:00:00.000 (民法 140 proviso).
  const belowMs = /[1-9]/.test(fraction.slice(3));
  const bad = civilProblem(year, month, date);
  if (bad !== undefined) return bad;
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, code: 'impossible_time', detail: 'the time of day does not exist' };
  const zone = t[8] as string;
  let offsetMin = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) return { ok: false, code: 'impossible_offset', detail: `the offset ${zone} does not exist (at most ±14:00)` };
    offsetMin = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const epochMs = dayFromCivil(year, month, date) * MS_PER_DAY + ((hour * 60 + minute - offsetMin) * 60 + second) * 1000 + ms;
  const r = fromEpochMs(epochMs);
  return r.ok && belowMs && r.midnight ? { ...r, midnight: false } : r;
}

function fromEpochMs(epochMs: number): DayReading {
  const local = epochMs + JST_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  return checkRange({ ok: true, day, midnight: local - day * MS_PER_DAY === 0, epochMs }, `its day in Japan is outside ${RANGE}`);
}

function checkRange(r: { readonly ok: true } & ParsedDay, detail: string): DayReading {
  if (r.day < FIRST_DAY || r.day > LAST_DAY) return { ok: false, code: 'out_of_range', detail: detail === RANGE ? `it is outside ${RANGE}` : detail };
  return r;
}

/**
 * The instant of a parsed day in Asia/Tokyo, `YYYY-MM-DDTHH:MM:SS.sss+09:00`.
 *
 * @internal
 */
export function formatInstantJst(epochMs: number): string {
  const local = epochMs + JST_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  let rest = local - day * MS_PER_DAY;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const s = rest % 60;
  rest = (rest - s) / 60;
  const m = rest % 60;
  const h = (rest - m) / 60;
  return `${formatDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}.${String(ms).padStart(3, '0')}+09:00`;
}

/**
 * The day number of a {@link DayInput}: a character-level fast path for plain `YYYY-MM-DD`
 * dates (the common case of business-day questions), {@link parseDay} for everything else.
 *
 * @internal
 */
export function dayOf(input: unknown): number {
  if (typeof input === 'string' && input.length === 10 && input.charCodeAt(4) === 45 && input.charCodeAt(7) === 45) {
    const year = digits4(input);
    const month = digit(input, 5) * 10 + digit(input, 6);
    const day = digit(input, 8) * 10 + digit(input, 9);
    if (year >= 2000 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return supportedDayFromCivil(year, month, day);
    }
  }
  return parseDay(input).day;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

function digits4(s: string): number {
  return digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
}
