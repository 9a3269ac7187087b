/**
 * Reading an event's `at` once: its day in Japan and, for an instant, its epoch milliseconds,
 * so that events can be put in time order.
 *
 * @internal
 * @module
 */
import { formatDay } from '../../calendar/_lib/days.js';
import { dayOf, parseDay } from '../../calendar/_lib/parse.js';

/** An event's time: the input as given, its day in Japan and, for an instant, epoch milliseconds. */
export interface Stamp {
  /** The `at` as given. */
  readonly at: string;
  /** Its day in Japan. */
  readonly day: string;
  /** For an instant, its epoch milliseconds; `null` for a date. */
  readonly ms: number | null;
}

/**
 * Reads `at` (a `YYYY-MM-DD` date or an instant with offset) in Asia/Tokyo.
 *
 * @internal
 */
export function stampOf(at: string): Stamp {
  const read = parseDay(at);
  return { at, day: formatDay(read.day), ms: read.epochMs ?? null };
}

/**
 * Does `next` come before `last`? A date is "during that day": it is before an instant only when
 * its day is earlier, and never before an instant of the same day. Two instants compare exactly.
 *
 * @internal
 */
export function isBefore(next: Stamp, last: Stamp): boolean {
  if (next.day !== last.day) return next.day < last.day;
  return next.ms !== null && last.ms !== null && next.ms < last.ms;
}

/**
 * The day a lapsed period's consequence takes effect: the day after its last day (the period
 * ends at 24:00 of its last day, 民法 141), whatever day the clock tick that notices it comes.
 * Without a last day, `fallback`.
 *
 * @internal
 */
export function lapseDay(lastDay: string | undefined, fallback: string): string {
  return lastDay === undefined ? fallback : formatDay(dayOf(lastDay) + 1);
}
