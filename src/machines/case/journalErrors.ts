/**
 * The errors of the event journal: an id given to two different events, and a stored journal or
 * checkpoint that cannot be used.
 *
 * @module
 */
import { ownData } from '../../_lib/brand.js';
import { jsonIssues } from '../../_lib/describe.js';
import { IsmapLiuError, brandAs, describe, hasErrorKind, inline } from '../../errors.js';
import type { InputIssue } from '../../rules/schemas/index.js';

/**
 * An event id already in the journal, given again with a different event. An id names one
 * event: delivering the same event twice is harmless (the second delivery is a duplicate), but
 * two events under one id mean the sender reused an id, and the journal cannot tell which one
 * it meant. Nothing is journaled or applied.
 *
 * @example
 * ```ts
 * const first = appendEvent(emptyJournal(), { id: 'e-1', type: 'time.passed', at: '2024-04-01' });
 * appendEvent(first.journal, { id: 'e-1', type: 'time.passed', at: '2024-04-02' }); // throws JournalConflictError
 * ```
 */
export class JournalConflictError extends IsmapLiuError {
  /** The id given twice. */
  readonly id: string;
  /** The position of the event journaled under it (1 for the first entry). */
  readonly position: number;
  /** The event journaled under the id, as the journal holds it. */
  readonly journaled: unknown;

  /**
   * @param id - the reused id
   * @param position - the position of the entry already journaled under it
   * @param journaled - that entry
   * @param given - the different event given under the same id
   */
  constructor(id: string, position: number, journaled: unknown, given: unknown) {
    const was = eventText(journaled);
    const now = eventText(given);
    super(
      'journal_conflict',
      `The event id ${describe(id)} is already in the journal (entry ${describe(position)}: ${was}) for a different event (${now}${was === now ? ', with another payload' : ''}): an id names one event, so a new event needs a new id.`,
      { value: given, expected: `the event journaled as ${describe(id)} (a duplicate delivery), or a new id` },
    );
    this.name = 'JournalConflictError';
    this.id = typeof id === 'string' ? id : describe(id);
    this.position = typeof position === 'number' ? position : Number.NaN;
    this.journaled = journaled;
    brandAs(this, 'JournalConflictError');
  }
}

/** `<type> at <at>` of an event, read as own data properties (no getter is called), or the event described. */
function eventText(event: unknown): string {
  let type: unknown;
  let at: unknown;
  try {
    if (typeof event === 'object' && event !== null) {
      type = ownData(event, 'type');
      at = ownData(event, 'at');
    }
  } catch {
    // a revoked Proxy, or a trap that throws
  }
  return typeof type === 'string' && typeof at === 'string' ? `${inline(type)} at ${inline(at)}` : describe(event);
}

/**
 * A journal or a checkpoint that cannot be used: not one {@link appendEvent} or
 * {@link checkpointOf} wrote (a wrong shape, an entry that is not a case event with an id, an
 * id twice, entries out of time order, a newer schema version), or a checkpoint that does not
 * belong to the journal it is rebuilt with. `issues` lists the problems with their JSON paths.
 *
 * @example
 * ```ts
 * try {
 *   appendEvent({ kind: 'ismap-liu/journal', schemaVersion: 1, entries: 'none' }, { id: 'e-1', type: 'time.passed', at: '2024-04-01' });
 * } catch (error) {
 *   if (isInvalidJournalError(error)) error.issues[0]?.pathText; //=> '$.entries'
 * }
 * ```
 */
export class InvalidJournalError extends IsmapLiuError {
  /** Every problem found, with its JSON path. */
  readonly issues: readonly InputIssue[];

  /**
   * @param message - what is wrong, in a sentence
   * @param issues - the problems, with their paths
   * @param value - the refused journal or checkpoint
   * @param expected - what was expected instead
   */
  constructor(message: string, issues: readonly InputIssue[], value: unknown, expected = 'a journal written by emptyJournal and appendEvent (schemaVersion 1)') {
    super('invalid_journal', message, { value, expected });
    this.name = 'InvalidJournalError';
    this.issues = issues;
    brandAs(this, 'InvalidJournalError');
  }

  /**
   * A plain JSON-serializable view, with the issues.
   *
   * @returns the fields of {@link IsmapLiuError.toJSON} and `issues`
   * @example
   * ```ts
   * new InvalidJournalError('x', [], null).toJSON().code; //=> 'invalid_journal'
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: jsonIssues(this.issues) };
  }
}

/**
 * Is `error` a {@link JournalConflictError}, from either build of the package (ESM or
 * CommonJS)? It reads the brand described at {@link IsmapLiuError}; never throws.
 *
 * @param error - anything caught
 * @returns `true` for a JournalConflictError
 * @example
 * ```ts
 * isJournalConflictError(new JournalConflictError('e-1', 1, { type: 'time.passed', at: '2024-04-01' }, { type: 'time.passed', at: '2024-04-02' })); //=> true
 * isJournalConflictError(new Error('x')); //=> false
 * ```
 */
export function isJournalConflictError(error: unknown): error is JournalConflictError {
  return hasErrorKind(error, 'JournalConflictError');
}

/**
 * Is `error` an {@link InvalidJournalError}, from either build of the package (ESM or
 * CommonJS)? It reads the brand described at {@link IsmapLiuError}; never throws.
 *
 * @param error - anything caught
 * @returns `true` for an InvalidJournalError
 * @example
 * ```ts
 * isInvalidJournalError(new InvalidJournalError('x', [], null)); //=> true
 * ```
 */
export function isInvalidJournalError(error: unknown): error is InvalidJournalError {
  return hasErrorKind(error, 'InvalidJournalError');
}
