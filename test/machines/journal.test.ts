/**
 * The event journal: appending (validation, duplicates, reused ids, time order), stored journals
 * checked in full, idempotent application, checkpoints and rebuilding after a crash.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  InvalidJournalError,
  JournalConflictError,
  appendEvent,
  applyJournaled,
  checkpointOf,
  emptyJournal,
  isInvalidJournalError,
  isJournalConflictError,
  rebuildCase,
  type Journal,
  type JournaledCase,
  type JournaledStep,
} from '../../src/machines/case/journal.js';
import { persistCase } from '../../src/machines/case/persist.js';
import { startCase } from '../../src/machines/case/state.js';
import { applyEvent } from '../../src/machines/case/step.js';
import { describeCase } from '../../src/machines/case/view.js';
import { InvalidSnapshotError } from '../../src/machines/errors.js';
import { InvalidArgumentError, isIsmapLiuError } from '../../src/errors.js';
import { ValidationError } from '../../src/rules/schemas/index.js';
import { example } from './_support/cases.js';
import { SERVICE, choices, starts, walk } from './_support/walk.js';
import { thrown } from '../_support/thrown.js';

const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 40) };

type Event = Record<string, unknown>;
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const tick = (id: string, at: string): Event => ({ id, type: 'time.passed', at });
const fresh = (name = 'Tsuuchi Mail'): JournaledCase => ({ state: startCase({ name }), journal: emptyJournal() });

/** The events of a shipped example, each with an id `<prefix><index>`. */
function withIds(name: string, prefix = 'e'): Event[] {
  return example(name).events.map((e, i) => ({ id: `${prefix}${i}`, ...e }));
}

/** `held` after each event, failing on anything but `expected`. */
function deliver(held: JournaledCase, events: readonly Event[], expected: JournaledStep['status'] = 'applied'): JournaledCase {
  for (const e of events) {
    const r = applyJournaled(held, e);
    expect(r.status, `${String(e['id'])}: ${r.status === 'refused' ? r.refusal.message : ''}`).toBe(expected);
    held = r;
  }
  return held;
}


const issuesOf = (error: unknown) => (error as { issues: { code: string; pathText: string; message: string }[] }).issues;

describe('appendEvent', () => {
  it('appends in time order, positions from 1, into a new frozen journal', () => {
    const empty = emptyJournal();
    const a = appendEvent(empty, tick('a', '2024-04-01'));
    const b = appendEvent(a.journal, tick('b', '2024-04-01T10:00+09:00'));
    const c = appendEvent(b.journal, tick('c', '2024-04-01T10:00+09:00'));
    expect([a.status, a.position, b.position, c.position]).toEqual(['appended', 1, 2, 3]);
    expect(c.journal.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(empty.entries).toEqual([]);
    expect(a.journal.entries).toHaveLength(1);
    expect(Object.isFrozen(c.journal) && Object.isFrozen(c.journal.entries) && Object.isFrozen(c.journal.entries[0])).toBe(true);
    expect(json(c.journal)).toEqual({ schemaVersion: 1, kind: 'ismap-liu/journal', entries: [tick('a', '2024-04-01'), tick('b', '2024-04-01T10:00+09:00'), tick('c', '2024-04-01T10:00+09:00')] });
  });

  it('takes the same event under the same id as a duplicate, whatever the order of its keys, and changes nothing', () => {
    const event = { id: 'inc-1', type: 'applicant.recognizedIncident', at: '2024-12-27T15:00+09:00', incidentId: 'INC-1', seriousness: 'serious' };
    const first = appendEvent(emptyJournal(), event);
    const again = appendEvent(first.journal, { seriousness: 'serious', incidentId: 'INC-1', at: '2024-12-27T15:00+09:00', type: 'applicant.recognizedIncident', id: 'inc-1' });
    expect(again).toEqual({ status: 'duplicate', journal: first.journal, position: 1 });
    expect(again.journal).toBe(first.journal);
  });

  it('answers a redelivery of an old event as a duplicate even after later events (not as out of order)', () => {
    let j = appendEvent(emptyJournal(), tick('a', '2024-04-01')).journal;
    j = appendEvent(j, tick('b', '2024-05-01')).journal;
    expect(appendEvent(j, tick('a', '2024-04-01'))).toMatchObject({ status: 'duplicate', position: 1 });
  });

  it('refuses an id reused for a different event with a JournalConflictError naming both', () => {
    const j = appendEvent(emptyJournal(), tick('e-1', '2024-04-01')).journal;
    const error = thrown(() => appendEvent(j, tick('e-1', '2024-04-02')));
    expect(error).toBeInstanceOf(JournalConflictError);
    expect(isJournalConflictError(error) && isIsmapLiuError(error)).toBe(true);
    const e = error as JournalConflictError;
    expect([e.code, e.id, e.position, e.journaled]).toEqual(['journal_conflict', 'e-1', 1, tick('e-1', '2024-04-01')]);
    expect(e.message).toBe('The event id "e-1" is already in the journal (entry 1: time.passed at 2024-04-01) for a different event (time.passed at 2024-04-02): an id names one event, so a new event needs a new id.');
    expect(e.expected).toBe('the event journaled as "e-1" (a duplicate delivery), or a new id');
    // The same type and date with another payload is another event too, and says so.
    const withNote = thrown(() => appendEvent(j, { ...tick('e-1', '2024-04-01'), note: 'again' })) as JournalConflictError;
    expect(withNote.message).toContain('(time.passed at 2024-04-01, with another payload)');
  });

  it('refuses an event dated before the last entry, not journaled, as the engine words it', () => {
    const j = appendEvent(emptyJournal(), tick('a', '2024-04-01T10:00+09:00')).journal;
    const r = appendEvent(j, tick('b', '2024-04-01T09:59+09:00'));
    expect(r.status).toBe('refused');
    expect(r.journal).toBe(j);
    expect(r.position).toBeNull();
    if (r.status !== 'refused') return;
    expect(r.refusal).toEqual({
      index: null, type: 'time.passed', at: '2024-04-01T09:59+09:00', code: 'out_of_order',
      message: 'The event "b" of 2024-04-01T09:59+09:00 goes back in time: the journal is already at 2024-04-01T10:00+09:00 (event "a"). Events must come in time order.',
      clauses: [], process: null, instance: null, states: [], guards: [],
    });
    // A date is the whole day: never before an instant of the same day (as the engine reads it).
    expect(appendEvent(j, tick('c', '2024-04-01')).status).toBe('appended');
    expect(appendEvent(j, tick('d', '2024-03-31')).status).toBe('refused');
  });

  it('validates the event and its id, listing every problem with its path', () => {
    const problems = (event: unknown) => {
      const error = thrown(() => appendEvent(emptyJournal(), event));
      expect(error).toBeInstanceOf(ValidationError);
      return issuesOf(error).map((i) => `${i.code} ${i.pathText}`);
    };
    expect(problems({ type: 'time.passed', at: '2024-04-01' })).toEqual(['missing_id $.id']);
    expect(problems(tick('', '2024-04-01'))).toEqual(['invalid_id $.id']);
    expect(problems({ ...tick('x', '2024-04-01'), id: 7 })).toEqual(['invalid_id $.id']);
    expect(problems(tick('x'.repeat(257), '2024-04-01'))).toEqual(['invalid_id $.id']);
    expect(appendEvent(emptyJournal(), tick('x'.repeat(256), '2024-04-01')).status).toBe('appended');
    expect(problems({ id: '', type: 'time.passed', at: '2024-02-30' })).toEqual(['invalid_id $.id', 'no_such_day $.at']);
    expect(problems(JSON.parse('{ "id": "p", "type": "time.passed", "at": "2024-04-01", "__proto__": { "polluted": true } }'))).toEqual(['unrecognized_keys $']);
    expect(problems(null)).toEqual(['invalid_type $']);
    expect(problems([tick('x', '2024-04-01')])).toEqual(['invalid_type $']);
    const message = (thrown(() => appendEvent(emptyJournal(), { type: 'time.passed', at: '2024-04-01' })) as ValidationError).message;
    expect(message).toBe('Cannot use the journaled event (1 problem):\n- $.id: The event id is missing: a journaled event is a case event with an id, a non-empty string of at most 256 characters that names it (a redelivery carries the same id).');
  });

  it('shows an id with control characters escaped in its messages', () => {
    const j = appendEvent(emptyJournal(), tick('a\u001b[31m', '2024-04-02')).journal;
    expect((thrown(() => appendEvent(j, tick('a\u001b[31m', '2024-04-03'))) as Error).message).toContain('"a\\u001b[31m"');
    const r = appendEvent(j, tick('b\u202e', '2024-04-01'));
    expect(r.status === 'refused' && r.refusal.message).toContain('"b\\u202e"');
  });
});

describe('a stored journal', () => {
  const stored = () => json(appendEvent(appendEvent(emptyJournal(), tick('a', '2024-04-01')).journal, tick('b', '2024-04-02')).journal) as unknown as { schemaVersion: unknown; kind: unknown; entries: Event[] } & Record<string, unknown>;
  const problems = (value: unknown) => {
    const error = thrown(() => appendEvent(value as Journal, tick('z', '2024-05-01')));
    expect(error).toBeInstanceOf(InvalidJournalError);
    expect(isInvalidJournalError(error)).toBe(true);
    expect((error as InvalidJournalError).code).toBe('invalid_journal');
    return issuesOf(error).map((i) => `${i.code} ${i.pathText}`);
  };

  it('is accepted back from JSON, and appended to as the original', () => {
    const r = appendEvent(stored() as unknown as Journal, tick('c', '2024-04-03'));
    expect([r.status, r.position]).toEqual(['appended', 3]);
    expect(appendEvent(stored() as unknown as Journal, tick('a', '2024-04-01')).status).toBe('duplicate');
  });

  it('is checked in full: envelope, every entry, ids once, time order', () => {
    expect(problems(null)).toEqual(['invalid_type $']);
    expect(problems({ ...stored(), entries: 'none' })).toEqual(['invalid_type $.entries']);
    expect(problems({ ...stored(), kind: 'ismap-liu/case', extra: 1 })).toEqual(['invalid_kind $.kind', 'unrecognized_keys $.extra']);
    expect(problems({ ...stored(), schemaVersion: 0 })).toEqual(['unknown_version $.schemaVersion']);
    const s = stored();
    s.entries.push(tick('a', '2024-04-03'), tick('c', '2024-03-01'), { ...tick('d', '2024-05-01'), at: 'soon' });
    expect(problems(s)).toEqual(['duplicate_id $.entries[2].id', 'out_of_order $.entries[3].at', 'not_a_date_or_instant $.entries[4].at']);
  });

  it('says a newer schema version is newer, and counts what it does not list', () => {
    const error = thrown(() => appendEvent({ ...stored(), schemaVersion: 2 } as unknown as Journal, tick('z', '2024-05-01'))) as InvalidJournalError;
    expect(error.message).toBe('The journal has schema version 2, newer than this library supports (1): upgrade ismap-liu to read it.');
    const many = stored();
    many.entries = Array.from({ length: 150 }, (_, i) => ({ id: i, type: 'time.passed', at: '2024-04-01' }));
    const listed = issuesOf(thrown(() => appendEvent(many as unknown as Journal, tick('z', '2024-05-01'))));
    expect(listed).toHaveLength(101);
    expect(listed.at(-1)).toMatchObject({ code: 'too_many_issues', omitted: 50 });
  });

  it('refuses an input beyond the limits before reading it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(problems({ ...stored(), entries: [deep] })).toEqual(['too_deep $.entries[0]' + '[0]'.repeat(62)]);
  });
});

describe('applyJournaled', () => {
  const registered = () => deliver(fresh(), withIds('tsuuchi-mail-incident-suspension.json').slice(0, 13));

  it('journals and applies each event, as applyEvent applies it', () => {
    const held = registered();
    let plain = startCase({ name: 'Tsuuchi Mail' });
    for (const e of example('tsuuchi-mail-incident-suspension.json').events.slice(0, 13)) plain = applyEvent(plain, e).state;
    expect(persistCase(held.state)).toEqual(persistCase(plain));
    expect(held.journal.entries.map((e) => e.id)).toEqual(Array.from({ length: 13 }, (_, i) => `e${i}`));
    // The engine's log holds the events without their ids.
    expect(persistCase(held.state).log?.every((e) => !('id' in e))).toBe(true);
  });

  it('journals an event the engine refuses, so that its redelivery is a duplicate even once it would be allowed', () => {
    let held = fresh();
    const [submitted, accepted] = withIds('tsuuchi-mail-incident-suspension.json') as [Event, Event];
    // OSO's acceptance first: not allowed before a Prior Application (4.1).
    const early = applyJournaled(held, { ...accepted, at: '2024-03-04' });
    expect(early).toMatchObject({ status: 'refused', position: 1, refusal: { code: 'not_allowed' } });
    expect(early.state).toBe(held.state);
    held = early;
    held = applyJournaled(held, submitted);
    expect(applyJournaled(held, { ...accepted, at: '2024-03-04' })).toMatchObject({ status: 'duplicate', position: 1 });
    expect(held.state.applied).toBe(1);
  });

  it('neither journals nor applies an event out of time order', () => {
    const held = registered();
    const r = applyJournaled(held, tick('late', '2024-01-01'));
    expect(r).toMatchObject({ status: 'refused', position: null, refusal: { code: 'out_of_order' } });
    expect(r.journal).toBe(held.journal);
    expect(r.state).toBe(held.state);
  });

  it('throws on a reused id and leaves what the host holds as it was', () => {
    const held = registered();
    const before = json(held.journal);
    expect(() => applyJournaled(held, tick('e3', '2025-01-01'))).toThrow(JournalConflictError);
    expect(json(held.journal)).toEqual(before);
  });

  it('refuses what is not a case and its journal, naming the door', () => {
    expect(() => applyJournaled(null as never, tick('a', '2024-04-01'))).toThrow(InvalidArgumentError);
    expect(() => applyJournaled({ state: {}, journal: emptyJournal() } as never, tick('a', '2024-04-01'))).toThrow(/applyJournaled/);
    expect(() => applyJournaled({ state: startCase({ name: 'X' }), journal: [] } as never, tick('a', '2024-04-01'))).toThrow(InvalidJournalError);
  });
});

describe('checkpoints and rebuilding', () => {
  const incident = withIds('tsuuchi-mail-incident-suspension.json');

  it('rebuilds the case a host held from any checkpoint and the journal, through JSON', () => {
    let held = fresh();
    const checkpoints = [json(checkpointOf(held))];
    for (const e of incident) {
      held = applyJournaled(held, e);
      checkpoints.push(json(checkpointOf(held)));
    }
    const journal = json(held.journal);
    const expected = persistCase(held.state);
    for (const cp of [checkpoints[0], checkpoints[13], checkpoints.at(-1)]) {
      const back = rebuildCase(cp as never, journal);
      expect(persistCase(back.state)).toEqual(expected);
      expect(back.journal.entries).toEqual(held.journal.entries);
      expect(describeCase(back.state, { asOf: '2025-03-31' })).toEqual(describeCase(held.state, { asOf: '2025-03-31' }));
    }
    expect(checkpoints[13]).toMatchObject({ kind: 'ismap-liu/checkpoint', position: 13, lastId: 'e12' });
  });

  it('rebuilds from a checkpoint without a log, verified by digest', () => {
    let held = deliver(fresh(), incident.slice(0, 13));
    const cp = json(checkpointOf(held, { log: false }));
    expect(cp.case.log).toBeNull();
    held = deliver(held, incident.slice(13, 16));
    expect(() => rebuildCase(cp, held.journal)).toThrow(InvalidSnapshotError);
    const back = rebuildCase(cp, held.journal, { verify: 'digest' });
    expect(persistCase(back.state, { log: false })).toEqual(persistCase(held.state, { log: false }));
  });

  it('refuses a checkpoint of another journal, or beyond it', () => {
    const held = deliver(fresh(), incident.slice(0, 5));
    const cp = json(checkpointOf(held));
    const other = deliver(fresh(), incident.slice(0, 5).map((e) => ({ ...e, id: `x-${String(e['id'])}` })));
    const codes = (f: () => unknown) => issuesOf(thrown(f)).map((i) => `${i.code} ${i.pathText}`);
    expect(codes(() => rebuildCase(cp, other.journal))).toEqual(['not_this_journal $.lastId']);
    expect(codes(() => rebuildCase(cp, deliver(fresh(), incident.slice(0, 4)).journal))).toEqual(['beyond_journal $.position']);
    expect(codes(() => rebuildCase({ ...cp, position: -1, kind: 'x' } as never, held.journal))).toEqual(['invalid_kind $.kind', 'invalid_position $.position']);
    const error = thrown(() => rebuildCase(cp, other.journal)) as InvalidJournalError;
    expect(error.message).toBe('The checkpoint cannot be used with this journal: $.lastId: The checkpoint\'s last entry is "e4", but the journal\'s entry 5 is "x-e4": the checkpoint is not of this journal.');
    expect(error.expected).toBe('a checkpoint written by checkpointOf for this journal');
  });

  it('refuses a snapshot later than its position, and a snapshot that does not restore (paths under $.case)', () => {
    const held = deliver(fresh(), incident.slice(0, 13));
    const late = { ...json(checkpointOf(held)), position: 5, lastId: 'e4' };
    expect(issuesOf(thrown(() => rebuildCase(late, held.journal))).map((i) => `${i.code} ${i.pathText}`)).toEqual(['not_this_journal $.entries[5]']);
    const cp = json(checkpointOf(held)) as unknown as { case: { applied: number } };
    cp.case.applied = 99;
    const error = thrown(() => rebuildCase(cp as never, held.journal));
    expect(error).toBeInstanceOf(InvalidSnapshotError);
    expect(issuesOf(error)[0]?.pathText.startsWith('$.case.')).toBe(true);
    expect((error as Error).message.startsWith("The checkpoint's case cannot be restored: ")).toBe(true);
  });

  it('checks the options of checkpointOf', () => {
    expect(() => checkpointOf(fresh(), { log: 'no' } as never)).toThrow(InvalidArgumentError);
    expect(() => checkpointOf(fresh(), { logs: false } as never)).toThrow(InvalidArgumentError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** A walk's events, each with an id. */
const identified = (events: readonly Event[]) => events.map((e, i) => ({ id: `w${i}`, ...e }));

describe('properties', () => {
  test.prop([choices(25), starts, fc.nat()], RUNS)('rebuilding from any checkpoint and the journal gives the case applied from scratch', (list, start, at) => {
    const { state, events } = walk(list, undefined, start);
    let held: JournaledCase = { state: startCase(SERVICE), journal: emptyJournal() };
    const checkpoints = [json(checkpointOf(held))];
    for (const e of identified(events)) {
      held = applyJournaled(held, e);
      checkpoints.push(json(checkpointOf(held)));
    }
    expect(persistCase(held.state)).toEqual(persistCase(state));
    const cp = checkpoints[at % checkpoints.length] as (typeof checkpoints)[number];
    const back = rebuildCase(cp, json(held.journal));
    expect(persistCase(back.state)).toEqual(persistCase(state));
    expect(back.journal.entries).toEqual(held.journal.entries);
  }, 120_000);

  test.prop([choices(25), starts, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 })], RUNS)('delivering events again, anywhere later, changes nothing', (list, start, repeats) => {
    const { state, events } = walk(list, undefined, start);
    const once = identified(events);
    // Each repeat delivers event i again after event j (j ≥ i): a redelivery comes after the original.
    const deliveries: { event: Event; again: boolean }[] = once.map((event) => ({ event, again: false }));
    for (const [a, b] of repeats) {
      if (once.length === 0) break;
      const i = a % once.length;
      const original = deliveries.findIndex((d) => d.event === once[i] && !d.again);
      const where = original + 1 + (b % (deliveries.length - original));
      deliveries.splice(where, 0, { event: { ...(once[i] as Event) }, again: true });
    }
    let held: JournaledCase = { state: startCase(SERVICE), journal: emptyJournal() };
    for (const d of deliveries) {
      const r = applyJournaled(held, d.event);
      if (d.again) {
        expect(r.status).toBe('duplicate');
        expect(r.state).toBe(held.state);
        expect(r.journal).toBe(held.journal);
      }
      held = r;
    }
    expect(persistCase(held.state)).toEqual(persistCase(state));
    expect(held.journal.entries.map((e) => e.id)).toEqual(once.map((e) => e.id));
  }, 120_000);

  test.prop([choices(15), starts, fc.nat(), fc.string({ minLength: 1, maxLength: 12 })], RUNS)('a journaled id given with another event is refused and changes nothing', (list, start, pick, note) => {
    const { events } = walk(list, undefined, start);
    let held: JournaledCase = { state: startCase(SERVICE), journal: emptyJournal() };
    for (const e of identified(events)) held = applyJournaled(held, e);
    const entries = held.journal.entries;
    if (entries.length === 0) return;
    const original = entries[pick % entries.length] as Event;
    if (note.trim() === '') return; // a blank note is refused by the schema first
    const changed = { ...original, note: original['note'] === note ? `${note}!` : note };
    const before = persistCase(held.state);
    const error = thrown(() => applyJournaled(held, changed));
    expect(error).toBeInstanceOf(JournalConflictError);
    expect((error as JournalConflictError).id).toBe(original['id']);
    expect(() => appendEvent(held.journal, changed)).toThrow(JournalConflictError);
    expect(persistCase(held.state)).toEqual(before);
  }, 120_000);

  test.prop([choices(20), starts], RUNS)('every entry reads back from JSON as itself', (list, start) => {
    const { events } = walk(list, undefined, start);
    let journal = emptyJournal();
    for (const e of identified(events)) journal = appendEvent(journal, e).journal;
    const back = appendEvent(json(journal), tick('zz', '2099-12-31'));
    expect(back.status).toBe('appended');
    expect(back.journal.entries.slice(0, -1)).toEqual(journal.entries);
  }, 60_000);
});
