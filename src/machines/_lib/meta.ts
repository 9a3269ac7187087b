/**
 * The `meta` every state node and every transition of the machines carries: the clauses and
 * forms behind it, a label a person can read, and what a state leaves owed.
 *
 * @module
 */
import type { Actor, PeriodClauseId } from '../../rules/periods/index.js';

/**
 * Something a state leaves owed while it is active (part of {@link NodeMeta}); the case engine
 * turns it into an {@link Obligation} with its last day.
 *
 * * `period`: the clause whose deadline (kept in the context under `deadlines[period]`) gives the
 *   last day; absent for acts the rules leave undated ("promptly", "without delay");
 * * `dueField`: instead of a period, a context field holding a date fixed by a notice (16.2, 16.6).
 */
export interface ObligationSpec {
  /** The clause that imposes it. */
  readonly clause: string;
  /** Who owes it. */
  readonly actor: Actor;
  /** The act owed, in a sentence. */
  readonly act: string;
  /** The forms the act uses. */
  readonly forms?: readonly string[];
  /** The clause whose deadline in the context's `deadlines` gives the last day. */
  readonly period?: PeriodClauseId;
  /** Instead of `period`: the context field holding the last day. */
  readonly dueField?: string;
  /**
   * With `period`: the context field holding earlier deadlines of the same clause that still run
   * beside the one under `deadlines[period]` (the records of each internal audit, 7.6(7)); each
   * gives an obligation of its own, listed first.
   */
  readonly earlier?: string;
  /**
   * The context field (a dotted path) holding a list of records, each a duty of its own (several
   * requests outstanding together, answered one by one): owed once for each entry, in list order,
   * with the entry's fields read before the context's (so `since: 'on'` reads the entry's `on`,
   * and `whenSet`, `unlessSet`, `when` and `dueField` may test the entry).
   */
  readonly each?: string;
  /**
   * No event records the act being done (10.1(4): the improvement the Improvement Plan promises):
   * it is listed until its last day, never overdue, and no longer listed after it.
   */
  readonly endsAtLastDay?: boolean;
  /** Omit the obligation when its period is not recorded (the duty arises only with it). */
  readonly optional?: boolean;
  /** `keep`: a duty to keep something until the last day (7.6(7)); never overdue, and no longer owed after that day. */
  readonly nature?: 'act' | 'keep' | 'continuing';
  /** For an act without a fixed period: its time limit as the rules word it (`promptly`, `without delay` …), shown while no last day applies. */
  readonly due?: string;
  /** The context field (a dotted path, e.g. `scSuspension.on`) holding the day the duty arose. */
  readonly since?: string;
  /** Owed only while the context field at this dotted path holds a day (a request not yet answered …). */
  readonly whenSet?: string;
  /** Owed only while the context field at this dotted path holds no value (the act not yet recorded). */
  readonly unlessSet?: string;
  /** Owed only when the context's field has this value (e.g. a re-audit requested under 16.5 is owed under 16.6). */
  readonly when?: {
    /** The context field (a dotted path, e.g. `eligibilityInfoRequests.applicant`). */
    readonly field: string;
    /** The value it must have. */
    readonly equals: string | number | boolean | null;
  };
}

/** The `meta` of every state node of the machines (`machine.root.meta`, `snapshot.getMeta()`). */
export interface NodeMeta {
  /** What the state means, in a phrase. */
  readonly label: string;
  /** The clauses behind it. */
  readonly clauses: readonly string[];
  /** The forms involved. */
  readonly forms?: readonly string[];
  /** What is owed while it is active. */
  readonly obligations?: readonly ObligationSpec[];
  /** What the ISMAP-LIU Cloud Service List announces while it is active: a suspension (13.12, 14.5) or a re-audit (16.8). */
  readonly announces?: 'suspended' | 're-audit';
}

/**
 * A follow-up a transition has on other processes, named in {@link TransitionMeta.effects}; the
 * case engine sends the matching {@link InternalEvent}.
 */
export type EffectName =
  | 'renewalApplied'
  | 'renewalWithdrawn'
  | 'renewalRejected'
  | 'registered'
  | 'registrationEnded'
  | 'listEntryChanged'
  | 'reAuditRequested'
  | 'reAuditRequestedBySC'
  | 'reAuditConfirmed'
  | 'reApplicationRequested'
  | 'registrationSuspended';

/** The `meta` of every transition of the machines. */
export interface TransitionMeta {
  /** What the transition means, in a phrase. */
  readonly label: string;
  /** The clauses behind it. */
  readonly clauses: readonly string[];
  /** The forms involved. */
  readonly forms?: readonly string[];
  /** The follow-ups it has on other processes. */
  readonly effects?: readonly EffectName[];
  /** Payload fields that select this transition (one set, or several), used to probe what is allowed next. */
  readonly probe?: Readonly<Record<string, unknown>> | readonly Readonly<Record<string, unknown>>[];
  /** `true` for the consequence of a missed period, taken by a clock tick. */
  readonly expiry?: boolean;
}

/**
 * State meta, with its type checked.
 *
 * @internal
 */
export function node(label: string, clauses: readonly string[], extra: Omit<NodeMeta, 'label' | 'clauses'> = {}): NodeMeta {
  return { label, clauses, ...extra };
}

/**
 * Transition meta, with its type checked.
 *
 * @internal
 */
export function edge(label: string, clauses: readonly string[], extra: Omit<TransitionMeta, 'label' | 'clauses'> = {}): TransitionMeta {
  return { label, clauses, ...extra };
}
