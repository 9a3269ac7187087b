/**
 * The event journal: what a host that keeps a case for years writes down, so that a crash, a
 * redelivery or a move to another machine changes nothing.
 *
 * * A {@link Journal} is append-only plain JSON: every event delivered to the case, each with
 *   an `id` that names it, in time order. {@link appendEvent} validates an event, treats an id
 *   already journaled as a duplicate (the same event) or a {@link JournalConflictError} (another
 *   event), and refuses an event dated before the last one.
 * * A {@link Checkpoint} is the engine's persisted snapshot ({@link persistCase}) and the journal
 *   position it covers; {@link rebuildCase} restores it and applies the entries after it
 *   (checkpoint.ts).
 * * {@link applyJournaled} journals and applies one event, idempotently: a redelivered event
 *   changes nothing, whether it was applied or refused the first time.
 *
 * The journal keeps every event the engine was given, the refused ones too (a refusal is
 * deterministic, and a redelivery must be answered as a duplicate, not tried again in a later
 * state), except one refused as out of order, which is never journaled.
 *
 * @module
 */
import { emptyTable, tableGet, tableSet } from '../_lib/table.js';
import { isBefore, stampOf } from '../_lib/time.js';
import { quote } from '../../_lib/text.js';
import { JournalConflictError } from './journalErrors.js';
import { entryArgument, eventOf, heldArgument, idsOf, journalArgument, made, type Entry } from './journalRead.js';
import { canonicalJson } from './persist.js';
import { applyParsed } from './step.js';
import type { Refusal } from './types.js';
import type * as Types from './journalTypes.js';

export { checkpointOf, rebuildCase } from './checkpoint.js';
export { InvalidJournalError, JournalConflictError, isInvalidJournalError, isJournalConflictError } from './journalErrors.js';
export type {
  Checkpoint,
  CheckpointOptions,
  Journal,
  JournalAppend,
  JournalAppendAccepted,
  JournalAppendRefused,
  JournaledApplied,
  JournaledCase,
  JournaledDuplicate,
  JournaledEventInput,
  JournaledRefused,
  JournaledStep,
  JournalEntry,
} from './journalTypes.js';

type Journal = Types.Journal;
type JournaledCase = Types.JournaledCase;

// ---------------------------------------------------------------------------------------------
// Appending

function outOfOrder(entry: Entry, last: Entry): Refusal {
  return {
    index: null, type: entry.type, at: entry.at, code: 'out_of_order',
    message: `The event ${quote(entry.id)} of ${entry.at} goes back in time: the journal is already at ${last.at} (event ${quote(last.id)}). Events must come in time order.`,
    clauses: [], process: null, instance: null, states: [], guards: [],
  };
}

function appendEntry(journal: Journal, entry: Entry): Types.JournalAppend {
  const found = tableGet(idsOf(journal), entry.id);
  if (found !== undefined) {
    const held = journal.entries[found] as Entry;
    if (canonicalJson(held) !== canonicalJson(entry)) throw new JournalConflictError(entry.id, found + 1, held, entry);
    return { status: 'duplicate', journal, position: found + 1 };
  }
  const last = journal.entries.at(-1);
  if (last !== undefined && isBefore(stampOf(entry.at), stampOf(last.at))) return { status: 'refused', journal, position: null, refusal: outOfOrder(entry, last) };
  const ids = tableSet(idsOf(journal), entry.id, journal.entries.length);
  return { status: 'appended', journal: made([...journal.entries, entry], ids), position: journal.entries.length + 1 };
}

/**
 * A journal with no entries, for a new case (or for a case whose earlier history is in its
 * first checkpoint).
 *
 * @returns `{ schemaVersion: 1, kind: 'ismap-liu/journal', entries: [] }` (frozen)
 * @example
 * ```ts
 * emptyJournal().entries; //=> []
 * ```
 */
export function emptyJournal(): Journal {
  return made([], emptyTable());
}

/**
 * Appends one event to a journal, or says why not. The event is a case event with an `id`
 * (`{ id, type, at, ...payload }`), validated as {@link applyEvent} validates events. An id
 * already in the journal is a duplicate when the event is the same (equal as JSON once
 * validated, whatever the order of its keys): nothing changes. An event dated before the last
 * entry is refused (`out_of_order`, as the engine refuses it); it is not journaled.
 *
 * The journal is immutable: the result carries a new one. A journal read back from storage is
 * checked in full the first time it is given.
 *
 * @param journal - from {@link emptyJournal}, an earlier append, or storage (`JSON.parse`)
 * @param event - the event and its id
 * @returns `{ status: 'appended' | 'duplicate', journal, position }` (position 1 is the first
 *   entry) or `{ status: 'refused', journal, position: null, refusal }`
 * @throws {@link JournalConflictError} when the id is already journaled for a different event
 * @throws {@link ValidationError} when the event is not a case event with an id (a non-empty
 *   string of at most 256 characters)
 * @throws {@link InvalidJournalError} when `journal` is not a journal
 * @example
 * ```ts
 * let journal = emptyJournal();
 * const r = appendEvent(journal, { id: 'e-1', type: 'time.passed', at: '2024-04-01' });
 * [r.status, r.position]; //=> ['appended', 1]
 * journal = r.journal;
 * appendEvent(journal, { at: '2024-04-01', type: 'time.passed', id: 'e-1' }).status; //=> 'duplicate'
 * const late = appendEvent(journal, { id: 'e-2', type: 'time.passed', at: '2024-03-31' });
 * late.status === 'refused' && late.refusal.code; //=> 'out_of_order'
 * ```
 */
export function appendEvent(journal: Journal, event: Types.JournaledEventInput): Types.JournalAppend;
/**
 * Appends one event of unknown shape (e.g. parsed JSON) to a journal, validated the same way.
 *
 * @param journal - from {@link emptyJournal}, an earlier append, or storage
 * @param event - anything; validated as a case event with an `id`
 * @returns the {@link JournalAppend}
 * @example
 * ```ts
 * const event: unknown = JSON.parse('{ "id": "e-1", "type": "time.passed", "at": "2024-04-01" }');
 * appendEvent(emptyJournal(), event).status; //=> 'appended'
 * ```
 */
export function appendEvent(journal: Journal, event: unknown): Types.JournalAppend;
export function appendEvent(journal: Journal, event: unknown): Types.JournalAppend {
  const j = journalArgument(journal, 'appendEvent');
  return appendEntry(j, entryArgument(event));
}

// ---------------------------------------------------------------------------------------------
// Applying

/**
 * Journals one event and applies it to the case, once. A redelivery (an id already journaled
 * with the same event) changes nothing and says `duplicate`, whether the first delivery was
 * applied or refused. An event the engine refuses is journaled all the same (so that its
 * redelivery is a duplicate too), except one out of time order, which is neither journaled nor
 * applied (`position: null`).
 *
 * @param held - the case and its journal: `{ state: startCase(service), journal: emptyJournal() }`,
 *   {@link rebuildCase}'s result, or an earlier step's
 * @param event - a case event with an `id`
 * @returns `{ status: 'applied', state, journal, position, entry }`,
 *   `{ status: 'duplicate', state, journal, position }` or
 *   `{ status: 'refused', state, journal, position, refusal }`; pass it as `held` to the next call
 * @throws {@link JournalConflictError} when the id is already journaled for a different event
 * @throws {@link ValidationError} when the event is not a case event with an id
 * @throws {@link InvalidJournalError} or {@link InvalidArgumentError} when `held` is not a case and its journal
 * @example
 * ```ts
 * let held: JournaledCase = { state: startCase({ name: 'Kintai Cloud' }), journal: emptyJournal() };
 * const accept = { id: 'oso-1', type: 'oso.acceptedPriorApplication', at: '2024-04-15' } as const;
 * const r = applyJournaled(held, accept);
 * [r.status, r.position]; //=> ['refused', 1]
 * r.status === 'refused' && r.refusal.code; //=> 'not_allowed'
 * held = r;
 * applyJournaled(held, accept).status; //=> 'duplicate'
 * held.journal.entries.map((e) => e.id); //=> ['oso-1']
 * ```
 */
export function applyJournaled(held: JournaledCase, event: Types.JournaledEventInput): Types.JournaledStep;
/**
 * Journals and applies one event of unknown shape (e.g. parsed JSON), validated the same way.
 *
 * @param held - the case and its journal
 * @param event - anything; validated as a case event with an `id`
 * @returns the {@link JournaledStep}
 * @example
 * ```ts
 * const held = { state: startCase({ name: 'Kintai Cloud' }), journal: emptyJournal() };
 * const event: unknown = JSON.parse('{ "id": "t-1", "type": "time.passed", "at": "2024-04-01" }');
 * applyJournaled(held, event).status; //=> 'applied'
 * ```
 */
export function applyJournaled(held: JournaledCase, event: unknown): Types.JournaledStep;
export function applyJournaled(held: JournaledCase, event: unknown): Types.JournaledStep {
  const { state, journal } = heldArgument(held, 'applyJournaled');
  const entry = entryArgument(event);
  const appended = appendEntry(journal, entry);
  if (appended.status === 'duplicate') return { status: 'duplicate', state, journal, position: appended.position };
  if (appended.status === 'refused') return { status: 'refused', state, journal, position: null, refusal: appended.refusal };
  const r = applyParsed(state, eventOf(entry));
  if (r.ok) return { status: 'applied', state: r.state, journal: appended.journal, position: appended.position, entry: r.entry };
  if (r.refusal.code === 'out_of_order') return { status: 'refused', state, journal, position: null, refusal: r.refusal };
  return { status: 'refused', state, journal: appended.journal, position: appended.position, refusal: r.refusal };
}
