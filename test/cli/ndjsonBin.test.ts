/**
 * `node dist/cli.js evaluate --ndjson` as a process: real worker threads (tinypool, running
 * dist/cli-worker.js) write exactly what one thread writes; standard input; and `--parquet`
 * through DuckDB.
 *
 * DuckDB is not a dev dependency: `node scripts/duckdb-tool.mjs --fetch` puts the pinned
 * @duckdb/node-api in .tmp/tools. Without it the --parquet round trip is skipped, except in CI
 * (any non-empty $CI), where it fails: CI fetches it first.
 */
import type { SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluateMany } from '../../src/machines/index.js';
import { flatRow } from '../../src/cli/ndjson/flatRow.js';
import { duckdbDir } from '../../scripts/duckdb-tool.mjs';
import { syntheticCases } from '../../scripts/generate-cases.js';
import { bin, ensureBuilt } from './builtBin.js';

const dir = mkdtempSync(join(tmpdir(), 'ismap-liu-ndjson-'));
const cases = [...syntheticCases(40, { seed: 7, pool: 40 })];
const entries: unknown[] = [...cases.slice(0, 20), 'not json', ...cases.slice(20)];
const input = join(dir, 'cases.ndjson');
writeFileSync(input, entries.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n'));
const parsedEntries = entries.map((e) => (typeof e === 'string' ? Symbol('bad line') : e));

beforeAll(() => ensureBuilt(), 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('node dist/cli.js evaluate --ndjson', () => {
  let one: SpawnSyncReturns<string>;
  beforeAll(() => {
    one = bin(['evaluate', '--ndjson', input], { timeout: 120_000 });
  }, 120_000);

  test('one thread: a result line per input line, in order; the bad line counted on stderr, exit 1', () => {
    expect(one.status, one.stderr).toBe(1);
    expect(one.stderr).toBe('ismap-liu: 1 of 41 cases could not be evaluated (the first on line 21); their results have "ok": false and the error\n');
    const results = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; id: unknown; ok: boolean });
    expect(results.map((r) => r.index)).toEqual(entries.map((_, i) => i));
    expect(results.map((r) => r.id)).toEqual(entries.map((e) => (typeof e === 'string' ? null : (e as { id: string }).id)));
    expect(results.filter((r) => !r.ok).map((r) => r.index)).toEqual([20]);
  });

  test('--workers 2 (tinypool threads) writes exactly what one thread writes', () => {
    const two = bin(['evaluate', '--ndjson', input, '--workers', '2'], { timeout: 120_000 });
    expect([two.status, two.stderr]).toEqual([one.status, one.stderr]);
    expect(two.stdout).toBe(one.stdout);
  });

  test('--flat with --workers 2: the flat row of each result the one thread wrote, in order', () => {
    const flat = bin(['evaluate', '--ndjson', input, '--flat', '--workers', '2'], { timeout: 120_000 });
    expect([flat.status, flat.stderr]).toEqual([one.status, one.stderr]);
    const rows = flat.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(rows).toEqual(one.stdout.trimEnd().split('\n').map((l) => flatRow(JSON.parse(l) as Parameters<typeof flatRow>[0])));
  });

  test('standard input, with a default --as-of for cases without their own', () => {
    const bare = cases.slice(0, 3).map((c) => JSON.stringify(c.caseFile)).join('\n');
    const r = bin(['evaluate', '--ndjson', '-', '--as-of', '2027-06-01'], { input: bare });
    expect(r.status, r.stderr).toBe(0);
    const expected = [...evaluateMany(cases.slice(0, 3).map((c) => c.caseFile), { asOf: '2027-06-01' })];
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  test('--parquet without DuckDB installed: exit 2, one line saying how to install it, nothing written', () => {
    const empty = mkdtempSync(join(dir, 'no-duckdb-'));
    const r = bin(['evaluate', '--ndjson', input, '--parquet', 'out.parquet'], { cwd: empty });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ismap-liu: --parquet needs DuckDB, which is not installed; expected the package @duckdb/node-api: npm install @duckdb/node-api (in the current project or next to ismap-liu)\n');
  });
});

const duckdb = duckdbDir();
const ci = (process.env['CI'] ?? '') !== '';

describe.skipIf(duckdb === null && !ci)('--parquet through DuckDB', () => {
  test('DuckDB is there (in CI: node scripts/duckdb-tool.mjs --fetch)', () => {
    expect(duckdb, 'the pinned @duckdb/node-api is not in .tmp/tools: run node scripts/duckdb-tool.mjs --fetch').not.toBeNull();
  });

  test('the flat rows, in order, with their column types; read back they are flatRow of each result', async () => {
    const project = mkdtempSync(join(dir, 'project-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(join(duckdb as string, 'node_modules', '@duckdb'), join(project, 'node_modules', '@duckdb'), 'dir');
    const r = bin(['evaluate', '--ndjson', input, '--parquet', 'out.parquet', '--workers', '2'], { cwd: project, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const api = (await import(pathToFileURL(join(duckdb as string, 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js')).href)) as {
      DuckDBInstance: { create(): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): Record<string, unknown>[] }>; closeSync(): void }>; closeSync(): void }> };
    };
    const db = await api.DuckDBInstance.create();
    const connection = await db.connect();
    const file = join(project, 'out.parquet').replaceAll("'", "''");
    const types = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJson().map((c) => `${String(c['column_name'])} ${String(c['column_type'])}`);
    const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRowObjectsJson();
    connection.closeSync();
    db.closeSync();
    expect(types).toEqual([
      'case_index BIGINT', 'id VARCHAR', 'ok BOOLEAN', 'service_name VARCHAR', 'as_of DATE', 'status VARCHAR', 'procedure_state VARCHAR', 'headline VARCHAR',
      'events_applied INTEGER', 'events_refused INTEGER', 'obligations INTEGER', 'overdue INTEGER', 'overdue_clauses VARCHAR[]', 'next_deadline DATE',
      'next_deadline_clause VARCHAR', 'error_code VARCHAR', 'error_message VARCHAR',
    ]);
    const expected = [...evaluateMany(parsedEntries.filter((e) => typeof e !== 'symbol'))].map((x) => flatRow(x));
    const good = rows.filter((row) => row['ok'] === true).map((row) => ({ ...row, case_index: Number(row['case_index']) }));
    expect(good).toEqual(expected.map((row) => ({ ...row, case_index: row.case_index >= 20 ? row.case_index + 1 : row.case_index })));
    expect(rows.filter((row) => row['ok'] !== true)).toMatchObject([{ case_index: '20', error_code: 'invalid_json' }]);
  }, 120_000);
});
