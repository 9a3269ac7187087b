/**
 * Deadlines kept in machine contexts: the JSON of `deadline()` without what the machines never
 * read back (the title and calendar are in the catalogue).
 *
 * @internal
 * @module
 */
import { deadline, type Deadline, type DeadlineStep, type PeriodClauseId } from '../../rules/periods/index.js';
import { resolutionYear } from '../../rules/periods/resolutionYear.js';

/**
 * A deadline as the machines keep it and the trace reports it: the rules' {@link Deadline}
 * without its `title`, `countedFrom`, `period`, `fromMidnight`, `expiresAt`, `calendar` and
 * `basis` (the case's answer carries one basis for all).
 *
 * @example
 * ```ts
 * import { deadline } from 'ismap-liu/rules';
 *
 * const { title, countedFrom, period, fromMidnight, expiresAt, calendar, basis, ...kept } = deadline('8.2', '2024-10-15');
 * const record: DeadlineRecord = kept;
 * record.lastDay; //=> '2024-11-15'
 * ```
 */
export type DeadlineRecord = Omit<Deadline, 'title' | 'countedFrom' | 'period' | 'fromMidnight' | 'expiresAt' | 'calendar' | 'basis'>;

/**
 * One step of a deadline's computation: the rules' {@link DeadlineStep}.
 *
 * @example
 * ```ts
 * const step: DeadlineRecordStep = { article: '民法 141', text: 'The period ends at the end (24:00 JST) of 2024-11-15.', day: '2024-11-15' };
 * step.article; //=> '民法 141'
 * ```
 */
export type DeadlineRecordStep = DeadlineStep;

/**
 * The deadlines a machine keeps in its context (`context.deadlines`), keyed by the clause that
 * sets them; a clause absent has no deadline running.
 *
 * @example
 * ```ts
 * const running: Deadlines = {};
 * running['8.2']; //=> undefined (no 8.2 period running)
 * ```
 */
export type Deadlines = Partial<Record<PeriodClauseId, DeadlineRecord>>;

/**
 * The deadline `clause` sets counted from `from`, as a context keeps it (its fields in this order).
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
 * The first day the ground of deletion of 18.2(6) exists for an incident whose 13.7 suspension is
 * in force: the day after one year from its occurrence, as the rules' `deadline('18.2(6)', …)`
 * counts it (an occurrence before 2024-01-04 counts when the recognition is on or after it).
 *
 * @internal
 */
export function deletionGroundFrom(occurredAt: string, recognizedAt: string): string {
  return resolutionYear(occurredAt, recognizedAt, undefined).groundFrom;
}
