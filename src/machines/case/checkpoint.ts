/**
 * Checkpoints of a journaled case, and rebuilding the case from a checkpoint and its journal
 * after a crash, a restart or a move (see journal.ts for the journal itself).
 *
 * @module
 */
import { InvalidArgumentError, describe } from '../../errors.js';
import { isRecord, readOptions } from '../../_lib/args.js';
import { quote } from '../../_lib/text.js';
import { pathText } from '../../rules/schemas/_lib/issues.js';
import { InvalidSnapshotError, isInvalidSnapshotError } from '../errors.js';
import { InvalidJournalError } from './journalErrors.js';
import { eventOf, heldArgument, issue, journalArgument, type Entry } from './journalRead.js';
import type * as Types from './journalTypes.js';
import { persistCase, restoreCase, type RestoreOptions } from './persist.js';
import type { CaseState } from './state.js';
import { applyParsed } from './step.js';

type Journal = Types.Journal;
type JournaledCase = Types.JournaledCase;
type Checkpoint = Types.Checkpoint;

/**
 * A checkpoint of a journaled case: its persisted snapshot ({@link persistCase}) and the number
 * of journal entries it covers (all of them), with the id of the last, so that
 * {@link rebuildCase} can tell a checkpoint from another journal. Plain JSON.
 *
 * @param held - the case and its journal, as {@link applyJournaled} or {@link rebuildCase} return them
 * @param options - `log: false` leaves the snapshot's log out (smaller; then rebuild with
 *   `{ verify: 'digest' }`)
 * @returns the {@link Checkpoint}
 * @throws {@link InvalidArgumentError} for options other than a boolean `log`, or a `held` that is not a case and its journal
 * @example
 * ```ts
 * const held = applyJournaled({ state: startCase({ name: 'Kintai Cloud' }), journal: emptyJournal() }, { id: 't-1', type: 'time.passed', at: '2024-04-01' });
 * const c = checkpointOf(held);
 * [c.kind, c.position, c.lastId, c.case.applied]; //=> ['ismap-liu/checkpoint', 1, 't-1', 1]
 * ```
 */
export function checkpointOf(held: JournaledCase, options: Types.CheckpointOptions = {}): Checkpoint {
  const { state, journal } = heldArgument(held, 'checkpointOf');
  const { log } = readOptions(options, 'options of checkpointOf', ['log']);
  if (log !== undefined && typeof log !== 'boolean') throw new InvalidArgumentError('options.log', log, 'true or false');
  return { kind: 'ismap-liu/checkpoint', position: journal.entries.length, lastId: journal.entries.at(-1)?.id ?? null, case: persistCase(state, log === undefined ? {} : { log }) };
}

const CHECKPOINT_KEYS = new Set(['kind', 'position', 'lastId', 'case']);
const CHECKPOINT_EXPECTED = 'a checkpoint written by checkpointOf for this journal';

/** The checkpoint's envelope, checked against the journal it is rebuilt with. */
function checkpointArgument(value: unknown, journal: Journal): { readonly position: number; readonly case: unknown } {
  const refuse = (found: ReturnType<typeof issue>[]): never => {
    throw new InvalidJournalError(`The checkpoint cannot be used with this journal: ${found[0]?.pathText}: ${found[0]?.message}`, found, value, CHECKPOINT_EXPECTED);
  };
  if (!isRecord(value)) return refuse([issue([], 'A checkpoint must be an object { kind, position, lastId, case } (from checkpointOf).', 'invalid_type', 'an object', value)]);
  const found = [];
  if (value['kind'] !== 'ismap-liu/checkpoint') found.push(issue(['kind'], 'The checkpoint\'s kind must be "ismap-liu/checkpoint".', 'invalid_kind', '"ismap-liu/checkpoint"', value['kind']));
  for (const key of Object.keys(value)) if (!CHECKPOINT_KEYS.has(key)) found.push(issue([key], `Unknown key ${quote(key)}: a checkpoint has only kind, position, lastId and case.`, 'unrecognized_keys'));
  const { position, lastId } = value;
  if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) found.push(issue(['position'], 'The checkpoint\'s position must be a whole number of journal entries, 0 or more.', 'invalid_position', 'an integer ≥ 0', position));
  else if (position > journal.entries.length) found.push(issue(['position'], `The checkpoint covers ${position} journal entries, but the journal holds ${journal.entries.length}: it was cut short, or it is another case's.`, 'beyond_journal', `at most ${journal.entries.length}`, position));
  else {
    const expected = position === 0 ? null : (journal.entries[position - 1] as Entry).id;
    if (lastId !== expected) found.push(issue(['lastId'], `The checkpoint's last entry is ${typeof lastId === 'string' ? quote(lastId) : describe(lastId)}, but the journal's entry ${position} is ${expected === null ? 'none' : quote(expected)}: the checkpoint is not of this journal.`, 'not_this_journal', expected === null ? 'null' : quote(expected), lastId));
  }
  if (!('case' in value)) found.push(issue(['case'], 'The checkpoint has no case (the snapshot persistCase wrote).', 'missing_case'));
  if (found.length > 0) refuse(found);
  return { position: position as number, case: value['case'] };
}

/**
 * Rebuilds a case after a crash, a restart or a move: restores the checkpoint's snapshot
 * ({@link restoreCase}, verified as `options` say) and applies the journal entries after its
 * position, exactly as they were applied when they arrived (an entry the engine refused then
 * is refused again and changes nothing). The result equals the case the host held before.
 *
 * @param checkpoint - from {@link checkpointOf} (possibly through `JSON.parse`)
 * @param journal - the case's journal, at least as long as the checkpoint
 * @param options - passed to {@link restoreCase}: `verify: 'replay'` (the default) or `'digest'`
 * @returns the {@link JournaledCase} `{ state, journal }`
 * @throws {@link InvalidJournalError} when the journal is not a journal, the checkpoint is not
 *   one of this journal (a position beyond it, another last id), or an entry after it is refused
 *   as out of time order (the snapshot is later than its position)
 * @throws {@link InvalidSnapshotError} when the checkpoint's case cannot be restored (paths under `$.case`)
 * @example
 * ```ts
 * let held: JournaledCase = { state: startCase({ name: 'Kintai Cloud' }), journal: emptyJournal() };
 * const first = checkpointOf(held);
 * held = applyJournaled(held, { id: 't-1', type: 'time.passed', at: '2024-04-01' });
 * const back = rebuildCase(JSON.parse(JSON.stringify(first)), JSON.parse(JSON.stringify(held.journal)));
 * [back.state.applied, back.journal.entries.length]; //=> [1, 1]
 * ```
 */
export function rebuildCase(checkpoint: Checkpoint, journal: Journal, options?: RestoreOptions): JournaledCase {
  const j = journalArgument(journal, 'rebuildCase');
  const cp = checkpointArgument(checkpoint, j);
  let state: CaseState;
  try {
    state = restoreCase(cp.case, options);
  } catch (error) {
    if (!isInvalidSnapshotError(error)) throw error;
    const issues = error.issues.map((i) => ({ ...i, path: ['case', ...i.path], pathText: pathText(['case', ...i.path]) }));
    throw new InvalidSnapshotError(`The checkpoint's case cannot be restored: ${error.message}`, issues, checkpoint);
  }
  for (let i = cp.position; i < j.entries.length; i++) {
    const entry = j.entries[i] as Entry;
    const r = applyParsed(state, eventOf(entry));
    if (r.ok) state = r.state;
    else if (r.refusal.code === 'out_of_order') {
      const found = [issue(['entries', i], `The entry ${i + 1} (${quote(entry.id)}, ${entry.type} at ${entry.at}) goes back in time for the checkpoint's case, which is already at ${state.clock?.at}: the snapshot is later than its position ${cp.position}.`, 'not_this_journal')];
      throw new InvalidJournalError(`The checkpoint does not fit the journal: ${found[0]?.message}`, found, checkpoint, CHECKPOINT_EXPECTED);
    }
  }
  return { state, journal: j };
}
