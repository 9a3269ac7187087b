/**
 * The JSON shapes the case API returns: trace entries, refusals, step results, and the view of a
 * case as of an instant.
 *
 * @module
 */
import type { CheckFailure } from '../../rules/checks/types.js';
import type { DeadlineRecord } from '../_lib/deadlines.js';
import type { ProvisionsInForce } from '../../rules/provisions/index.js';
import type { Basis } from '../../rules/basis/index.js';
import type { CaseEventType } from '../events/catalogue.js';
import type { Service } from '../events/caseFile.js';
import type { EventActor } from '../events/define.js';
import type { Announcement, Process } from '../process.js';
import type { DayRange, ListedOperator, ListEntry, Removal } from '../registration/listEntry.js';
import type { CaseState } from './state.js';

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

/**
 * Why an event was refused: out of time order, after the as-of instant, for an incident never
 * recognized, not allowed in the current state, a guard failed, or the act is a provision the
 * Supplementary Provisions keep from the case (`provision_not_in_force`).
 */
export type RefusalCode = 'out_of_order' | 'after_as_of' | 'unknown_instance' | 'not_allowed' | 'guard_failed' | 'provision_not_in_force' | 'invalid_event';

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

/** An active state of a process, with its label and clauses. */
export interface StateView {
  /** The state id, e.g. `procedure.review.reported`. */
  readonly id: string;
  /** The state in words. */
  readonly label: string;
  /** The clauses that put the process there. */
  readonly clauses: readonly string[];
  /** The forms of the state. */
  readonly forms: readonly string[];
}

/** Where one process (or one incident, one change) stands. */
export interface ProcessView {
  /** The process. */
  readonly process: Process;
  /** The incident or change id, for those. */
  readonly instance: string | null;
  /** Its active states (several for parallel regions). */
  readonly states: readonly StateView[];
}

/** Something owed as of the as-of instant. */
export interface Obligation {
  /** The process that owes it. */
  readonly process: Process;
  /** The incident or change id, for those. */
  readonly instance: string | null;
  /** Who owes it: `A` (Applicant/Registrant), `OSO`, `SC`, `MIN`. */
  readonly actor: 'A' | 'OSO' | 'SC' | 'MIN';
  /** The act owed. */
  readonly act: string;
  /** The forms. */
  readonly forms: readonly string[];
  /** The clause that owes it. */
  readonly clause: string;
  /** The strict last day (I2), or `null` for acts the rules leave undated ("promptly"). */
  readonly lastDay: string | null;
  /** The last day moved past a government holiday (reported, not applied: I2). */
  readonly lastDayIfExtended: string | null;
  /** Whether the as-of day is after `lastDay`. Never for a duty to keep records (`nature: 'keep'`). */
  readonly overdue: boolean;
  /** `hard` (a consequence in the rules), `target` ("in principle"), or `null` without a period. */
  readonly kind: 'hard' | 'target' | null;
  /** `act`: something to do by the last day; `keep`: something to keep until it (7.6(7)), no longer listed after it; `continuing`: a duty that lasts while the state does (additional reports "as appropriate", 13.4), never overdue. */
  readonly nature: 'act' | 'keep' | 'continuing';
  /** What follows when it is missed, when the rules say. */
  readonly consequence: string | null;
  /** The day the period is counted from, when there is one. */
  readonly countedFrom: string | null;
  /** `true` when the last day depends on holidays not yet officially published. */
  readonly provisional: boolean;
  /**
   * For an act the rules leave without a fixed period (`lastDay` is `null`), its time limit as the
   * rules word it: `without delay`, `promptly`, `as appropriate`, `by the date stated in the
   * notice` …; `null` otherwise.
   */
  readonly due: string | null;
  /** The day the duty arose (the notice, request or event behind it), when the case records it. */
  readonly since: string | null;
}

/** An event that may happen next. */
export interface AllowedEvent {
  /** The event type. */
  readonly type: CaseEventType;
  /** The act in words (the transition it would take). */
  readonly label: string;
  /** Who performs it. */
  readonly actor: EventActor;
  /** The process it goes to (`clock` for a tick). */
  readonly process: Process | 'clock';
  /** The incident or change id; `null` also for one that would start a new incident or change. */
  readonly instance: string | null;
  /** The clauses of the transition. */
  readonly clauses: readonly string[];
  /** The forms of the transition. */
  readonly forms: readonly string[];
  /** The payload values that select this transition (e.g. `{ decision: 'suspend' }`). */
  readonly variant: Readonly<Record<string, unknown>>;
  /** The last day of the period it is due in, if any. */
  readonly until: string | null;
}



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
  /** What the answer is computed under: the rules revision, the provisions applied, the (official) calendar and its holiday data, the library release. */
  readonly basis: Basis;
}

export type { Announcement, DayRange, ListedOperator, ListEntry, Removal };
