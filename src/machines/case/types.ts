/**
 * The JSON shapes the case API returns: trace entries, refusals, step results.
 *
 * @module
 */
import type { CheckFailure } from '../../rules/checks/types.js';
import type { DeadlineRecord } from '../_lib/deadlines.js';
import type { CaseEventType } from '../events/catalogue.js';
import type { Process } from './processes.js';
import type { CaseState } from './state.js';
import type { StateView } from './view.js';

/** A guard as evaluated for an event: its name (clause first), clauses, outcome and failures. */
export interface GuardResult {
  /** The guard's name, e.g. `'10.8:examinationRequestedInTime'`. */
  readonly name: string;
  /** The clauses it implements. */
  readonly clauses: readonly string[];
  /** Whether it passed. */
  readonly passed: boolean;
  /** Why it failed (empty when it passed). */
  readonly failures: readonly CheckFailure[];
}

/** One transition taken by one machine. */
export interface TraceStep {
  /** `event` for the event itself, `expiry` for a missed period, `follow-up` for its effect on another process. */
  readonly kind: 'event' | 'expiry' | 'follow-up';
  /** The process. */
  readonly process: Process;
  /** The incident or change id, for those. */
  readonly instance: string | null;
  /** The machine event (a case event type, `time.passed`, or an internal `case.*` follow-up). */
  readonly event: string;
  /** The states before (ids of the active atomic states, e.g. `procedure.review.reported`). */
  readonly from: readonly string[];
  /** The states after. */
  readonly to: readonly string[];
  /** The transition, in words. */
  readonly label: string;
  /** The clauses of the transition. */
  readonly clauses: readonly string[];
  /** The forms of the transition. */
  readonly forms: readonly string[];
  /** The guards evaluated: those that failed (on other transitions) and the one that passed. */
  readonly guards: readonly GuardResult[];
}

/** A provision of the Supplementary Provisions applied to an event, and why. */
export interface ProvisionNote {
  /** The provision (`'10.6'`, `'13.2'`, `'Supp.2022.2'` …). */
  readonly provision: string;
  /** Whether it applies. */
  readonly applies: boolean;
  /** Why, with the date it is keyed on. */
  readonly because: string;
}

/** One applied event: what happened, with the guards, deadlines and provisions behind it. */
export interface TraceEntry {
  /** The position of the event in the case file (0-based); `null` for the as-of tick. */
  readonly index: number | null;
  /** The event type. */
  readonly type: CaseEventType;
  /** The event's `at`, as given. */
  readonly at: string;
  /** Its day in Japan. */
  readonly day: string;
  /** The transitions taken, in order: expiries first, then the event, then follow-ups. */
  readonly steps: readonly TraceStep[];
  /** Deadlines set by this event, with their derivation. */
  readonly deadlines: readonly DeadlineRecord[];
  /** Provisions that decided something in this event. */
  readonly provisions: readonly ProvisionNote[];
}

/** Why an event was refused. */
export type RefusalCode = 'out_of_order' | 'after_as_of' | 'unknown_instance' | 'not_allowed' | 'guard_failed' | 'invalid_event';

/** A refused event: nothing else in the case changed. */
export interface Refusal {
  /** The position of the event in the case file (0-based), when it came from one. */
  readonly index: number | null;
  /** The event type. */
  readonly type: string;
  /** The event's `at`, as given. */
  readonly at: string;
  /** Why. */
  readonly code: RefusalCode;
  /** The reason in a sentence. */
  readonly message: string;
  /** The clauses that refuse it. */
  readonly clauses: readonly string[];
  /** The process and instance it was routed to, if any. */
  readonly process: Process | null;
  /** The incident or change id, if any. */
  readonly instance: string | null;
  /** The states it met (ids and labels). */
  readonly states: readonly StateView[];
  /** The guards that failed, with their failures. */
  readonly guards: readonly GuardResult[];
}

/** An applied event: the new state and its trace entry. */
export interface StepApplied {
  /** Always `true`. */
  readonly ok: true;
  /** The case after the event. */
  readonly state: CaseState;
  /** What happened and why. */
  readonly entry: TraceEntry;
}

/** A refused event: the unchanged state and why. */
export interface StepRefused {
  /** Always `false`. */
  readonly ok: false;
  /** The case, unchanged. */
  readonly state: CaseState;
  /** Why the event was refused. */
  readonly refusal: Refusal;
}

/** The result of {@link applyEvent}: the new state and its trace entry, or the refusal. */
export type StepResult = StepApplied | StepRefused;
