/**
 * Reading dates and instants (calendar.md §2).
 *
 * @internal
 * @module
 */
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

/**
 * Parses a {@link DayInput}. Throws {@link InvalidDateError} or {@link DateOutOfRangeError}.
 *
 * @internal
 */
export function parseDay(input: unknown): ParsedDay {
  if (typeof input === 'string') {
    const d = DATE_RE.exec(input);
    if (d !== null) {
      const day = civilDay(input, Number(d[1]), Number(d[2]), Number(d[3]));
      return inRange(input, { day, midnight: false, epochMs: undefined });
    }
    const t = INSTANT_RE.exec(input);
    if (t !== null) return fromInstantParts(input, t);
    if (NO_OFFSET_RE.test(input)) {
      throw new InvalidDateError(input, EXPECTED, 'a date-time without an offset is ambiguous; add Z or +09:00 (interpretation I8)');
    }
    throw new InvalidDateError(input, EXPECTED);
  }
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    const ms = timeOf(input as Date);
    if (Number.isNaN(ms)) throw new InvalidDateError(input, EXPECTED, 'the Date is invalid');
    return fromEpochMs(input, ms);
  }
  throw new InvalidDateError(input, EXPECTED);
}

function civilDay(input: string, year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(input, EXPECTED, `${year}-${pad2(month)} has no day ${day}`);
  }
  return dayFromCivil(year, month, day);
}

function fromInstantParts(input: string, t: RegExpExecArray): ParsedDay {
  const hour = Number(t[4]);
  const minute = Number(t[5]);
  const second = t[6] === undefined ? 0 : Number(t[6]);
  const fraction = t[7] ?? '';
  const ms = fraction === '' ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  // Digits beyond the millisecond still place the instant after 00:00:00.000 (民法 140 proviso).
  const belowMs = /[1-9]/.test(fraction.slice(3));
  if (hour > 23 || minute > 59 || second > 59) throw new InvalidDateError(input, EXPECTED, 'the time of day is impossible');
  const zone = t[8] as string;
  let offsetMin = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) throw new InvalidDateError(input, EXPECTED, 'the offset is impossible');
    offsetMin = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const day = civilDay(input, Number(t[1]), Number(t[2]), Number(t[3]));
  const epochMs = day * MS_PER_DAY + ((hour * 60 + minute - offsetMin) * 60 + second) * 1000 + ms;
  const parsed = fromEpochMs(input, epochMs);
  return belowMs && parsed.midnight ? { ...parsed, midnight: false } : parsed;
}

function fromEpochMs(input: unknown, epochMs: number): ParsedDay {
  const local = epochMs + JST_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  return inRange(input, { day, midnight: local - day * MS_PER_DAY === 0, epochMs });
}

function inRange(input: unknown, parsed: ParsedDay): ParsedDay {
  if (parsed.day < FIRST_DAY || parsed.day > LAST_DAY) throw new DateOutOfRangeError(input);
  return parsed;
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
