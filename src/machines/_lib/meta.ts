/**
 * The `meta` every state node and every transition of the machines carries: the clauses and
 * forms behind it, a label a person can read, and what a state leaves owed.
 *
 * @internal
 * @module
 */
import type { Actor, PeriodClauseId } from '../../rules/periods/index.js';

/**
 * Something a state leaves owed while it is active.
 *
 * * `period`: the clause whose deadline (kept in the context under `deadlines[period]`) gives the
 *   last day; absent for acts the rules leave undated ("promptly", "without delay");
 * * `dueField`: instead of a period, a context field holding a date fixed by a notice (16.2, 16.6).
 *
 * @internal
 */
export interface ObligationSpec {
  readonly clause: string;
  readonly actor: Actor;
  readonly act: string;
  readonly forms?: readonly string[];
  readonly period?: PeriodClauseId;
  readonly dueField?: string;
  /** Omit the obligation when its period is not recorded (the duty arises only with it). */
  readonly optional?: boolean;
  /** `keep`: a duty to keep something until the last day (7.6(7)); never overdue. */
  readonly nature?: 'act' | 'keep';
}

/** What the ISMAP-LIU Cloud Service List announces while a state is active. @internal */
export type Announcement = 'suspended' | 're-audit';

/** The `meta` of a state node. @internal */
export interface NodeMeta {
  readonly label: string;
  readonly clauses: readonly string[];
  readonly forms?: readonly string[];
  readonly obligations?: readonly ObligationSpec[];
  readonly announces?: Announcement;
}

/** The follow-up effects a transition may have on other processes (see `case/effects.ts`). @internal */
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
  | 'reApplicationRequested';

/** The `meta` of a transition. @internal */
export interface TransitionMeta {
  readonly label: string;
  readonly clauses: readonly string[];
  readonly forms?: readonly string[];
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
