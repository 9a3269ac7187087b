/**
 * Reading what a host hands the journal: one event with its id, a whole stored journal (checked
 * once, then known by identity), a case and its journal.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError, describe } from '../../errors.js';
import { isArray, isRecord } from '../../_lib/args.js';
import { quote } from '../../_lib/text.js';
import { ValidationError, safeParseInput, type InputIssue } from '../../rules/schemas/index.js';
import { pathText } from '../../rules/schemas/_lib/issues.js';
import { MAX_ISSUES, inputLimitIssue, moreIssues } from '../../rules/schemas/_lib/limits.js';
import { PARSED_EVENT_SCHEMA } from '../events/caseFile.js';
import type { CaseEvent, ParsedEvent } from '../events/catalogue.js';
import { tableFrom, type Table } from '../_lib/table.js';
import { isBefore, stampOf } from '../_lib/time.js';
import { InvalidJournalError } from './journalErrors.js';
import { caseStateArgument, type CaseState } from './state.js';

/** The longest event id, in UTF-16 code units. @internal */
export const MAX_ID_LENGTH = 256;

/** An event as the journal holds it: a validated case event and its id. @internal */
export type Entry = CaseEvent & { readonly id: string };

/** The event of an entry, without its id: what the engine applies. @internal */
export function eventOf(entry: Entry): ParsedEvent {
  const { id: _id, ...event } = entry;
  return event as ParsedEvent;
}

/** A journal as the library writes it (see `Journal` in journal.ts). @internal */
export interface StoredJournal {
  readonly schemaVersion: 1;
  readonly kind: 'ismap-liu/journal';
  readonly entries: readonly Entry[];
}

type Path = readonly (string | number)[];

/** An issue at `path`. @internal */
export function issue(path: Path, message: string, code: string, expected?: string, received?: unknown): InputIssue {
  return {
    path: [...path],
    pathText: pathText(path),
    message,
    code,
    ...(expected === undefined ? {} : { expected }),
    ...(received === undefined ? {} : { received: describe(received) }),
  };
}

const ID_EXPECTED = `a non-empty string of at most ${MAX_ID_LENGTH} characters`;

function idIssue(id: unknown, path: Path): InputIssue | null {
  if (typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH) return null;
  const at = [...path, 'id'];
  if (id === undefined) return issue(at, `The event id is missing: a journaled event is a case event with an id, ${ID_EXPECTED} that names it (a redelivery carries the same id).`, 'missing_id', ID_EXPECTED);
  return issue(at, `The event id ${describe(id)} cannot be used: expected ${ID_EXPECTED}.`, 'invalid_id', ID_EXPECTED, id);
}

/**
 * Reads a journaled event `{ id, type, at, ...payload }`: the id, and the rest as a case event
 * ({@link PARSED_EVENT_SCHEMA}). Every problem is listed, with paths under `path`.
 *
 * @internal
 */
export function readEntry(input: unknown, path: Path = []): { ok: true; entry: Entry } | { ok: false; issues: InputIssue[] } {
  if (!isRecord(input)) {
    return { ok: false, issues: [issue(path, `A journaled event must be an object { id, type, at, ... } (a case event with an id), but it is ${describe(input)}.`, 'invalid_type', 'an object', input)] };
  }
  const { id, ...event } = input;
  const issues: InputIssue[] = [];
  const bad = idIssue(id, path);
  if (bad !== null) issues.push(bad);
  const parsed = safeParseInput(PARSED_EVENT_SCHEMA, event);
  if (!parsed.ok) for (const i of parsed.issues) issues.push({ ...i, path: [...path, ...i.path], pathText: pathText([...path, ...i.path]) });
  if (!parsed.ok || bad !== null) return { ok: false, issues };
  return { ok: true, entry: Object.freeze({ id: id as string, ...parsed.value }) };
}

const KEYS = new Set(['schemaVersion', 'kind', 'entries']);

/**
 * Checks a stored journal: its envelope, every entry, ids used once, entries in time order.
 * `{ ok: false, newer }` for a schema version newer than 1.
 *
 * @internal
 */
export function readJournal(value: unknown): { ok: true; journal: StoredJournal } | { ok: false; issues: InputIssue[]; newer: number | null } {
  const limit = inputLimitIssue(value);
  if (limit !== null) return { ok: false, issues: [limit], newer: null };
  if (!isRecord(value)) return { ok: false, issues: [issue([], `A journal must be an object { schemaVersion, kind, entries } (from emptyJournal and appendEvent), but it is ${describe(value)}.`, 'invalid_type', 'an object', value)], newer: null };
  const version = value['schemaVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) {
    return { ok: false, issues: [issue(['schemaVersion'], `Schema version ${version} is newer than 1.`, 'newer_version', '1', version)], newer: version };
  }
  const issues: InputIssue[] = [];
  if (version !== 1) issues.push(issue(['schemaVersion'], `The journal's schemaVersion is ${describe(version)}: expected 1.`, 'unknown_version', '1', version));
  if (value['kind'] !== 'ismap-liu/journal') issues.push(issue(['kind'], `The journal's kind is ${describe(value['kind'])}: expected "ismap-liu/journal".`, 'invalid_kind', '"ismap-liu/journal"', value['kind']));
  for (const key of Object.keys(value)) if (!KEYS.has(key)) issues.push(issue([key], `Unknown key ${quote(key)}: a journal has only schemaVersion, kind and entries.`, 'unrecognized_keys'));
  const raw = value['entries'];
  if (!isArray(raw)) {
    issues.push(issue(['entries'], `The journal's entries must be an array, but they are ${describe(raw)}.`, 'invalid_type', 'an array', raw));
    return { ok: false, issues, newer: null };
  }
  const entries: Entry[] = [];
  const seen = new Map<string, number>();
  let omitted = 0;
  const add = (found: InputIssue): void => {
    if (issues.length < MAX_ISSUES) issues.push(found);
    else omitted++;
  };
  let last: Entry | null = null;
  for (let i = 0; i < raw.length; i++) {
    const read = readEntry(raw[i], ['entries', i]);
    if (!read.ok) {
      read.issues.forEach(add);
      continue;
    }
    const { entry } = read;
    const before = seen.get(entry.id);
    if (before !== undefined) add(issue(['entries', i, 'id'], `The event id ${quote(entry.id)} is used twice, by entries ${before + 1} and ${i + 1}: an id names one event.`, 'duplicate_id'));
    else seen.set(entry.id, i);
    if (last !== null && isBefore(stampOf(entry.at), stampOf(last.at))) {
      add(issue(['entries', i, 'at'], `The entry ${i + 1} (${entry.type} at ${entry.at}) comes before the entry ${i} (at ${last.at}): a journal is in time order.`, 'out_of_order'));
    }
    last = entry;
    entries.push(entry);
  }
  if (omitted > 0) return { ok: false, issues: [...issues, moreIssues(omitted)], newer: null };
  if (issues.length > 0) return { ok: false, issues, newer: null };
  return { ok: true, journal: { schemaVersion: 1, kind: 'ismap-liu/journal', entries } };
}

// ---------------------------------------------------------------------------------------------
// Journals the library made, and their ids

/** Journals made here (frozen): not read again. Their id → index tables, built on demand. */
const known = new WeakSet<object>();
const idTables = new WeakMap<object, Table<number>>();

/** A frozen journal of `entries`, known from now on (with its id table when given). @internal */
export function made(entries: readonly Entry[], ids: Table<number> | undefined): StoredJournal {
  const journal: StoredJournal = Object.freeze({ schemaVersion: 1, kind: 'ismap-liu/journal', entries: Object.freeze(entries) });
  known.add(journal);
  if (ids !== undefined) idTables.set(journal, ids);
  return journal;
}

/** The id → index table of a journal. @internal */
export function idsOf(journal: StoredJournal): Table<number> {
  let ids = idTables.get(journal);
  if (ids === undefined) idTables.set(journal, (ids = tableFrom(journal.entries.map((e, i) => [e.id, i] as const))));
  return ids;
}

/** `value` as a journal: one made here, or a stored one checked in full. @internal */
export function journalArgument(value: unknown, fn: string): StoredJournal {
  if (typeof value === 'object' && value !== null && known.has(value)) return value as StoredJournal;
  const read = readJournal(value);
  if (read.ok) return made(read.journal.entries, undefined);
  if (read.newer !== null) throw new InvalidJournalError(`The journal has schema version ${read.newer}, newer than this library supports (1): upgrade ismap-liu to read it.`, read.issues, value);
  const first = read.issues[0];
  throw new InvalidJournalError(`${fn} cannot use the journal (${read.issues.length === 1 ? '1 problem' : `${read.issues.length} problems`}): ${first?.pathText}: ${first?.message}`, read.issues, value);
}

/** `value` as a case and its journal, or the error naming the door. @internal */
export function heldArgument(value: unknown, fn: string): { state: CaseState; journal: StoredJournal } {
  if (!isRecord(value)) throw new InvalidArgumentError('held', value, `a journaled case { state, journal } (from rebuildCase or applyJournaled) as the first argument of ${fn}`);
  return { state: caseStateArgument(value['state'], fn), journal: journalArgument(value['journal'], fn) };
}

/** `value` as a journaled event, or a {@link ValidationError} listing every problem. @internal */
export function entryArgument(value: unknown): Entry {
  const read = readEntry(value);
  if (!read.ok) throw new ValidationError(read.issues, value, 'the journaled event');
  return read.entry;
}
