/**
 * Pieces of the timeline SVG: escaping, runs of holidays, the axis.
 *
 * @internal
 * @module
 */
import { printable } from '../../_lib/text.js';
import type { GovernmentHoliday } from '../../calendar/types.js';
import { dayNumber, dayString } from './rows.js';

/**
 * `text` escaped for XML content and attribute values; characters XML does not allow or a
 * terminal would act on are written as visible `\uXXXX` escapes. @internal
 */
export function xml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** A run of consecutive holidays, both days inclusive. @internal */
export interface HolidayRun {
  readonly first: string;
  readonly last: string;
  /** `2025-01-01 元日 (national, year-end)` per day. */
  readonly days: readonly string[];
}

/** Consecutive holidays merged into runs. @internal */
export function holidayRuns(holidays: readonly GovernmentHoliday[]): HolidayRun[] {
  const runs: { first: string; last: string; days: string[] }[] = [];
  for (const h of holidays) {
    const text = `${h.date}${h.name === undefined ? '' : ` ${h.name}`} (${h.kinds.join(', ')})`;
    const prev = runs.at(-1);
    if (prev !== undefined && dayNumber(prev.last) + 1 === dayNumber(h.date)) {
      prev.last = h.date;
      prev.days.push(text);
    } else runs.push({ first: h.date, last: h.date, days: [text] });
  }
  return runs;
}

/** The axis: a label on the first day of each month (and the first day), day numbers when there is room. @internal */
export function axis(from: string, to: string, x: (day: string) => number, dayWidth: number, top: number): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n += 1) {
    const day = dayString(n);
    const left = x(day);
    if (day.endsWith('-01') || day === from) out.push(`<text class="monthLabel" x="${left + 2}" y="${top + 12}">${day.slice(0, 7)}</text>`, `<line class="month" x1="${left}" y1="${top}" x2="${left}" y2="${top + 30}"/>`);
    if (dayWidth >= 16) out.push(`<text class="day" x="${left + dayWidth / 2}" y="${top + 28}">${Number(day.slice(8))}</text>`);
  }
  return out;
}
