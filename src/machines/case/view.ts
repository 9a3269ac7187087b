/**
 * The JSON shapes of a case's view as of an instant: where each process is, what is owed,
 * what may happen next, and the list entry.
 *
 * @module
 */
import type { EventActor } from '../events/define.js';
import type { CaseEventType } from '../events/catalogue.js';
import type { Process } from './processes.js';

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
  /** `act`: something to do by the last day; `keep`: something to keep until it (7.6(7)). */
  readonly nature: 'act' | 'keep';
  /** What follows when it is missed, when the rules say. */
  readonly consequence: string | null;
  /** The day the period is counted from, when there is one. */
  readonly countedFrom: string | null;
  /** `true` when the last day depends on holidays not yet officially published. */
  readonly provisional: boolean;
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

/** An announcement on the ISMAP-LIU Cloud Service List (13.12, 14.5, 16.8). */
export interface Announcement {
  /** `suspended` (13.12, 14.5) or `re-audit` (16.8). */
  readonly kind: 'suspended' | 're-audit';
  /** The clause requiring it. */
  readonly clause: string;
  /** Since when. */
  readonly since: string | null;
  /** What it comes from, e.g. `incident "INC-1" (13.7)`. */
  readonly source: string;
}

/** The ISMAP-LIU Cloud Service List entry (11.5(1)–(13)) as far as the facts give it. */
export interface ListEntry {
  /** Whether the service is on the list now. */
  readonly listed: boolean;
  /** `registered`, `suspended`, or `deleted` (with `removal`). */
  readonly status: 'registered' | 'suspended' | 'deleted';
  /** The fields of 11.5, `null` where the facts do not give them. */
  readonly fields: {
    /** 11.5(1) */ readonly name: string | null;
    /** 11.5(2) */ readonly url: string | null;
    /** 11.5(3) */ readonly operator: ListedOperator | null;
    /** 11.5(4) */ readonly registrationDate: string | null;
    /** 11.5(5) */ readonly expirationDate: string | null;
    /** 11.5(6) */ readonly statementScope: string | null;
    /** 11.5(7) */ readonly controls: readonly string[] | null;
    /** 11.5(8) */ readonly assessmentPeriod: DayRange | null;
    /** 11.5(9) */ readonly subsequentEvents: string | null;
    /** 11.5(10) */ readonly improvementPlan: boolean | null;
    /** 11.5(11) */ readonly information75: string | null;
    /** 11.5(12) */ readonly specialNotes: string | null;
    /** 11.5(13) */ readonly governmentUsers: number | null;
  };
  /** The announcements in force (suspension 13.12 / 14.5, re-audit 16.8). */
  readonly announcements: readonly Announcement[];
  /** For a deleted registration: the ground and day. */
  readonly removal: Removal | null;
}

/** The operator as listed (11.5(3)). */
export interface ListedOperator {
  /** Its name. */
  readonly name: string;
  /** Its address, when known. */
  readonly address: string | null;
}

/** A range of days, both inclusive. */
export interface DayRange {
  /** The first day. */
  readonly start: string;
  /** The last day. */
  readonly end: string;
}

/** How a registration left the list. */
export interface Removal {
  /** The ground (`18.2(1)` … `18.2(7)`, or `12.1` for a renewal rejected before 2023-10-02). */
  readonly ground: string;
  /** The day. */
  readonly on: string;
}
