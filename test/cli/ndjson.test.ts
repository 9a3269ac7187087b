/**
 * `ismap-liu evaluate --ndjson`: through `run` with a fake streaming world (files in memory, a
 * pool that finishes batches out of order, a fake clock and terminal, a fake Parquet sink), so
 * that the order, the error rows, the limits, the back-pressure and the progress line are
 * checked without processes or threads (test/cli/ndjsonBin.test.ts runs the real ones).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { evaluateMany, type ManyResult } from '../../src/machines/index.js';
import { run } from '../../src/cli/run.js';
import { UsageError, type CommandResult } from '../../src/cli/io.js';
import { runBatch, type BatchOutput, type BatchTask } from '../../src/cli/ndjson/batch.js';
import { FLAT_COLUMNS, flatRow, type FlatRow } from '../../src/cli/ndjson/flatRow.js';
import { readLines } from '../../src/cli/ndjson/lines.js';
import { clockText, progressText } from '../../src/cli/ndjson/progress.js';
import type { StreamIo } from '../../src/cli/ndjson/streamIo.js';
import { example, kintaiWithUnreportedIncidents } from '../machines/_support/cases.js';
import { SERVICE, choices, starts, walk } from '../machines/_support/walk.js';
import { expectUsageError, fakeIo } from './fakeIo.js';

const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 15) };
const kintai = example('kintai-cloud-registration.json');
const tsuuchi = example('tsuuchi-mail-incident-suspension.json');
const incidents = kintaiWithUnreportedIncidents();
const encode = (text: string) => new TextEncoder().encode(text);
const lines = (...values: unknown[]) => values.map((v) => `${typeof v === 'string' ? v : JSON.stringify(v)}\n`).join('');

interface World {
  readonly chunk?: number;
  readonly terminal?: boolean;
  /** Pool batches finish after these delays (ms), in turn: out of order. */
  readonly delays?: readonly number[];
  /** `write` reports the reader gone after this many writes. */
  readonly readerLeavesAfter?: number;
}

interface Outcome extends CommandResult {
  readonly rows: FlatRow[];
  readonly maxInFlight: number;
  readonly chunksRead: number;
  readonly writes: number;
}

/** Runs `evaluate --ndjson ...args` in a fake world whose only files are `files`. */
async function ndjson(args: readonly string[], files: Readonly<Record<string, string | Uint8Array>>, world: World = {}): Promise<Outcome> {
  const first = run(['evaluate', '--ndjson', ...args], fakeIo());
  if (first.stream === undefined) return { ...first, rows: [], maxInFlight: 0, chunksRead: 0, writes: 0 };
  const out: string[] = [];
  const err: string[] = [];
  const rows: FlatRow[] = [];
  let time = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let turn = 0;
  let chunksRead = 0;
  let writes = 0;
  const io: StreamIo = {
    open: async (path) => {
      if (!Object.hasOwn(files, path)) throw new UsageError(`cannot read ${JSON.stringify(path)} (ENOENT); expected a readable JSON case file`);
      const content = files[path] as string | Uint8Array;
      const bytes = typeof content === 'string' ? encode(content) : content;
      const size = world.chunk ?? 1 << 16;
      return {
        size: path === '-' ? null : bytes.length,
        chunks: (async function* () {
          for (let at = 0; at < bytes.length; at += size) {
            chunksRead++;
            yield bytes.slice(at, at + size);
          }
        })(),
      };
    },
    write: async (text) => {
      writes++;
      out.push(text);
      return world.readerLeavesAfter === undefined || writes < world.readerLeavesAfter;
    },
    writeError: (text) => void err.push(text),
    errorIsTerminal: world.terminal ?? false,
    clock: () => (time += 100),
    pool: () => ({
      run: (task: BatchTask) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const delay = world.delays?.[turn++ % world.delays.length] ?? 0;
        const output = structuredClone(runBatch(task));
        return new Promise<BatchOutput>((done) => setTimeout(() => (inFlight--, done(output)), delay));
      },
      close: async () => undefined,
    }),
    parquet: async () => ({ add: async (r) => void rows.push(...r), finish: async () => undefined, abort: async () => undefined }),
  };
  const end = await first.stream(io);
  return { code: end.code, stdout: out.join(''), stderr: [...(first.stderr ?? ''), ...err, end.stderr ?? ''].join(''), rows, maxInFlight, chunksRead, writes };
}

/** The results evaluateMany gives for `entries`, as JSON text of one line each. */
const expectedLines = (entries: unknown[], asOf?: string): string =>
  [...evaluateMany(entries, asOf === undefined ? {} : { asOf })].map((r) => `${JSON.stringify(r).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`).join('');
const parsed = (stdout: string | undefined): ManyResult[] => (stdout ?? '').trimEnd().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as ManyResult);

describe('evaluate --ndjson: results', () => {
  const entries = [kintai, { id: 'T-1', caseFile: tsuuchi, asOf: '2025-02-01' }, { id: 9, caseFile: incidents }];

  test('one line per case, in order, exactly what evaluateMany gives', async () => {
    const r = await ndjson(['cases.ndjson', '--as-of', '2025-03-20'], { 'cases.ndjson': lines(...entries) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expectedLines(entries, '2025-03-20'));
    expect(parsed(r.stdout).map((x) => [x.index, x.id, x.ok])).toEqual([[0, null, true], [1, 'T-1', true], [2, 9, true]]);
  });

  test('a bad line is an error row of its own; blank lines are skipped; CRLF and a byte-order mark are read', async () => {
    const text = `\ufeff${JSON.stringify(kintai)}\r\n\n   \nnot json\n${JSON.stringify({ service: {} })}\r\n{"id":"x","caseFile":${JSON.stringify(kintai)},"asOf":"2025-02-30"}\n`;
    const r = await ndjson(['-', '--as-of', '2025-03-01'], { '-': text });
    const rows = parsed(r.stdout);
    expect(rows.map((x) => [x.index, x.id, x.ok ? 'ok' : x.error.code])).toEqual([
      [0, null, 'ok'],
      [1, null, 'invalid_json'],
      [2, null, 'validation_failed'],
      [3, 'x', 'validation_failed'],
    ]);
    const bad = rows[1] as Extract<ManyResult, { ok: false }>;
    expect(bad.error).toMatchObject({ name: 'InputLineError', code: 'invalid_json' });
    expect(bad.error.message).toMatch(/^line 4 is not valid JSON \(/);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ismap-liu: 3 of 4 cases could not be evaluated (the first on line 4); their results have "ok": false and the error\n');
  });

  test('a line over --max-input-bytes is refused without being held, and the next line is read', async () => {
    const long = JSON.stringify({ ...kintai, service: { name: 'x'.repeat(5000) } });
    const r = await ndjson(['big.ndjson', '--as-of', '2025-03-01', '--max-input-bytes', '4096'], { 'big.ndjson': lines(long, kintai) }, { chunk: 1000 });
    const rows = parsed(r.stdout);
    expect(rows.map((x) => (x.ok ? 'ok' : x.error.code))).toEqual(['line_too_long', 'ok']);
    expect(rows[0]?.ok === false && rows[0].error.message).toBe(`line 1 is ${long.length} bytes (${(long.length / 1024).toFixed(1)} KiB) long, over the limit of 4096 bytes (4 KiB); expected one case per line (raise the limit with --max-input-bytes N)`);
  });

  test('a line that is not UTF-8 is an error row; UTF-16 input is refused as a whole, exit 2 and nothing on stdout', async () => {
    const bytes = new Uint8Array([...encode(`${JSON.stringify(kintai)}\n{"x": "`), 0xff, 0xfe, ...encode('"}\n')]);
    const r = await ndjson(['mixed.ndjson', '--as-of', '2025-03-01'], { 'mixed.ndjson': bytes });
    expect(parsed(r.stdout).map((x) => (x.ok ? 'ok' : x.error.code))).toEqual(['ok', 'invalid_utf8']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{}\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expectUsageError(await ndjson(['u16.ndjson'], { 'u16.ndjson': utf16 }), 'u16.ndjson', /UTF-16/);
  });

  test('Japanese text split across chunks is read whole', async () => {
    const named = { ...kintai, service: { name: '勤怠クラウド「きんたい」' } };
    const r = await ndjson(['ja.ndjson', '--as-of', '2025-03-01'], { 'ja.ndjson': lines(named, named) }, { chunk: 7 });
    expect(parsed(r.stdout).map((x) => x.ok && x.evaluation.service.name)).toEqual(['勤怠クラウド「きんたい」', '勤怠クラウド「きんたい」']);
  });

  test('characters a terminal acts on are written as \\uXXXX escapes; each line still parses to the same result', async () => {
    const evil = { ...kintai, service: { name: 'Kintai\u2028Cloud\u009b2J\u202e\u001b[31m' } };
    const r = await ndjson(['evil.ndjson', '--as-of', '2025-03-01'], { 'evil.ndjson': lines(evil) });
    const line = (r.stdout ?? '').trimEnd();
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(line).toContain('"name":"Kintai\\u2028Cloud\\u009b2J\\u202e\\u001b[31m"');
    expect(parsed(r.stdout)[0]?.ok && parsed(r.stdout)[0]).toEqual(JSON.parse(JSON.stringify([...evaluateMany([evil], { asOf: '2025-03-01' })][0])));
  });

  test('an empty input: no output, exit 0', async () => {
    const r = await ndjson(['empty.ndjson'], { 'empty.ndjson': '\n\n' });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  test('--parquet: the flat rows in order, nothing on stdout', async () => {
    const r = await ndjson(['cases.ndjson', '--as-of', '2025-03-20', '--parquet', 'out.parquet'], { 'cases.ndjson': lines(...entries, '[') });
    expect(r.stdout).toBe('');
    expect(r.rows.slice(0, 3)).toEqual(parsed(expectedLines(entries, '2025-03-20')).map(flatRow));
    expect(r.rows[3]).toMatchObject({ case_index: 3, ok: false, error_code: 'invalid_json' });
    expect(r.rows.map((row) => row.case_index)).toEqual([0, 1, 2, 3]);
  });

  test('--flat: the same flat rows as NDJSON lines, in order, with or without workers', async () => {
    const input = { 'cases.ndjson': lines(...entries, '[') };
    const r = await ndjson(['cases.ndjson', '--as-of', '2025-03-20', '--flat'], input);
    expect(r.code).toBe(1);
    const rows = (r.stdout ?? '').trimEnd().split('\n').map((l) => JSON.parse(l) as FlatRow);
    expect(rows.slice(0, 3)).toEqual(parsed(expectedLines(entries, '2025-03-20')).map(flatRow));
    expect(rows[3]).toMatchObject({ case_index: 3, ok: false, error_code: 'invalid_json' });
    // Worked by hand (see flatRow below): the third case owes 6, of which 4 overdue.
    expect(rows[2]).toMatchObject({ id: '9', status: 'registered', obligations: 6, overdue: 4, overdue_clauses: ['13.2', '13.3', '13.2', '13.3'], next_deadline: '2026-01-31' });
    expect(Object.keys(rows[0] ?? {})).toEqual(FLAT_COLUMNS.map(([name]) => name));
    const pooled = await ndjson(['cases.ndjson', '--as-of', '2025-03-20', '--flat', '--workers', '2'], input, { delays: [4, 0] });
    expect(pooled.stdout).toBe(r.stdout);
    // A flat row is a few hundred bytes; the whole evaluation is tens of kilobytes.
    const whole = await ndjson(['cases.ndjson', '--as-of', '2025-03-20'], input);
    expect((r.stdout ?? '').length * 20).toBeLessThan((whole.stdout ?? '').length);
  });
});

describe('evaluate --ndjson: laws', () => {
  const arbCase = fc.tuple(choices(12), starts).map(([list, start]) => ({ service: SERVICE, events: walk(list, undefined, start).events }));
  const arbLine = fc.oneof(
    { weight: 5, arbitrary: arbCase.map((c) => JSON.stringify(c)) },
    { weight: 2, arbitrary: fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), caseFile: arbCase, asOf: fc.constantFrom('2026-01-10', '2024-13-01') }).map((c) => JSON.stringify(c)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).filter((s) => !s.includes('\n') && !s.includes('\r')) },
  );

  test.prop([fc.array(arbLine, { maxLength: 40 }), fc.integer({ min: 1, max: 5000 }), fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 4 })], RUNS)(
    'the output is the same whatever the chunking, with or without workers finishing out of order, and is evaluateMany’s',
    async (input, chunk, delays, workers) => {
      const text = input.map((l) => `${l}\n`).join('');
      const files = { 'in.ndjson': text };
      const plain = await ndjson(['in.ndjson', '--as-of', '2027-01-01'], files, { chunk });
      const pooled = await ndjson(['in.ndjson', '--as-of', '2027-01-01', '--workers', String(workers)], files, { chunk: 1 + ((chunk * 7) % 4096), delays });
      expect(pooled.stdout).toBe(plain.stdout);
      expect(pooled.code).toBe(plain.code);
      expect(pooled.maxInFlight).toBeLessThanOrEqual(2 * workers);
      const kept = input.filter((l) => l.trim() !== '');
      const results = parsed(plain.stdout);
      expect(results.map((r) => r.index)).toEqual(kept.map((_, i) => i));
      kept.forEach((l, i) => {
        let entry: unknown;
        try {
          entry = JSON.parse(l);
        } catch {
          expect(results[i]).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
          return;
        }
        const [alone] = parsed(expectedLines([entry], '2027-01-01'));
        expect(results[i]).toEqual({ ...alone, index: i });
      });
    },
  );
});

describe('evaluate --ndjson: bounded memory', () => {
  const many = lines(...Array.from({ length: 200 }, (_, i) => ({ id: i, caseFile: kintai })));

  test('with workers, at most 2 × N batches are in flight', async () => {
    const r = await ndjson(['many.ndjson', '--as-of', '2025-03-01', '--workers', '2'], { 'many.ndjson': many }, { chunk: 4096, delays: [5, 0, 3] });
    expect(r.maxInFlight).toBe(4);
    expect(parsed(r.stdout).map((x) => x.id)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  test('when the reader goes away, reading stops: exit 0, nothing more written', async () => {
    const r = await ndjson(['many.ndjson', '--as-of', '2025-03-01'], { 'many.ndjson': many }, { chunk: 4096, readerLeavesAfter: 2 });
    expect(r.code).toBe(0);
    expect(r.writes).toBe(2);
    expect(r.chunksRead).toBeLessThan(Math.ceil(many.length / 4096) / 2);
  });
});

describe('evaluate --ndjson: the progress line', () => {
  test('drawn in place on a terminal, erased at the end; never elsewhere', async () => {
    const many = lines(...Array.from({ length: 100 }, () => kintai));
    const shown = await ndjson(['many.ndjson', '--as-of', '2025-03-01'], { 'many.ndjson': many }, { terminal: true });
    expect(shown.code).toBe(0);
    // The fake clock moves 100 ms a reading: started at 100; batches of 32 written at 200, 300 (too soon to draw), 400 (drawn), 500.
    expect((shown.stderr ?? '').split('\r')).toEqual(['', '96 cases · 320 cases/s · 96% · ETA 0:00\u001b[K', '\u001b[K']);
    const hidden = await ndjson(['many.ndjson', '--as-of', '2025-03-01'], { 'many.ndjson': many }, { terminal: false });
    expect(hidden.stderr).toBe('');
    expect(hidden.stdout).toBe(shown.stdout);
  });

  test('its text, worked by hand', () => {
    expect(progressText({ cases: 1000, elapsedMs: 4000, bytesRead: 500, totalBytes: 1000 })).toBe('1,000 cases · 250 cases/s · 50% · ETA 0:04');
    expect(progressText({ cases: 1, elapsedMs: 0, bytesRead: 0, totalBytes: null })).toBe('1 case');
    expect(progressText({ cases: 12_345, elapsedMs: 10_000, bytesRead: 1, totalBytes: 1000 })).toBe('12,345 cases · 1,235 cases/s · 0% · ETA 2:46:30');
    expect([clockText(0), clockText(59.6), clockText(3600), clockText(-5)]).toEqual(['0:00', '1:00', '1:00:00', '0:00']);
  });
});

describe('evaluate --ndjson: the command line', () => {
  test.each([
    [['evaluate', '--ndjson'], /missing <cases\.ndjson>/],
    [['evaluate', '--ndjson', 'a', 'b'], /"b"/],
    [['evaluate', '--ndjson', 'a', '--json'], /--ndjson and --json/],
    [['evaluate', '--ndjson', 'a', '--ics'], /--ndjson and --ics/],
    [['evaluate', '--ndjson', 'a', '--workers', '0'], /invalid --workers "0"; expected a whole number of worker threads from 1 to 256/],
    [['evaluate', '--ndjson', 'a', '--workers', '257'], /"257"/],
    [['evaluate', '--ndjson', 'a', '--workers', '2.5'], /"2\.5"/],
    [['evaluate', '--ndjson', 'a', '--parquet', ''], /--parquet ""/],
    [['evaluate', '--ndjson', 'a', '--as-of', '2025-02-30'], /2025-02-30/],
    [['evaluate', '--ndjson', 'a', '--max-input-bytes', '0'], /--max-input-bytes "0"/],
    [['evaluate', 'case.json', '--as-of', '2025-03-01', '--workers', '2'], /--workers given without --ndjson/],
    [['evaluate', 'case.json', '--as-of', '2025-03-01', '--parquet', 'x.parquet'], /--parquet given without --ndjson/],
    [['evaluate', 'case.json', '--as-of', '2025-03-01', '--flat'], /--flat given without --ndjson/],
    [['evaluate', '--ndjson', 'a', '--flat', '--parquet', 'x.parquet'], /--flat and --parquet given together/],
  ])('%j → exit 2, one line, before anything is read', (args, mention) => {
    const io = fakeIo();
    expectUsageError(run(args, io), mention);
    expect(io.readFile).not.toHaveBeenCalled();
  });

  test('an input that cannot be opened: exit 2, one line naming it', async () => {
    expectUsageError(await ndjson(['missing.ndjson'], {}), 'missing.ndjson');
  });

  test('the single-case evaluate is unchanged: no stream', () => {
    const r = run(['evaluate', 'case.json', '--as-of', '2025-03-01', '--json'], fakeIo({ 'case.json': JSON.stringify(kintai) }));
    expect(r.code).toBe(0);
    expect(r.stream).toBeUndefined();
  });
});

describe('readLines', () => {
  test('numbers lines as in the file and counts the bytes read', async () => {
    async function* chunks() {
      yield encode('{"a":1}\n\n{"b"');
      yield encode(':2}\n{"c":3}');
    }
    const got = [];
    for await (const l of readLines(chunks(), 100, 'x')) got.push(l);
    expect(got).toEqual([
      { line: { line: 1, text: '{"a":1}' }, bytesRead: 8 },
      { line: { line: 3, text: '{"b":2}' }, bytesRead: 17 },
      { line: { line: 4, text: '{"c":3}' }, bytesRead: 24 },
    ]);
  });
});

describe('flatRow', () => {
  test('worked by hand: two unreported incidents as of 2025-03-20', () => {
    const [result] = [...evaluateMany([{ id: 'K', caseFile: incidents }], { asOf: '2025-03-20' })];
    expect(flatRow(result as ManyResult)).toEqual({
      case_index: 0,
      id: 'K',
      ok: true,
      service_name: 'Kintai Cloud',
      as_of: '2025-03-20',
      status: 'registered',
      procedure_state: 'procedure.registered',
      headline: expect.stringContaining('4 obligations overdue') as unknown as string,
      events_applied: 19,
      events_refused: 0,
      obligations: 6,
      overdue: 4,
      overdue_clauses: ['13.2', '13.3', '13.2', '13.3'],
      next_deadline: '2026-01-31',
      next_deadline_clause: '12.1',
      error_code: null,
      error_message: null,
    });
  });

  test('an error row: the code and message, the rest null', () => {
    const [result] = [...evaluateMany([{ id: 3, caseFile: 42 }], { asOf: '2025-03-20' })];
    expect(flatRow(result as ManyResult)).toMatchObject({ case_index: 0, id: '3', ok: false, status: null, overdue: null, overdue_clauses: [], error_code: 'validation_failed' });
  });
});
