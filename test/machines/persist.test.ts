/**
 * Persistence v2: processes in an array (no id is a JSON key), the log replayed on restore, and
 * a digest; tampered snapshots refused with the first JSON path that differs; version 1 still
 * written on request and restored.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CASE_SCHEMA_VERSION, canonicalJson, fnv1a64, persistCase, restoreCase, type PersistedCase } from '../../src/machines/case/persist.js';
import { replay } from '../../src/machines/case/evaluate.js';
import { instancesOf, startCase, type CaseState } from '../../src/machines/case/state.js';
import { applyEvent } from '../../src/machines/case/step.js';
import { describeCase } from '../../src/machines/case/view.js';
import { CaseFileSchema } from '../../src/machines/events/caseFile.js';
import type { ParsedEvent } from '../../src/machines/events/catalogue.js';
import { InvalidSnapshotError } from '../../src/machines/errors.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { parseOrThrow } from '../../src/rules/schemas/index.js';
import { EXAMPLES, example } from './_support/cases.js';
import { choices, starts, walk } from './_support/walk.js';

const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 40) };

/** A deep, mutable copy through JSON, as a snapshot comes back from storage. */
type Json = PersistedCase & { processes: { process: string; id: string | null; value: unknown; context: Record<string, unknown> }[]; log: Record<string, unknown>[] | null; clock: { at: string; day: string; ms: number | null } | null; applied: number; digest: string };
const stored = (state: CaseState, options?: { log?: boolean }): Json => JSON.parse(JSON.stringify(persistCase(state, options))) as Json;

/** The digest a forger recomputes after editing a snapshot. */
function redigest(json: Json): Json {
  const { digest: _digest, ...body } = json;
  return { ...json, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` };
}

/** The issues of the InvalidSnapshotError `f` throws. */
function issuesOf(f: () => unknown): { code: string; pathText: string; message: string }[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSnapshotError);
    return [...(error as InvalidSnapshotError).issues];
  }
  expect.unreachable('restoreCase accepted the snapshot');
  return [];
}

/** An example replayed as evaluateCase replays it (refused events included). */
function evaluated(name: string): CaseState {
  const file = parseOrThrow(CaseFileSchema, example(name));
  return replay(startCase(file.service), file.events as readonly ParsedEvent[], null).state;
}

/** The events of Kintai Cloud's registration, then one more at a time. */
function applied(events: readonly Record<string, unknown>[], base = example('kintai-cloud-registration.json').events): CaseState {
  let c = startCase({ name: 'Kintai Cloud' });
  for (const e of [...base, ...events]) {
    const r = applyEvent(c, e);
    expect(r.ok, JSON.stringify(r.ok ? null : r.refusal)).toBe(true);
    if (r.ok) c = r.state;
  }
  return c;
}

const refusedByDigestOf = (json: unknown) => issuesOf(() => restoreCase(json, { verify: 'digest' }));
const tsuuchi = () => evaluated('tsuuchi-mail-incident-suspension.json');
const indexOf = (json: Json, process: string, id: string | null = null) => json.processes.findIndex((p) => p.process === process && p.id === id);

describe('the digest', () => {
  const reference = (text: string): string => {
    let h = 0xcbf29ce484222325n;
    for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h.toString(16).padStart(16, '0');
  };

  it('is FNV-1a 64-bit over UTF-8, as the reference vectors and a BigInt implementation say', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    for (const text of ['é', '日本語', '\u{1F600}', 'lone \ud800 surrogate', '\udc00', JSON.stringify(persistCase(tsuuchi()))]) expect(fnv1a64(text), text.slice(0, 20)).toBe(reference(text));
  });

  test.prop([fc.string({ unit: 'binary' })], RUNS)('agrees with the reference on any string', (text) => {
    expect(fnv1a64(text)).toBe(reference(text));
  });

  it('is taken over canonical JSON: keys sorted at every level, JSON.stringify otherwise', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: -0 }, undefined, Number.NaN], '': null })).toBe('{"":null,"a":[{"c":0},null,null],"b":1}');
    const json = JSON.parse('{"__proto__":{"x":1},"constructor":2}') as unknown;
    expect(canonicalJson(json)).toBe('{"__proto__":{"x":1},"constructor":2}');
  });

  it('does not depend on the order of keys or on a JSON round trip', () => {
    const p = persistCase(tsuuchi());
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(p)) as Record<string, unknown>).reverse());
    expect(restoreCase(reordered, { verify: 'digest' })).toBeDefined();
    expect(stored(restoreCase(reordered)).digest).toBe(p.digest);
  });
});

describe('schema version 2', () => {
  it('is what persistCase writes: processes in an array in view order, the log oldest first, a digest', () => {
    expect(CASE_SCHEMA_VERSION).toBe(2);
    const c = tsuuchi();
    const p = persistCase(c);
    expect(Object.keys(p)).toEqual(['schemaVersion', 'kind', 'service', 'clock', 'applied', 'processes', 'log', 'digest']);
    expect(p.processes.map((x) => [x.process, x.id])).toEqual([['procedure', null], ['registration', null], ['incident', 'INC-2024-01'], ['incident', 'INC-2025-02'], ['monitoring', null], ['reAudit', null], ['appeals', null]]);
    expect(p.log?.length).toBe(c.applied);
    expect(p.log?.[0]?.type).toBe('applicant.submittedPriorApplication');
    expect(p.log?.at(-1)?.at).toBe(c.clock?.at);
    expect(p.digest).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(persistCase(startCase({ name: 'X' })).log).toEqual([]);
  });

  it.each(EXAMPLES)('%s round-trips through JSON, verified by replay and by digest', (name) => {
    const c = evaluated(name);
    const json = stored(c);
    const byReplay = restoreCase(json);
    const byDigest = restoreCase(json, { verify: 'digest' });
    for (const back of [byReplay, byDigest]) {
      expect(persistCase(back)).toEqual(persistCase(c));
      for (const asOf of [c.clock?.at ?? '2024-01-01', '2027-06-30']) expect(describeCase(back, { asOf })).toEqual(describeCase(c, { asOf }));
    }
    expect(restoreCase(stored(c, { log: false }), { verify: 'digest' }).applied).toBe(c.applied);
  });

  it('a restored case steps on as the original does, and persists a log that replays', () => {
    const file = example('tsuuchi-mail-incident-suspension.json');
    let original = startCase(file.service);
    let restored = original;
    for (const e of file.events) {
      const a = applyEvent(original, e);
      const b = applyEvent(restored, e);
      expect(b.ok).toBe(a.ok);
      if (a.ok) original = a.state;
      if (b.ok) restored = restoreCase(stored(b.state));
    }
    expect(persistCase(restored)).toEqual(persistCase(original));
  });

  it('keeps ids that are Object.prototype names through a JSON round trip', () => {
    const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const c = applied([
      ...ids.map((incidentId, i) => ({ type: 'applicant.recognizedIncident', at: `2025-02-0${i + 3}`, incidentId, seriousness: 'serious' })),
      ...ids.map((changeId, i) => ({ type: 'applicant.notifiedSignificantControlChange', at: `2025-02-1${i + 1}`, changeId })),
    ]);
    const json = stored(c);
    expect(json.processes.filter((p) => p.id !== null).map((p) => [p.process, p.id, (p.context as { id?: unknown }).id])).toEqual([...ids.map((id) => ['incident', id, id]), ...ids.map((id) => ['change', id, id])]);
    for (const back of [restoreCase(json), restoreCase(json, { verify: 'digest' })]) {
      expect([...instancesOf(back, 'incident').keys()]).toEqual(ids);
      expect([...instancesOf(back, 'change').keys()]).toEqual(ids);
      expect(describeCase(back, { asOf: '2025-03-01' })).toEqual(describeCase(c, { asOf: '2025-03-01' }));
      expect(persistCase(back)).toEqual(persistCase(c));
    }
  });
});

describe('a tampered snapshot', () => {
  const refusedByReplay = (json: unknown) => issuesOf(() => restoreCase(json));
  const refusedByDigest = (json: unknown) => issuesOf(() => restoreCase(json, { verify: 'digest' }));

  it('with a state value edited is refused (tampered, at the value), even with its digest recomputed', () => {
    const json = stored(tsuuchi());
    const i = indexOf(json, 'registration');
    expect(json.processes[i]?.value).toEqual({ registered: 'valid' });
    json.processes[i]!.value = 'withdrawing';
    for (const edited of [json, redigest(json)]) {
      const [first] = refusedByReplay(edited);
      expect(first).toMatchObject({ code: 'tampered', pathText: `$.processes[${i}].value` });
    }
    expect(() => restoreCase(json)).toThrow(/not one the engine produced from its log/);
    expect(refusedByReplay(json).map((x) => x.code)).toEqual(['tampered', 'digest_mismatch']);
    expect(refusedByDigest(json).map((x) => x.code)).toContain('digest_mismatch');
  });

  it('with the clock moved back is refused (tampered, at the clock)', () => {
    const json = redigest({ ...stored(tsuuchi()), clock: { at: '2024-06-01', day: '2024-06-01', ms: null } });
    expect(refusedByReplay(json)[0]).toMatchObject({ code: 'tampered', pathText: '$.clock.at' });
    expect(refusedByDigest(json).map((x) => x.code)).toContain('invariant');
  });

  it("with a context's deadlines emptied is refused (tampered, at the first deadline missing)", () => {
    const json = stored(tsuuchi());
    const i = indexOf(json, 'incident', 'INC-2024-01');
    const clauses = Object.keys(json.processes[i]!.context['deadlines'] as object).sort();
    expect(clauses.length).toBeGreaterThan(0);
    json.processes[i]!.context['deadlines'] = {};
    const [first] = refusedByReplay(redigest(json));
    expect(first).toMatchObject({ code: 'tampered', pathText: `$.processes[${i}].context.deadlines["${clauses[0]}"]` });
    expect(refusedByDigest(json).map((x) => x.code)).toEqual(['digest_mismatch']);
  });

  it('with the registration edited to registered over an empty context is refused, by replay and by its invariants', () => {
    const json = stored(applied([], example('kintai-cloud-registration.json').events.slice(0, 3)));
    const i = indexOf(json, 'registration');
    expect(json.processes[i]?.value).toBe('unregistered');
    json.processes[i]!.value = { registered: 'valid' };
    expect(refusedByReplay(redigest(json))[0]).toMatchObject({ code: 'tampered', pathText: `$.processes[${i}].value` });
    const byDigest = refusedByDigest(redigest(json));
    expect(byDigest.map((x) => [x.code, x.pathText])).toEqual([
      ['invariant', `$.processes[${i}].context.registeredOn`],
      ['invariant', `$.processes[${i}].context.firstRegisteredOn`],
      ['invariant', `$.processes[${i}].context.auditPeriod`],
      ['invariant', `$.processes[${i}].context.deadlines`],
    ]);
    expect(refusedByDigest(json).map((x) => x.code)).toEqual(['digest_mismatch', 'invariant', 'invariant', 'invariant', 'invariant']);
  });

  it('with its log truncated is refused (tampered, at the count)', () => {
    const json = stored(tsuuchi());
    const cut = redigest({ ...json, log: json.log!.slice(0, -1) });
    expect(refusedByReplay(cut)[0]).toMatchObject({ code: 'tampered', pathText: '$.applied' });
    expect(refusedByDigest(cut).map((x) => [x.code, x.pathText])).toEqual([['invariant', '$.log'], ['invariant', '$.clock.at']]);
    expect(refusedByDigest({ ...json, log: json.log!.slice(0, -1) }).map((x) => x.code)).toContain('digest_mismatch');
  });

  it('with a logged event the engine would refuse is refused (tampered, at the event)', () => {
    const json = stored(tsuuchi());
    const log = [...json.log!];
    log[2] = { type: 'oso.acceptedPriorApplication', at: log[2]!['at'] };
    const [first] = refusedByReplay(redigest({ ...json, log }));
    expect(first).toMatchObject({ code: 'tampered', pathText: '$.log[2]' });
    expect(first?.message).toMatch(/refused when the log is replayed/);
  });

  it('with an instance under another id, a process twice or one missing is refused by its invariants', () => {
    const json = stored(tsuuchi());
    const i = indexOf(json, 'incident', 'INC-2024-01');
    const renamed = structuredClone(json);
    renamed.processes[i]!.id = 'INC-other';
    expect(refusedByDigest(redigest(renamed)).map((x) => [x.code, x.pathText])).toEqual([['invariant', `$.processes[${i}].context.id`]]);
    const twice = { ...json, processes: [...json.processes, json.processes[0]!] };
    expect(refusedByDigest(redigest(twice)).map((x) => [x.code, x.pathText])).toEqual([['duplicate_process', `$.processes[${json.processes.length}]`]]);
    const missing = { ...json, processes: json.processes.filter((p) => p.process !== 'appeals') };
    expect(refusedByDigest(redigest(missing)).map((x) => [x.code, x.pathText])).toEqual([['missing_process', '$.processes']]);
    const single = structuredClone(json);
    single.processes[0]!.id = 'x';
    expect(refusedByDigest(redigest(single)).map((x) => x.code)).toEqual(['invalid_id']);
  });

  it('is refused with the problems of its shape first, each with its path', () => {
    const json = stored(tsuuchi());
    const bad = { ...json, processes: [{ ...json.processes[0], process: 'party' }], log: [{ type: 'time.passed' }] };
    expect(refusedByReplay(bad).map((x) => x.pathText)).toEqual(['$.processes[0].process', '$.log[0].at']);
  });
});

describe('verifying by digest', () => {
  it('accepts an untouched snapshot and refuses an edited context (digest_mismatch)', () => {
    const c = tsuuchi();
    expect(persistCase(restoreCase(stored(c), { verify: 'digest' }))).toEqual(persistCase(c));
    const json = stored(c);
    json.processes[indexOf(json, 'incident', 'INC-2024-01')]!.context['description'] = 'Nothing happened';
    const issues = refusedByDigestOf(json);
    expect(issues.map((x) => [x.code, x.pathText])).toEqual([['digest_mismatch', '$.digest']]);
    expect(issues[0]?.message).toMatch(/changed or truncated since persistCase wrote it/);
  });

  it('works without a log ({ log: false }), which replay refuses with a pointer to digest', () => {
    const c = tsuuchi();
    const json = stored(c, { log: false });
    expect(json.log).toBeNull();
    const back = restoreCase(json, { verify: 'digest' });
    expect(describeCase(back, { asOf: '2025-06-01' })).toEqual(describeCase(c, { asOf: '2025-06-01' }));
    expect(back.log).toBeNull();
    expect(issuesOf(() => restoreCase(json)).map((x) => [x.code, x.pathText])).toEqual([['no_log', '$.log']]);
    expect(() => restoreCase(json)).toThrow(/\{ verify: 'digest' \}/);
    json.processes[0]!.context['round'] = 9;
    expect(refusedByDigestOf(json).map((x) => x.code)).toEqual(['digest_mismatch']);
  });

  it('refuses a snapshot without a digest, which replay accepts', () => {
    const { digest: _digest, ...json } = stored(tsuuchi());
    expect(refusedByDigestOf(json).map((x) => x.code)).toEqual(['no_digest']);
    expect(restoreCase(json).applied).toBe(tsuuchi().applied);
  });

  it('refuses an unknown verify mode, and options that are not options', () => {
    expect(() => restoreCase(stored(tsuuchi()), { verify: 'trust' as 'digest' })).toThrow(InvalidArgumentError);
    expect(() => restoreCase(stored(tsuuchi()), { verify: 'trust' as 'digest' })).toThrow(/options\.verify "trust": expected 'replay' or 'digest'/);
    expect(() => restoreCase(stored(tsuuchi()), null as never)).toThrow(InvalidArgumentError);
    expect(() => restoreCase(stored(tsuuchi()), { verfy: 'digest' } as never)).toThrow(/option in the options of restoreCase "verfy"/);
  });

  it('gives the snapshot numbers their real range (a clock inside the calendar, counts that are whole and not negative)', () => {
    const json = stored(tsuuchi()) as unknown as { clock: { ms: number | null }; applied: number };
    for (const [field, value] of [['ms', -1e308], ['ms', 1e308], ['ms', 0.5], ['ms', Number.NaN]] as const) {
      const bad = structuredClone(json);
      bad.clock[field] = value;
      expect(() => restoreCase(bad, { verify: 'digest' })).toThrow(InvalidSnapshotError);
    }
    for (const value of [-1, 1.5, 2 ** 60, Number.POSITIVE_INFINITY]) {
      expect(() => restoreCase({ ...json, applied: value }, { verify: 'digest' })).toThrow(InvalidSnapshotError);
    }
  });

  it('names a BigInt schema version without failing to build its message', () => {
    expect(() => restoreCase({ ...(stored(tsuuchi()) as object), schemaVersion: 10n })).toThrow(/schemaVersion is 10n?, expected 1 or 2/);
  });

  test.prop([choices(20), starts], RUNS)('accepts every state of a random walk, with or without its log, as replay does', (list, start) => {
    walk(list, ({ result }) => {
      const json = stored(result.state);
      const expected = persistCase(result.state);
      expect(persistCase(restoreCase(json, { verify: 'digest' }))).toEqual(expected);
      expect(persistCase(restoreCase(stored(result.state, { log: false }), { verify: 'digest' }), { log: false })).toEqual(persistCase(result.state, { log: false }));
    }, start);
  }, 60_000);
});

describe('schema version 1', () => {
  it('is written with { schemaVersion: 1 } and still restores, by either verify mode', () => {
    const c = tsuuchi();
    const json = JSON.parse(JSON.stringify(persistCase(c, { schemaVersion: 1 }))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'kind', 'service', 'clock', 'applied', 'machines', 'incidents', 'changes']);
    for (const back of [restoreCase(json), restoreCase(json, { verify: 'digest' })]) {
      expect(persistCase(back, { schemaVersion: 1 })).toEqual(persistCase(c, { schemaVersion: 1 }));
      expect(describeCase(back, { asOf: '2025-06-01' })).toEqual(describeCase(c, { asOf: '2025-06-01' }));
      // Without a log, what it persists as version 2 restores by digest only.
      expect(persistCase(back).log).toBeNull();
      expect(restoreCase(persistCase(back), { verify: 'digest' }).applied).toBe(c.applied);
    }
  });

  it('is checked for its invariants too', () => {
    const json = JSON.parse(JSON.stringify(persistCase(applied([], example('kintai-cloud-registration.json').events.slice(0, 3)), { schemaVersion: 1 }))) as { machines: { registration: { value: unknown } } };
    json.machines.registration.value = { registered: 'valid' };
    expect(issuesOf(() => restoreCase(json)).map((x) => x.pathText)[0]).toBe('$.machines.registration.context.registeredOn');
  });

  it('refuses a version above 2 as newer', () => {
    expect(issuesOf(() => restoreCase({ ...persistCase(startCase({ name: 'X' })), schemaVersion: 3 })).map((x) => x.code)).toEqual(['newer_version']);
  });
});

describe('contexts of earlier versions', () => {
  it('an incident persisted with 18.2(6) as a deadline restores with the first day of the ground instead', () => {
    const events = example('tsuuchi-mail-incident-suspension.json').events.slice(0, 15);
    const state = replay(startCase({ name: 'Tsuuchi Mail' }), events as ParsedEvent[], null).state;
    const v1 = JSON.parse(JSON.stringify(persistCase(state, { schemaVersion: 1 }))) as { incidents: Record<string, { context: Record<string, unknown> }> };
    const context = v1.incidents['INC-2024-01']?.context as { deadlines: Record<string, unknown>; scSuspension: Record<string, unknown> };
    const groundFrom = context.scSuspension['deletionGroundFrom'];
    expect(groundFrom).toBe('2025-12-27'); // occurred 2024-12-26 22:00 JST: one year to 2025-12-26 (民法 140, 143)
    delete context.scSuspension['deletionGroundFrom'];
    context.deadlines['18.2(6)'] = { clause: '18.2(6)', from: '2024-12-26', startDay: '2024-12-27', lastDay: '2025-12-26', lastDayIfExtended: '2026-01-05', provisional: false, owedBy: 'SC', act: 'x', forms: ['2-16'], kind: 'hard', consequence: null, interpretations: [], steps: [] };
    const restored = restoreCase(v1);
    const incident = instancesOf(restored, 'incident').get('INC-2024-01');
    expect(incident?.context.scSuspension?.deletionGroundFrom).toBe('2025-12-27');
    expect(Object.keys(incident?.context.deadlines ?? {})).toEqual(['13.2', '13.3']);
  });
});
