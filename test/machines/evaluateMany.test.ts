/**
 * `evaluateMany` and `summarizeResults`: results in input order, errors as data, the summary
 * counted by hand, and the laws on random walks (each result is what evaluateCase says of its
 * case alone; a bad case in the middle changes no other result).
 */
import { describe, expect, expectTypeOf } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { BasisMismatchError, InvalidArgumentError, ValidationError, evaluateCase, evaluateMany, summarizeResults, type AsyncManyRun, type ManyResult, type ManyRun } from '../../src/index.js';
import { arbHostile } from '../arbitraries/index.js';
import { example, kintaiWithUnreportedIncidents } from './_support/cases.js';
import { SERVICE, choices, starts, walk } from './_support/walk.js';

const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 25) };
const kintai = example('kintai-cloud-registration.json');
const tsuuchi = example('tsuuchi-mail-incident-suspension.json');
const hyoka = example('hyoka-forms-suspended-registration-rejected.json');
/** Kintai Cloud with two serious incidents (3 and 4 February 2025) never reported, and an event the rules do not allow. */
const incidents = kintaiWithUnreportedIncidents([{ type: 'oso.acceptedPriorApplication', at: '2025-02-05' }]);
const AS_OF = '2025-03-20';

/** What evaluateMany should say of one case: evaluateCase's answer, or the error's toJSON(). */
function alone(caseFile: unknown, asOf: string | undefined): { ok: true; evaluation: unknown } | { ok: false; error: unknown } {
  try {
    if (asOf === undefined) throw new InvalidArgumentError('asOf', undefined, 'x');
    return { ok: true, evaluation: evaluateCase(caseFile, { asOf }) };
  } catch (error) {
    if (error instanceof ValidationError || error instanceof InvalidArgumentError) return { ok: false, error: error.toJSON() };
    throw error;
  }
}

describe('evaluateMany: hand-worked population', () => {
  const entries = [
    kintai, // registered, nothing overdue
    { id: 'T-1', caseFile: tsuuchi, asOf: '2025-02-01' }, // suspended; 9 events after the as-of day
    { service: { name: 'No events' } }, // not a case file: events missing
    { id: 7, caseFile: hyoka, asOf: '2025-06-01' }, // rejected; 1 event not allowed
    incidents, // 13.2 and 13.3 overdue for both incidents; 1 event not allowed
    { id: 'X', caseFile: kintai, asof: '2025-03-01' }, // a misspelt key
    { caseFile: kintai, asOf: '2025-03-01T10:00' }, // an instant without offset
  ];
  const run = evaluateMany(entries, { asOf: AS_OF });
  const results = [...run];

  test('one result per entry, in order, with its id; errors as data', () => {
    expect(results.map((r) => [r.index, r.id, r.ok])).toEqual([
      [0, null, true],
      [1, 'T-1', true],
      [2, null, false],
      [3, 7, true],
      [4, null, true],
      [5, null, false],
      [6, null, false],
    ]);
    const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(errors.map((e) => [e.name, e.code])).toEqual([
      ['ValidationError', 'validation_failed'],
      ['InvalidArgumentError', 'invalid_argument'],
      ['ValidationError', 'validation_failed'],
    ]);
    expect(errors[0]?.issues?.map((i) => i['pathText'])).toEqual(['$.events']);
    expect(errors[1]?.message).toContain('asof');
    expect(errors[2]?.message).toContain('2025-03-01T10:00');
  });

  test('each evaluation is what evaluateCase answers for that case alone', () => {
    const asOfs = [AS_OF, '2025-02-01', AS_OF, '2025-06-01', AS_OF];
    [0, 1, 3, 4].forEach((i) => {
      const entry = entries[i] as { caseFile?: unknown };
      const result = results[i] as ManyResult;
      expect(result.ok && result.evaluation).toEqual(evaluateCase(entry.caseFile ?? entry, { asOf: asOfs[i] as string }));
    });
  });

  test('the summary, counted by hand', () => {
    const summary = run.summary;
    expect(summary).toEqual({
      cases: 7,
      evaluated: 4,
      failed: 3,
      listStatus: { unregistered: 1, registered: 2, suspended: 1, deleted: 0 },
      procedureStates: { 'procedure.registered': 3, 'procedure.rejected': 1 },
      casesWithOverdue: 1,
      overdueByClause: { '13.2': 2, '13.3': 2 },
      refusedByCode: { after_as_of: 9, not_allowed: 2 },
      errorsByCode: { invalid_argument: 1, validation_failed: 2 },
    });
    expect(Object.keys(summary.refusedByCode)).toEqual(['after_as_of', 'not_allowed']);
    expect(Object.getPrototypeOf(summary.overdueByClause)).toBe(null);
  });

  test('summarizeResults of the results, or of their JSON, is the run summary', () => {
    expect(summarizeResults(results)).toEqual(run.summary);
    expect(summarizeResults(JSON.parse(JSON.stringify(results)) as ManyResult[])).toEqual(run.summary);
  });
});

describe('evaluateMany: the run', () => {
  test('the summary follows the iteration, and is the generator return value', () => {
    const run = evaluateMany([kintai, tsuuchi, incidents], { asOf: AS_OF });
    expect(run.summary.cases).toBe(0);
    run.next();
    expect(run.summary).toMatchObject({ cases: 1, evaluated: 1, listStatus: { registered: 1 } });
    run.next();
    run.next();
    const end = run.next();
    expect(end).toEqual({ done: true, value: run.summary });
    expect(run.summary.cases).toBe(3);
  });

  test('it is lazy: an endless iterable is read one case at a time', () => {
    let read = 0;
    function* endless() {
      for (;;) {
        read++;
        yield kintai;
      }
    }
    const run = evaluateMany(endless(), { asOf: AS_OF });
    expect(read).toBe(0);
    const first = run.next().value as ManyResult;
    expect([first.index, first.ok, read]).toEqual([0, true, 1]);
    run.return(run.summary);
  });

  test('an async iterable gives an async generator with the same results', async () => {
    const entries = [kintai, 42, { id: 'T', caseFile: tsuuchi }];
    async function* source() {
      for (const e of entries) yield e;
    }
    const run = evaluateMany(source(), { asOf: AS_OF });
    const got: ManyResult[] = [];
    for await (const r of run) got.push(r);
    expect(got).toEqual([...evaluateMany(entries, { asOf: AS_OF })]);
    expect(run.summary.cases).toBe(3);
  });

  test('a case without asOf, and no default: an error row for that case only', () => {
    const results = [...evaluateMany([kintai, { id: 'a', caseFile: kintai, asOf: AS_OF }])];
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['invalid_argument', 'ok']);
  });

  test('ids: a string of 1 to 256 characters or a safe integer, else an error row', () => {
    const ids = ['', 'x'.repeat(257), 1.5, null, { a: 1 }, 'x'.repeat(256), -3];
    const results = [...evaluateMany(ids.map((id) => ({ id, caseFile: kintai })), { asOf: AS_OF })];
    expect(results.map((r) => (r.ok ? r.id : r.error.code))).toEqual(['invalid_argument', 'invalid_argument', 'invalid_argument', 'invalid_argument', 'invalid_argument', 'x'.repeat(256), -3]);
  });

  test('mistakes of the caller are thrown at once, before any case', () => {
    expect(() => evaluateMany([kintai], { asof: AS_OF } as never)).toThrow(InvalidArgumentError);
    expect(() => evaluateMany([kintai], { asOf: '2025-02-30' })).toThrow(ValidationError);
    expect(() => evaluateMany([kintai], { asOf: AS_OF, basis: { rules: { revision: '2022-11-01' } } })).toThrow(BasisMismatchError);
    for (const cases of ['abc', 42, null, undefined, { length: 1 }]) expect(() => evaluateMany(cases as never, { asOf: AS_OF })).toThrow(InvalidArgumentError);
  });

  test('a broken iterator is refused with InvalidArgumentError when it is read; stopping early closes the caller’s iterator', async () => {
    expect(() => evaluateMany({ [Symbol.iterator]: () => 42 } as never, { asOf: AS_OF }).next()).toThrow(InvalidArgumentError);
    expect(() => evaluateMany({ [Symbol.iterator]: () => ({ next: () => 5 }) } as never, { asOf: AS_OF }).next()).toThrow(/iterator result/);
    await expect(evaluateMany({ [Symbol.asyncIterator]: () => ({ next: async () => null }) } as never, { asOf: AS_OF }).next()).rejects.toThrow(InvalidArgumentError);
    const { proxy, revoke } = Proxy.revocable([kintai], {});
    revoke();
    expect(() => evaluateMany(proxy, { asOf: AS_OF })).toThrow(InvalidArgumentError);
    let closed = 0;
    const source = { [Symbol.iterator]: () => ({ next: () => ({ done: false, value: kintai }), return: () => (closed++, { done: true, value: undefined }) }) };
    const run = evaluateMany(source, { asOf: AS_OF });
    run.next();
    run.next();
    expect(closed).toBe(0);
    run.return(run.summary);
    expect(closed).toBe(1);
    let asyncClosed = 0;
    async function* endless() {
      try {
        for (;;) yield kintai;
      } finally {
        asyncClosed++;
      }
    }
    for await (const r of evaluateMany(endless(), { asOf: AS_OF })) if (r.index === 2) break;
    expect(asyncClosed).toBe(1);
  });

  test('an exception that is not the library’s passes through', () => {
    function* failing() {
      yield kintai;
      throw new RangeError('cursor lost');
    }
    const run = evaluateMany(failing(), { asOf: AS_OF });
    expect(run.next().done).toBe(false);
    expect(() => run.next()).toThrow(RangeError);
  });

  test('a pinned basis is passed to every case', () => {
    const basis = evaluateCase(kintai, { asOf: AS_OF }).basis;
    const [r] = [...evaluateMany([kintai], { asOf: AS_OF, basis })];
    expect(r?.ok && r.evaluation.basis).toEqual(basis);
  });

  test('summarizeResults refuses what is not a list of results', () => {
    expect(() => summarizeResults(42 as never)).toThrow(InvalidArgumentError);
    expect(() => summarizeResults([{ ok: true }] as never)).toThrow(/results\[0\]/);
    expect(() => summarizeResults([{ ok: false, error: {} }] as never)).toThrow(InvalidArgumentError);
  });
});

describe('evaluateMany: types', () => {
  test('an iterable gives a sync run, an async iterable an async one; the results narrow on ok', () => {
    expectTypeOf(evaluateMany([kintai])).toEqualTypeOf<ManyRun>();
    expectTypeOf(evaluateMany((async function* () {})())).toEqualTypeOf<AsyncManyRun>();
    const result = [...evaluateMany([kintai], { asOf: AS_OF })][0] as ManyResult;
    if (result.ok) expectTypeOf(result.evaluation.headline).toEqualTypeOf<string>();
    else expectTypeOf(result.error.code).toEqualTypeOf<string>();
    // @ts-expect-error -- a number is not a population
    expect(() => evaluateMany(42)).toThrow(InvalidArgumentError);
    // @ts-expect-error -- a misspelt option does not compile
    expect(() => evaluateMany([kintai], { asof: AS_OF })).toThrow(InvalidArgumentError);
  });
});

describe('evaluateMany: laws on random walks', () => {
  const arbCase = fc.tuple(choices(20), starts).map(([list, start]) => ({ service: SERVICE, events: walk(list, undefined, start).events }));
  const arbEntry = fc.oneof(
    { weight: 4, arbitrary: arbCase },
    { weight: 1, arbitrary: arbHostile },
    { weight: 1, arbitrary: fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), caseFile: arbCase, asOf: fc.constantFrom('2026-01-10', '2027-05-01', '2026-13-01') }) },
  );

  test.prop([fc.array(arbEntry, { maxLength: 6 }), fc.constantFrom('2026-06-01', '2029-01-01')], RUNS)('each result is evaluateCase of its case alone, in input order', (entries, asOf) => {
    const results = [...evaluateMany(entries, { asOf })];
    expect(results.map((r) => r.index)).toEqual(entries.map((_, i) => i));
    results.forEach((r, i) => {
      const entry = entries[i] as Record<string, unknown>;
      const item = typeof entry === 'object' && entry !== null && !Array.isArray(entry) && Object.hasOwn(entry, 'caseFile');
      const expected = item ? alone(entry['caseFile'], (entry['asOf'] as string | undefined) ?? asOf) : alone(entry, asOf);
      expect(r.ok ? { ok: true, evaluation: r.evaluation } : { ok: false, error: r.error }).toEqual(expected);
      expect(r.id).toBe(item ? entry['id'] : null);
    });
  });

  test.prop([fc.array(arbCase, { minLength: 1, maxLength: 4 }), fc.nat(), arbHostile], RUNS)('a bad case in the middle changes no other result', (cases, at, bad) => {
    const i = at % (cases.length + 1);
    const without = [...evaluateMany(cases, { asOf: '2027-01-01' })];
    const withBad = [...evaluateMany([...cases.slice(0, i), bad, ...cases.slice(i)], { asOf: '2027-01-01' })];
    expect(withBad[i]?.ok).toBe(false);
    const others = withBad.filter((_, k) => k !== i).map((r) => ({ ...r, index: r.index > i ? r.index - 1 : r.index }));
    expect(others).toEqual(without);
  });
});
