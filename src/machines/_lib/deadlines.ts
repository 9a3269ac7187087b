/**
 * Deadlines kept in machine contexts: the JSON of `deadline()` without what the machines never
 * read back (the title and calendar are in the catalogue).
 *
 * @internal
 * @module
 */
import { periodEnd } from '../../calendar/index.js';
import { deadline, type Actor, type PeriodClauseId } from '../../rules/periods/index.js';
import { governs } from './provision.js';

/**
 * A deadline as the machines keep it and the trace reports it: the JSON of the rules'
 * `deadline()` without its title and calendar.
 */
export interface DeadlineRecord {
  /** The clause that sets the period. */
  readonly clause: PeriodClauseId;
  /** The day the period is counted from (in Japan). */
  readonly from: string;
  /** The first day of the period. */
  readonly startDay: string;
  /** The strict last day (I2). */
  readonly lastDay: string;
  /** `lastDay` moved past a government holiday (reported, not applied: I2). */
  readonly lastDayIfExtended: string;
  /** Whether it depends on holidays not yet officially published. */
  readonly provisional: boolean;
  /** Who owes the act. */
  readonly owedBy: Actor;
  /** The act owed. */
  readonly act: string;
  /** The forms involved. */
  readonly forms: readonly string[];
  /** `hard` (a consequence in the rules) or `target` ("in principle"). */
  readonly kind: 'hard' | 'target';
  /** Whether the clause sets it "in principle". */
  readonly inPrinciple: boolean;
  /** What follows when it is missed. */
  readonly consequence: string | null;
  /** The interpretations of the register relied on. */
  readonly interpretations: readonly string[];
  /** The computation step by step, each citing its clause or article. */
  readonly steps: readonly DeadlineRecordStep[];
}

/** One step of a deadline's computation. */
export interface DeadlineRecordStep {
  /** The clause or statute article applied. */
  readonly article: string;
  /** The step in a sentence. */
  readonly text: string;
  /** The day it arrived at, if any. */
  readonly day?: string | undefined;
}

/**
 * The deadlines a machine keeps in its context (`context.deadlines`), keyed by the clause that
 * sets them; a clause absent has no deadline running.
 */
export type Deadlines = Partial<Record<PeriodClauseId, DeadlineRecord>>;

/**
 * The deadline `clause` sets counted from `from`.
 *
 * @internal
 */
export function due(clause: PeriodClauseId, from: string): DeadlineRecord {
  const d = deadline(clause, from);
  return {
    clause: d.clause,
    from: d.from,
    startDay: d.startDay,
    lastDay: d.lastDay,
    lastDayIfExtended: d.lastDayIfExtended,
    provisional: d.provisional,
    owedBy: d.owedBy,
    act: d.act,
    forms: d.forms,
    kind: d.kind,
    inPrinciple: d.inPrinciple,
    consequence: d.consequence,
    interpretations: d.interpretations,
    steps: d.steps,
  };
}

/**
 * 18.2(6) counted from the occurrence of an incident recognized on or after 2024-01-04 but
 * which occurred before it: `deadline()` refuses a `from` before 2024-01-04, so the one-year
 * period is counted here with the same calendar (民法 140, 143), citing 18.2(6).
 *
 * @internal
 */
export function oneYearFromOccurrence(occurredAt: string, recognizedDay: string): DeadlineRecord {
  if (!governs('18.2(6)', recognizedDay)) throw new RangeError('18.2(6) does not govern this incident');
  const end = periodEnd(occurredAt, { years: 1 });
  if (governs('18.2(6)', end.from)) return due('18.2(6)', occurredAt);
  const template = due('18.2(6)', recognizedDay);
  return {
    ...template,
    from: end.from,
    startDay: end.startDay,
    lastDay: end.lastDay,
    lastDayIfExtended: end.lastDayIfExtended,
    provisional: end.provisional,
    steps: [
      { article: '18.2(6)', text: `One year from the occurrence of the incident (${end.from}), which was recognized on ${recognizedDay}.` },
      ...end.steps,
    ],
  };
}
