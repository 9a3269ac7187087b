/**
 * The rows of a deadline timeline: one per dated obligation of an evaluation, in its order,
 * grouped by process (and incident or change), within a window of days.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import { isArray, isRecord, readOptions } from '../../_lib/args.js';
import { caseViewArgument } from '../case/view.js';
import { civilFromDay, dayFromCivil } from '../../calendar/_lib/days.js';
import type { GovernmentCalendar } from '../../calendar/createCalendar.js';
import type { Process } from '../process.js';
import type { CaseView } from '../case/types.js';
import type { Obligation } from '../case/types.js';

/** Options shared by {@link deadlineTimeline} and {@link deadlineTimelineSvg}. */
export interface TimelineOptions {
  /** Only the obligations of these processes (all when absent). */
  readonly processes?: readonly Process[];
  /** The first day shown, `YYYY-MM-DD` (default: the earliest start). Obligations wholly outside the window are left out. */
  readonly from?: string;
  /** The last day shown, `YYYY-MM-DD` (default: the latest last day, or the as-of day if later). */
  readonly to?: string;
  /** The title (default: `<service>: deadlines as of <day>`). */
  readonly title?: string;
  /** The calendar whose government holidays are shaded (default: the official one). */
  readonly calendar?: Pick<GovernmentCalendar, 'governmentHolidaysBetween'>;
}

/** One bar of the timeline. @internal */
export interface Row {
  readonly obligation: Obligation;
  /** The group: the process, with the incident or change id. */
  readonly section: string;
  /** The day the period is counted from (or the last day, when there is none). */
  readonly start: string;
  /** The strict last day. */
  readonly end: string;
  /** The extended last day, when it differs from `end`. */
  readonly extended: string | null;
}

/** The rows and the window. @internal */
export interface Timeline {
  readonly rows: readonly Row[];
  /** Obligations the rules leave undated ("promptly"), not drawn. */
  readonly undated: readonly Obligation[];
  readonly from: string;
  readonly to: string;
  readonly title: string;
}

/** The day number of a `YYYY-MM-DD` date (no `Date`, no host zone). @internal */
export function dayNumber(day: string): number {
  return dayFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** The `YYYY-MM-DD` date of a day number. @internal */
export function dayString(n: number): string {
  const c = civilFromDay(n);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

function checkDay(name: string, value: string | undefined): void {
  if (value === undefined) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || dayString(dayNumber(value)) !== value) throw new InvalidArgumentError(name, value, 'a YYYY-MM-DD date');
}

const TIMELINE_KEYS = ['processes', 'from', 'to', 'title', 'calendar'] as const;
/** The longest window a timeline draws: 20 years of days. */
const MAX_DAYS = 7_306;

/**
 * The rows of `view` under `options`, after checking both (`fn` names the door in errors;
 * `extraKeys` are its own options besides the timeline's).
 *
 * @internal
 */
export function timelineOf(view: unknown, options: unknown, fn: string, extraKeys: readonly string[] = []): Timeline & { readonly view: CaseView; readonly calendar: Pick<GovernmentCalendar, 'governmentHolidaysBetween'> | undefined } {
  const v = caseViewArgument(view, fn);
  const o = readOptions(options, `options of ${fn}`, [...TIMELINE_KEYS, ...extraKeys]) as TimelineOptions;
  checkDay('from', o.from);
  checkDay('to', o.to);
  if (o.processes !== undefined && !(isArray(o.processes) && o.processes.every((p) => typeof p === 'string'))) {
    throw new InvalidArgumentError('processes', o.processes, 'an array of process names');
  }
  if (o.title !== undefined && typeof o.title !== 'string') throw new InvalidArgumentError('title', o.title, 'a string');
  if (o.calendar !== undefined && !(isRecord(o.calendar) && typeof o.calendar.governmentHolidaysBetween === 'function')) {
    throw new InvalidArgumentError('calendar', o.calendar, 'a calendar made by createCalendar');
  }
  const chosen = v.obligations.filter((ob) => o.processes === undefined || o.processes.includes(ob.process));
  const all: Row[] = chosen.flatMap((ob) =>
    ob.lastDay === null
      ? []
      : [{ obligation: ob, section: ob.instance === null ? ob.process : `${ob.process} ${ob.instance}`, start: ob.countedFrom ?? ob.lastDay, end: ob.lastDay, extended: ob.lastDayIfExtended !== null && ob.lastDayIfExtended !== ob.lastDay ? ob.lastDayIfExtended : null }],
  );
  const ends = all.map((r) => r.extended ?? r.end);
  const from = o.from ?? [...all.map((r) => r.start), v.asOf.day].sort()[0] ?? v.asOf.day;
  const to = o.to ?? [...ends, v.asOf.day].sort().at(-1) ?? v.asOf.day;
  if (to < from) throw new InvalidArgumentError('to', to, `a day on or after from (${from})`);
  if (dayNumber(to) - dayNumber(from) >= MAX_DAYS) throw new InvalidArgumentError('to', to, `a day less than 20 years after from (${from})`);
  const rows = all.filter((r) => r.start <= to && (r.extended ?? r.end) >= from);
  const order = [...new Set(rows.map((r) => r.section))];
  rows.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  return { rows, undated: chosen.filter((ob) => ob.lastDay === null), from, to, title: o.title ?? `${v.service.name}: deadlines as of ${v.asOf.day}`, view: v, calendar: o.calendar };
}

/** The label of an obligation: clause, forms, act. @internal */
export function labelOf(o: Obligation): string {
  return `${o.clause}${o.forms.length > 0 ? ` [Form ${o.forms.join(', ')}]` : ''} ${o.act}`;
}
