import {
  isGovernmentCalendar,
  periodEnd as officialPeriodEnd,
  type CalendarInfo,
  type GovernmentCalendar,
  type IsoDate,
} from '../../calendar/index.js';
import { InvalidArgumentError } from '../../errors.js';
import { basisOf, type Basis } from '../basis/basis.js';
import type { InterpretationId } from '../interpretations/index.js';
import { assertPeriodInForce } from './_lib/inForce.js';
import { halfTermEnd, type RulePeriodEnd } from './halfTermEnd.js';
import { resolutionYear } from './resolutionYear.js';
import { PERIODS, type Actor, type PeriodClauseId, type PeriodRule } from './table.js';

/** One step of a deadline computation: the clause of the rules or the statute applied. */
export interface DeadlineStep {
  /** The clause (`13.2`) or statute article (`民法 140`) applied. */
  readonly article: string;
  /** The step in a sentence. */
  readonly text: string;
  /** The day the step arrived at, if any. */
  readonly day?: IsoDate;
}

/** A deadline of the rules: plain JSON, as returned by {@link deadline}. */
export interface Deadline {
  /** The clause that sets the period. */
  readonly clause: PeriodClauseId;
  /** What the period is for. */
  readonly title: string;
  /** The event it is counted from. */
  readonly countedFrom: string;
  /** The period in words. */
  readonly period: string;
  /** The date in Japan of the event (`from` as given, read in Asia/Tokyo). */
  readonly from: IsoDate;
  /** `true` when `from` was an instant at exactly 00:00 JST (the day counts). */
  readonly fromMidnight: boolean;
  /** The first day of the period. */
  readonly startDay: IsoDate;
  /** The strict last day (interpretation I2). */
  readonly lastDay: IsoDate;
  /** `lastDay` moved to the next government business day when it is a government holiday. */
  readonly lastDayIfExtended: IsoDate;
  /** The instant the period ends (the end of `lastDay`), with +09:00. */
  readonly expiresAt: string;
  /** `true` when the result depends on holidays after the last officially published year. */
  readonly provisional: boolean;
  /** Who owes the act. */
  readonly owedBy: Actor;
  /** The act owed. */
  readonly act: string;
  /** The forms involved. */
  readonly forms: readonly string[];
  /** `hard` (a consequence in the rules) or `target` (binds a program body, no consequence). */
  readonly kind: 'hard' | 'target';
  /** Whether the clause sets the period "in principle" (4.3, 5.3, 9.3, 10.3, 10.5, 10.8, 13.2, 13.3); independent of `kind`. */
  readonly inPrinciple: boolean;
  /** What follows when the period is missed; `null` for targets. */
  readonly consequence: string | null;
  /** The computation, step by step, each citing its clause or article. */
  readonly steps: readonly DeadlineStep[];
  /** The interpretations of the register relied on. */
  readonly interpretations: readonly InterpretationId[];
  /** The calendar used. */
  readonly calendar: CalendarInfo;
  /** What the deadline is computed under: the rules revision, the provision that governs the period (if any), the calendar and its holiday data, the library release. */
  readonly basis: Basis;
}

/** Options of {@link deadline}. */
export interface DeadlineOptions {
  /** Compute on a calendar with caller changes (see `createCalendar`); the result records it. */
  readonly calendar?: GovernmentCalendar | undefined;
  /**
   * For 18.2(6), which is counted from the occurrence of the incident but governs only
   * incidents recognized on or after 2024-01-04: when the incident was recognized. Without it,
   * an occurrence before 2024-01-04 cannot be shown to fall under the provision and is refused.
   */
  readonly recognizedAt?: string | Date | undefined;
}

const VALID = Object.keys(PERIODS).join(', ');

/** The first step of every deadline: the clause and what it requires (constant per clause). */
const LEAD_STEPS = Object.fromEntries(
  Object.values(PERIODS).map((rule) => [
    rule.clause,
    Object.freeze({ article: rule.clause, text: `${rule.act}: ${rule.lengthText} from ${rule.countedFrom}.` }),
  ]),
) as Record<PeriodClauseId, DeadlineStep>;

/**
 * The deadline a clause of the rules sets, counted from an event (see {@link PERIODS}), with who
 * owes what, the consequence of missing it, the steps of the computation and the
 * interpretations relied on.
 *
 * `from` is the event: a `YYYY-MM-DD` date (something that happened during that day in
 * Japan) or an instant with offset. The day of the event is not counted unless the instant is
 * exactly 00:00 JST (民法 140, I1). `lastDay` is strict; `lastDayIfExtended` is reported too (I2).
 *
 * @param clause - one of {@link PeriodClauseId} (`'13.2'`, `'8.2'`, `'BR3.5'`, …)
 * @param from - the event the period is counted from
 * @param options - `{ calendar }` to use a calendar with caller changes; `{ recognizedAt }` for 18.2(6)
 * @returns a plain JSON-serializable {@link Deadline}
 * @throws {@link InvalidArgumentError} for an unknown clause (the message lists the valid ones) or 10.8(1)(a)
 * @throws {@link ProvisionNotInForceError} for 13.2, 13.3 and 18.2(6) counted from before 2024-01-04 (JST)
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad `from`
 * @see {@link PERIODS}; 民法 140–143
 * @example
 * ```ts
 * const d = deadline('13.2', '2024-12-27T15:00+09:00');
 * d.lastDay; //=> '2025-01-08'
 * d.owedBy; //=> 'A'
 * d.inPrinciple; //=> true
 * deadline('8.2', '2024-02-29').lastDayIfExtended; //=> '2024-04-01'
 * deadline('BR3.5', '2023-09-30').lastDay; //=> '2025-01-31'
 * ```
 */
export function deadline(clause: PeriodClauseId, from: string | Date, options?: DeadlineOptions): Deadline {
  const rule = readClause(clause);
  const { calendar, recognizedAt } = readOptions(options);
  const lead = LEAD_STEPS[rule.clause];
  const end = periodOf(rule, from, calendar, recognizedAt);
  return {
    clause: rule.clause,
    title: rule.title,
    countedFrom: rule.countedFrom,
    period: rule.lengthText,
    from: end.from,
    fromMidnight: end.fromMidnight,
    startDay: end.startDay,
    lastDay: end.lastDay,
    lastDayIfExtended: end.lastDayIfExtended,
    expiresAt: end.expiresAt,
    provisional: end.provisional,
    owedBy: rule.owedBy,
    act: rule.act,
    forms: rule.forms,
    kind: rule.kind,
    inPrinciple: rule.inPrinciple,
    consequence: rule.consequence,
    steps: [lead, ...end.steps],
    interpretations: rule.interpretations,
    calendar: end.calendar,
    basis: basisOf(provisionsOf(rule), end.basis),
  };
}

const NO_PROVISIONS: readonly string[] = Object.freeze([]);

/**
 * The provision that governs `rule`'s period when the Supplementary Provisions limit it (13.2,
 * 13.3, 18.2(6)), else none.
 *
 * @internal
 */
export function provisionsOf(rule: PeriodRule): readonly string[] {
  return rule.appliesFrom === undefined ? NO_PROVISIONS : [rule.clause];
}

/**
 * The end of `rule`'s period counted from `from`, refusing an event its provision does not
 * govern (13.2, 13.3, 18.2(6)).
 */
function periodOf(rule: PeriodRule, from: string | Date, calendar: GovernmentCalendar | undefined, recognizedAt: string | Date | undefined): RulePeriodEnd {
  if (rule.length === 'half-term') return halfTermEnd(from, calendar);
  if (rule.clause === '18.2(6)') return resolutionYear(from, recognizedAt, calendar).end;
  const end = calendar === undefined ? officialPeriodEnd(from, rule.length) : calendar.periodEnd(from, rule.length);
  assertPeriodInForce(rule, end.from, from, recognizedAt);
  return end;
}

/**
 * The period rule of `clause`, or a typed error naming the valid clauses.
 *
 * @internal
 */
export function readClause(clause: unknown): PeriodRule {
  if (typeof clause !== 'string' || !Object.prototype.hasOwnProperty.call(PERIODS, clause)) {
    if (clause === '10.8(1)(a)') {
      throw new InvalidArgumentError('clause', clause, `a clause that sets a deadline; 10.8(1)(a) is a minimum length: use checkAssessmentPeriodLength`, '10.8(1)(a)');
    }
    throw new InvalidArgumentError('clause', clause, `one of ${VALID}`);
  }
  return PERIODS[clause as PeriodClauseId];
}

/** {@link DeadlineOptions} as read once, each property read a single time. @internal */
export interface ReadOptions {
  /** The calendar, `undefined` for the official one. */
  readonly calendar: GovernmentCalendar | undefined;
  /** For 18.2(6): when the incident was recognized (validated when it is used). */
  readonly recognizedAt: string | Date | undefined;
}

const NO_OPTIONS: ReadOptions = Object.freeze({ calendar: undefined, recognizedAt: undefined });
const OPTIONS_EXPECTED = 'an object { calendar?, recognizedAt? }';

/**
 * Validated {@link DeadlineOptions}: a typed error for anything else, including an object whose
 * keys or properties cannot be read (a Proxy whose traps throw, a throwing getter).
 *
 * @internal
 */
export function readOptions(options: unknown): ReadOptions {
  if (options === undefined) return NO_OPTIONS;
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', options, OPTIONS_EXPECTED);
  const unreadable = () => new InvalidArgumentError('options', options, `${OPTIONS_EXPECTED} whose properties can be read`);
  let keys: string[] | undefined;
  try {
    keys = Array.isArray(options) ? undefined : Object.keys(options);
  } catch {
    throw unreadable(); // a revoked Proxy, or an ownKeys trap that throws
  }
  if (keys === undefined) throw new InvalidArgumentError('options', options, OPTIONS_EXPECTED);
  for (const key of keys) {
    if (key !== 'calendar' && key !== 'recognizedAt') throw new InvalidArgumentError(`options.${key}`, key, 'only calendar and recognizedAt');
  }
  let calendar: unknown;
  let recognizedAt: unknown;
  try {
    calendar = (options as Readonly<Record<string, unknown>>)['calendar'];
    recognizedAt = (options as Readonly<Record<string, unknown>>)['recognizedAt'];
  } catch {
    throw unreadable(); // a getter or a get trap that throws
  }
  if (calendar !== undefined && !isGovernmentCalendar(calendar)) {
    throw new InvalidArgumentError('options.calendar', calendar, 'a calendar made by createCalendar');
  }
  return { calendar, recognizedAt: recognizedAt as string | Date | undefined };
}
