/**
 * Pinning a basis: a caller's {@link BasisPin} checked against what the library computes under,
 * and {@link BasisMismatchError} when it cannot be honoured.
 *
 * @module
 */
import * as z from 'zod';
import { LIBRARY } from '../../_lib/version.js';
import type { CalendarBasis } from '../../calendar/index.js';
import { HOLIDAY_DATA_BASIS } from '../../calendar/_lib/official.js';
import { IsmapLiuError, describe, inline } from '../../errors.js';
import { brandAs, hasErrorKind } from '../../_lib/brand.js';
import { parseOrThrow } from '../schemas/parse.js';
import { once } from '../schemas/_lib/once.js';
import { RULES_REVISION } from './basis.js';

/**
 * A basis to honour, as a caller pins it: usually the `basis` of a stored answer, or any part of
 * it. Every field is optional; what is given must be what the library computes under.
 *
 * @example
 * ```ts
 * const pin: BasisPin = { rules: { revision: '2023-11-10' }, calendar: { holidayData: { lastOfficialYear: 2027 } } };
 * pin.rules?.revision; //=> '2023-11-10'
 * ```
 */
export interface BasisPin {
  /** The rules revision. */
  readonly rules?: {
    /** The rules' title. */
    readonly title?: string;
    /** The day they were enacted. */
    readonly enacted?: string;
    /** The day of the last revision. */
    readonly revision: string;
  } | undefined;
  /** The provisions applied (compared with those the answer applies, in any order). */
  readonly provisions?: readonly string[] | undefined;
  /** The calendar (`id`, and for a custom one its changes) and its holiday data. */
  readonly calendar?:
    | {
        /** `official` or `custom`. */
        readonly id?: 'official' | 'custom' | undefined;
        /** The days a custom calendar adds. */
        readonly addHolidays?: readonly string[] | undefined;
        /** The days a custom calendar removes. */
        readonly removeHolidays?: readonly string[] | undefined;
        /** The holiday data. */
        readonly holidayData?: {
          /** The official list it agrees with. */
          readonly officialList?: string;
          /** The last year that list confirms. */
          readonly lastOfficialYear?: number;
          /** The generator of the table. */
          readonly computedWith?: string;
        } | undefined;
      }
    | undefined;
  /** The library: a version this release is compatible with (same major, or same minor before 1.0; not newer than this release). */
  readonly library?: {
    /** Always `'ismap-liu'`. */
    readonly name?: 'ismap-liu';
    /** A semver version. */
    readonly version: string;
  } | undefined;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** The zod schema of a {@link BasisPin}, built on first use. @internal */
const basisPinSchema = /* @__PURE__ */ once(() => z.strictObject({
  rules: z.strictObject({ title: z.string().optional(), enacted: z.string().optional(), revision: z.string() }).optional(),
  provisions: z.array(z.string()).optional(),
  calendar: z
    .strictObject({
      id: z.enum(['official', 'custom']).optional(),
      addHolidays: z.array(z.string()).optional(),
      removeHolidays: z.array(z.string()).optional(),
      holidayData: z.strictObject({ officialList: z.string().optional(), lastOfficialYear: z.number().optional(), computedWith: z.string().optional() }).optional(),
    })
    .optional(),
  library: z.strictObject({ name: z.literal('ismap-liu').optional(), version: z.string().regex(SEMVER, 'a semver version such as 0.1.0') }).optional(),
}));

/**
 * A pinned basis cannot be honoured: it names a rules revision, holiday data, calendar,
 * library release or provisions other than those this library computes the answer under.
 *
 * @example
 * ```ts
 * new BasisMismatchError('rules.revision', '2022-11-01', '2023-11-10').code; //=> 'basis_mismatch'
 * ```
 */
export class BasisMismatchError extends IsmapLiuError {
  /** The part of the basis that differs, e.g. `'rules.revision'`, `'calendar.holidayData.lastOfficialYear'`. */
  readonly component: string;
  /** What this library computes under for that part. */
  readonly current: unknown;
  /**
   * @param component - the part of the basis that differs
   * @param pinned - the value pinned
   * @param current - what the library computes under
   * @param clause - the clause or statute behind that part, if any
   */
  constructor(component: string, pinned: unknown, current: unknown, clause?: string) {
    super(
      'basis_mismatch',
      `The pinned basis cannot be honoured: ${inline(component)} is ${describe(pinned)} in the pin, but this answer is computed under ${describe(current)}.`,
      { value: pinned, expected: `${inline(component)} ${describe(current)}`, ...(clause === undefined ? {} : { clause }) },
    );
    this.name = 'BasisMismatchError';
    this.component = inline(component);
    this.current = current;
    brandAs(this, 'BasisMismatchError');
  }
}

/**
 * Reads a pinned basis (a {@link ValidationError} when it is malformed) and refuses, with a
 * {@link BasisMismatchError}, one whose rules revision, calendar or library release differ from
 * what the library computes under. The provisions are checked afterwards, against the answer
 * ({@link checkPinnedProvisions}).
 *
 * @param pin - the caller's pin
 * @param calendar - the calendar the answer will be computed on
 * @returns the pin, validated
 * @internal
 */
export function checkPin(pin: unknown, calendar: CalendarBasis): BasisPin {
  const read = parseOrThrow(basisPinSchema(), pin, 'the pinned basis') as BasisPin;
  const rules = read.rules;
  if (rules !== undefined) {
    for (const key of ['revision', 'enacted', 'title'] as const) {
      const given = rules[key];
      if (given !== undefined && given !== RULES_REVISION[key]) throw new BasisMismatchError(`rules.${key}`, given, RULES_REVISION[key], 'Supp. (2023-11-10) 1');
    }
  }
  const cal = read.calendar;
  if (cal !== undefined) {
    if (cal.id !== undefined && cal.id !== calendar.id) throw new BasisMismatchError('calendar.id', cal.id, calendar.id, '行政機関の休日に関する法律 1');
    for (const key of ['addHolidays', 'removeHolidays'] as const) {
      const given = cal[key];
      const current = calendar.id === 'custom' ? calendar[key] : [];
      if (given !== undefined && !sameSet(given, current)) throw new BasisMismatchError(`calendar.${key}`, given, current, '行政機関の休日に関する法律 1');
    }
    const data = cal.holidayData;
    if (data !== undefined) {
      for (const key of ['lastOfficialYear', 'computedWith', 'officialList'] as const) {
        const given = data[key];
        if (given !== undefined && given !== HOLIDAY_DATA_BASIS[key]) {
          throw new BasisMismatchError(`calendar.holidayData.${key}`, given, HOLIDAY_DATA_BASIS[key], '国民の祝日に関する法律 2, 3');
        }
      }
    }
  }
  const library = read.library;
  if (library !== undefined && !honours(library.version, LIBRARY.version)) {
    throw new BasisMismatchError('library.version', library.version, `${LIBRARY.version} (which honours ${honouredRange(LIBRARY.version)})`);
  }
  return read;
}

/**
 * Refuses an answer whose provisions differ from those pinned.
 *
 * @param pin - the validated pin
 * @param provisions - the provisions the answer applies
 * @internal
 */
export function checkPinnedProvisions(pin: BasisPin, provisions: readonly string[]): void {
  if (pin.provisions !== undefined && !sameSet(pin.provisions, provisions)) {
    throw new BasisMismatchError('provisions', pin.provisions, provisions, 'Supplementary Provisions');
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * Does release `current` honour a pin of `pinned`? The same release always; otherwise `pinned`
 * must be no newer and in the same compatible line (same major; before 1.0, the same minor), and
 * neither may be a pre-release.
 */
function honours(pinned: string, current: string): boolean {
  if (pinned === current) return true;
  const p = SEMVER.exec(pinned);
  const c = SEMVER.exec(current);
  if (p === null || c === null || p[4] !== undefined || c[4] !== undefined) return false;
  const [pm, pn, pp] = [Number(p[1]), Number(p[2]), Number(p[3])];
  const [cm, cn, cp] = [Number(c[1]), Number(c[2]), Number(c[3])];
  if (pm !== cm || (cm === 0 && pn !== cn)) return false;
  return pn < cn || (pn === cn && pp <= cp);
}

function honouredRange(current: string): string {
  const c = SEMVER.exec(current);
  if (c === null || c[4] !== undefined) return `only ${current}`;
  return c[1] === '0' ? `${c[1]}.${c[2]}.0 … ${current}` : `${c[1]}.0.0 … ${current}`;
}

/**
 * Is `error` a {@link BasisMismatchError}, from either build of the package?
 *
 * @param error - anything caught
 * @returns `true` for a {@link BasisMismatchError}
 * @example
 * ```ts
 * isBasisMismatchError(new BasisMismatchError('rules.revision', '2022-11-01', '2023-11-10')); //=> true
 * isBasisMismatchError(new Error('x')); //=> false
 * ```
 */
export function isBasisMismatchError(error: unknown): error is BasisMismatchError {
  return hasErrorKind(error, 'BasisMismatchError');
}
