/**
 * The shapes of the event journal: the journal and its entries, checkpoints, and what appending
 * and applying return. The journal and checkpoints are plain JSON.
 *
 * @module
 */
import type { CaseEvent, CaseEventInput } from '../events/catalogue.js';
import type { PersistedCase } from './persist.js';
import type { CaseState } from './state.js';
import type { Refusal, TraceEntry } from './types.js';

/**
 * An event as a host delivers it: a case event (`{ type, at, ...payload }`, see
 * docs/case-file.md) and its `id`, a non-empty string of at most 256 characters that names the
 * event (a message id, a UUID): a redelivery carries the same id.
 *
 * @example
 * ```ts
 * const e: JournaledEventInput = { id: 'portal-4711', type: 'time.passed', at: '2024-04-01' };
 * appendEvent(emptyJournal(), e).status; //=> 'appended'
 * ```
 */
export type JournaledEventInput = CaseEventInput & {
  /** The id that names the event: a non-empty string of at most 256 characters. */
  readonly id: string;
};

/**
 * An entry of a journal: the event as validated, and its id.
 *
 * @example
 * ```ts
 * const r = appendEvent(emptyJournal(), { id: 'e-1', type: 'time.passed', at: '2024-04-01' });
 * const entry: JournalEntry | undefined = r.journal.entries[0];
 * entry; //=> { id: 'e-1', type: 'time.passed', at: '2024-04-01' }
 * ```
 */
export type JournalEntry = CaseEvent & {
  /** The id the event was delivered with. */
  readonly id: string;
};

/**
 * An append-only journal of the events delivered to one case, in time order, each id once.
 * Immutable (the library's are frozen); store it as JSON and give it back as parsed.
 *
 * @example
 * ```ts
 * const j: Journal = emptyJournal();
 * JSON.stringify(j); //=> '{"schemaVersion":1,"kind":"ismap-liu/journal","entries":[]}'
 * ```
 */
export interface Journal {
  /** 1 for this shape. */
  readonly schemaVersion: 1;
  /** Marks the document as an ismap-liu journal. */
  readonly kind: 'ismap-liu/journal';
  /** The events, oldest first. Position `n` is `entries[n - 1]`. */
  readonly entries: readonly JournalEntry[];
}

/**
 * A case and its journal, as a host holds them between events.
 *
 * @example
 * ```ts
 * const held: JournaledCase = { state: startCase({ name: 'Kintai Cloud' }), journal: emptyJournal() };
 * checkpointOf(held).position; //=> 0
 * ```
 */
export interface JournaledCase {
  /** The case. */
  readonly state: CaseState;
  /** Its journal. */
  readonly journal: Journal;
}

/**
 * The persisted case and how much of the journal it covers. Plain JSON.
 *
 * @example
 * ```ts
 * const c: Checkpoint = checkpointOf({ state: startCase({ name: 'Kintai Cloud' }), journal: emptyJournal() });
 * [c.position, c.lastId]; //=> [0, null]
 * ```
 */
export interface Checkpoint {
  /** Marks the document as an ismap-liu checkpoint. */
  readonly kind: 'ismap-liu/checkpoint';
  /** How many journal entries the snapshot covers: the first `position` entries. */
  readonly position: number;
  /** The id of the entry at `position` (`null` at 0), to tell the journal it belongs to. */
  readonly lastId: string | null;
  /** The case as {@link persistCase} wrote it after those entries. */
  readonly case: PersistedCase;
}

/**
 * Options of {@link checkpointOf}.
 *
 * @example
 * ```ts
 * const options: CheckpointOptions = { log: false };
 * checkpointOf({ state: startCase({ name: 'X' }), journal: emptyJournal() }, options).case.log; //=> null
 * ```
 */
export interface CheckpointOptions {
  /** Whether the snapshot carries its log (default `true`); without it, rebuild with `{ verify: 'digest' }`. */
  readonly log?: boolean;
}

/**
 * An event journaled by {@link appendEvent}, or found there already.
 *
 * @example
 * ```ts
 * const r = appendEvent(emptyJournal(), { id: 'e-1', type: 'time.passed', at: '2024-04-01' });
 * r.status; //=> 'appended'
 * ```
 */
export interface JournalAppendAccepted {
  /** `appended`: a new entry; `duplicate`: the same event was journaled under this id before (nothing changed). */
  readonly status: 'appended' | 'duplicate';
  /** The journal with the event. */
  readonly journal: Journal;
  /** The position of its entry (1 for the first). */
  readonly position: number;
}

/**
 * An event {@link appendEvent} refused: dated before the last entry. Not journaled.
 *
 * @example
 * ```ts
 * const j = appendEvent(emptyJournal(), { id: 'e-1', type: 'time.passed', at: '2024-04-02' }).journal;
 * const r = appendEvent(j, { id: 'e-2', type: 'time.passed', at: '2024-04-01' });
 * r.status === 'refused' && r.refusal.code; //=> 'out_of_order'
 * ```
 */
export interface JournalAppendRefused {
  /** Always `refused`. */
  readonly status: 'refused';
  /** The journal, unchanged. */
  readonly journal: Journal;
  /** Always `null`: the event has no entry. */
  readonly position: null;
  /** Why (code `out_of_order`). */
  readonly refusal: Refusal;
}

/**
 * What {@link appendEvent} returns.
 *
 * @example
 * ```ts
 * const r: JournalAppend = appendEvent(emptyJournal(), { id: 'e-1', type: 'time.passed', at: '2024-04-01' });
 * r.position; //=> 1
 * ```
 */
export type JournalAppend = JournalAppendAccepted | JournalAppendRefused;

/**
 * An event {@link applyJournaled} journaled and the engine applied.
 *
 * @example
 * ```ts
 * const r = applyJournaled({ state: startCase({ name: 'X' }), journal: emptyJournal() }, { id: 't-1', type: 'time.passed', at: '2024-04-01' });
 * r.status === 'applied' && r.entry.type; //=> 'time.passed'
 * ```
 */
export interface JournaledApplied {
  /** Always `applied`. */
  readonly status: 'applied';
  /** The case after the event. */
  readonly state: CaseState;
  /** The journal with the event. */
  readonly journal: Journal;
  /** The position of its entry. */
  readonly position: number;
  /** What happened and why, as {@link applyEvent} says it. */
  readonly entry: TraceEntry;
}

/**
 * An event {@link applyJournaled} had already journaled under its id: nothing changed.
 *
 * @example
 * ```ts
 * const e = { id: 't-1', type: 'time.passed', at: '2024-04-01' } as const;
 * const once = applyJournaled({ state: startCase({ name: 'X' }), journal: emptyJournal() }, e);
 * applyJournaled(once, e).status; //=> 'duplicate'
 * ```
 */
export interface JournaledDuplicate {
  /** Always `duplicate`. */
  readonly status: 'duplicate';
  /** The case, unchanged. */
  readonly state: CaseState;
  /** The journal, unchanged. */
  readonly journal: Journal;
  /** The position of the entry journaled first. */
  readonly position: number;
}

/**
 * An event refused: by the engine (journaled, so that a redelivery is a duplicate) or, when it
 * goes back in time, by the journal (not journaled, `position: null`). The case is unchanged.
 *
 * @example
 * ```ts
 * const r = applyJournaled({ state: startCase({ name: 'X' }), journal: emptyJournal() }, { id: 'o-1', type: 'oso.acceptedPriorApplication', at: '2024-04-15' });
 * r.status === 'refused' && [r.refusal.code, r.position]; //=> ['not_allowed', 1]
 * ```
 */
export interface JournaledRefused {
  /** Always `refused`. */
  readonly status: 'refused';
  /** The case, unchanged. */
  readonly state: CaseState;
  /** The journal: with the event when the engine refused it, unchanged when it was out of time order. */
  readonly journal: Journal;
  /** The position of its entry, or `null` when it was not journaled (code `out_of_order`). */
  readonly position: number | null;
  /** Why, as {@link applyEvent} says it. */
  readonly refusal: Refusal;
}

/**
 * What {@link applyJournaled} returns: a {@link JournaledCase} (pass it to the next call) and
 * what became of the event.
 *
 * @example
 * ```ts
 * const step: JournaledStep = applyJournaled({ state: startCase({ name: 'X' }), journal: emptyJournal() }, { id: 't-1', type: 'time.passed', at: '2024-04-01' });
 * [step.status, step.state.applied]; //=> ['applied', 1]
 * ```
 */
export type JournaledStep = JournaledApplied | JournaledDuplicate | JournaledRefused;
