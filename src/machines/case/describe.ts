/**
 * A case as of an instant: time first passes to it (a missed period takes its consequence,
 * reported in `expiredAtAsOf`), then the processes, obligations, allowed events and list entry
 * are read off the machines.
 *
 * @module
 */
import { InvalidArgumentError, timeOf } from '../../errors.js';
import { DayInputSchema, parseOrThrow } from '../../rules/schemas/index.js';
import type { ProvisionsInForce } from '../../rules/provisions/index.js';
import type { Service } from '../events/caseFile.js';
import { isBefore, stampOf, type Stamp } from '../_lib/time.js';
import { allowedEvents } from './allowed.js';
import { applyParsed } from './apply.js';
import { factsOf } from './facts.js';
import { listEntryOf } from './listEntry.js';
import { viewProcesses } from './obligations.js';
import { provisionFactsOf, provisionsFor } from './provisions.js';
import type { CaseState } from './state.js';
import type { TraceEntry, TraceStep } from './types.js';
import type { AllowedEvent, ListEntry, Obligation, ProcessView } from './view.js';
import { headlineOf } from './headline.js';

/** The instant a view is as of. */
export interface AsOf {
  /** As given. */
  readonly at: string;
  /** Its day in Japan. */
  readonly day: string;
}

/** A case as of an instant. */
export interface CaseView {
  /** The version of this JSON shape. */
  readonly schemaVersion: 1;
  /** The service. */
  readonly service: Service;
  /** The as-of instant as given, and its day in Japan. */
  readonly asOf: AsOf;
  /** The case in one line. */
  readonly headline: string;
  /** Where each process stands, with labels and clauses. */
  readonly processes: readonly ProcessView[];
  /** What is owed, by whom, by when; overdue as of `asOf`. */
  readonly obligations: readonly Obligation[];
  /** The events allowed next. */
  readonly allowed: readonly AllowedEvent[];
  /** The ISMAP-LIU Cloud Service List entry (11.5) with its announcements. */
  readonly listEntry: ListEntry | null;
  /** Consequences of periods that ran out between the last event and `asOf` (e.g. 12.1 deletion). */
  readonly expiredAtAsOf: readonly TraceStep[];
  /** The provisions of the Supplementary Provisions that govern the case, and those undetermined. */
  readonly provisions: ProvisionsInForce;
}

/**
 * Reads `asOf` (a date or an instant with offset, or a `Date`).
 *
 * @internal
 */
export function asOfStamp(asOf: string | Date): Stamp {
  const time = asOf instanceof Date ? timeOf(asOf) : Number.NaN;
  const text = asOf instanceof Date && !Number.isNaN(time) ? new Date(time).toISOString() : asOf;
  return stampOf(parseOrThrow(DayInputSchema, text, 'the as-of date'));
}

/**
 * The view of `state` as of `asOf`, and the state after the tick to `asOf`.
 *
 * @internal
 */
export function viewAt(state: CaseState, stamp: Stamp): { view: CaseView; state: CaseState; tick: TraceEntry | null } {
  if (state.clock !== null && isBefore(stamp, state.clock)) {
    throw new InvalidArgumentError('asOf', stamp.at, `an instant on or after the last event applied (${state.clock.at})`);
  }
  const ticked = applyParsed(state, { type: 'time.passed', at: stamp.at }, null);
  const after = ticked.ok ? ticked.state : state;
  const tick = ticked.ok && ticked.entry.steps.length > 0 ? ticked.entry : null;
  const facts = factsOf(after, stamp.day);
  const { processes, obligations } = viewProcesses(after, stamp.day);
  const listEntry = listEntryOf(after);
  const view: CaseView = {
    schemaVersion: 1,
    service: after.service,
    asOf: { at: stamp.at, day: stamp.day },
    headline: headlineOf(after, processes, obligations, listEntry),
    processes,
    obligations,
    allowed: allowedEvents(after, stamp, facts),
    listEntry,
    expiredAtAsOf: tick?.steps ?? [],
    provisions: provisionsFor(provisionFactsOf(after, null)),
  };
  return { view, state: after, tick };
}

/**
 * What a case looks like as of an instant, without replaying its history: where each process
 * stands, the open obligations (overdue as of `asOf`), the events allowed next and the list
 * entry. Periods that ran out by `asOf` take their consequence first, as if a clock tick came
 * at `asOf`; those are listed in `expiredAtAsOf`. The state itself is not changed.
 *
 * @param state - the case
 * @param options - `asOf`: a `YYYY-MM-DD` date or an instant with offset, on or after the last event
 * @returns the {@link CaseView}, plain JSON
 * @throws {@link ValidationError} for a malformed `asOf`; {@link InvalidArgumentError} when it is before the last event
 * @example
 * ```ts
 * describeCase(startCase({ name: 'Kintai Cloud' }), { asOf: '2024-04-01' }).allowed[0]?.type;
 * //=> 'applicant.submittedPriorApplication'
 * ```
 */
export function describeCase(state: CaseState, options: { readonly asOf: string | Date }): CaseView {
  return viewAt(state, asOfStamp(options.asOf)).view;
}

export type { AllowedEvent, ListEntry, Obligation, ProcessView };
