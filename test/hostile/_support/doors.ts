/**
 * The four doors of the package, as the hostile suite imports them (the sources, so that a
 * failure points at a line), and the functions and classes behind each.
 */
import * as calendar from '../../../src/calendar/index.js';
import * as root from '../../../src/index.js';
import * as machines from '../../../src/machines/index.js';
import * as rules from '../../../src/rules/index.js';
import { markLibraryOwned } from './invariants.js';
import { callablesOf, type Callable } from './probe.js';

/** The doors by name. */
export const DOORS = { root, calendar, rules, machines } as const;
export type DoorName = keyof typeof DOORS;

/**
 * The methods of a calendar made by `createCalendar`, as callables named `calendar.<method>`:
 * reachable from the calendar door, so they face the same hostile values.
 */
export function calendarMethods(): Callable[] {
  const made = calendar.createCalendar({ addHolidays: ['2026-12-28'] }) as unknown as Record<string, unknown>;
  return Object.entries(made)
    .filter(([, fn]) => typeof fn === 'function')
    .map(([name, fn]) => ({
      name: `calendar.${name}`,
      fn: (...args: unknown[]) => Reflect.apply(fn as (...a: unknown[]) => unknown, made, args),
      isClass: false,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Marks every object the doors export (machines, catalogues, schemas) as the library's own (see `markLibraryOwned`). */
export function markDoorsOwned(): void {
  markLibraryOwned(Object.values(DOORS).flatMap((d) => Object.values(d as Record<string, unknown>).filter((v) => typeof v === 'object')));
}

/** Every function and class a door exports (and, for the calendar, the methods of a calendar). */
export function doorCallables(door: DoorName): Callable[] {
  const own = callablesOf(DOORS[door] as unknown as Record<string, unknown>);
  return door === 'calendar' ? [...own, ...calendarMethods()] : own;
}

/** What an export is, as pinned in each door's test. */
export type ExportKind = 'function' | 'class' | 'schema' | 'machine' | 'data' | 'number' | 'string';

/** The kind of an export, found at run time. */
export function kindOf(value: unknown): ExportKind {
  if (typeof value === 'function') return /^class[\s{]/u.test(Function.prototype.toString.call(value)) ? 'class' : 'function';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'object' && value !== null) {
    if (typeof (value as { safeParse?: unknown }).safeParse === 'function') return 'schema';
    if (typeof (value as { getInitialSnapshot?: unknown }).getInitialSnapshot === 'function') return 'machine';
  }
  return 'data';
}
