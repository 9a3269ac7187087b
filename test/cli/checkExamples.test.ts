/**
 * The project's own conformance fixtures, examples/fixtures: they all pass (this is how
 * `npm test` runs them), they cover every sample case at every as-of date examples/README.md
 * suggests, they validate against the shipped JSON Schema, and every last day in them bites (a
 * day off fails the run).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtureJsonSchema } from '../../src/cli/check/jsonSchema.js';
import { strictAjv } from '../schema/_support/ajv.js';
import { checkReal, realIo } from './checkSupport.js';
import { run } from '../../src/cli/run.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const FIXTURES = join(EXAMPLES, 'fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.fixture.json')).sort();
type Row = { clause: string; lastDay?: string | null; instance?: string | null };
type Fixture = { name: string; case: string; asOf: string; expect: { obligations?: { match: string; items: Row[] } } };
const fixtures = files.flatMap((file) => (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Fixture[]).map((f, i) => ({ file, i, f })));
const tmp = mkdtempSync(join(tmpdir(), 'ismap-liu-check-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('examples/fixtures', () => {
  test('check examples/fixtures: every expectation holds, exit 0', () => {
    const result = checkReal('examples/fixtures');
    expect(result.stderr ?? '').toBe('');
    expect(result.code).toBe(0);
    const total = fixtures.length;
    expect(total).toBeGreaterThanOrEqual(10);
    expect(result.stdout).toMatch(new RegExp(`\\n${total} fixtures in ${files.length} files: (\\d+) expectations, \\1 passed, 0 failed\\n$`));
    expect(result.stdout?.match(/^ {4}ok {3}/gm)?.length).toBeGreaterThanOrEqual(60);
    expect(result.stdout).not.toMatch(/FAIL/);
  });

  test('every sample case has fixtures at each as-of date examples/README.md suggests', () => {
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => /^\| `[\w-]+\.json` \|/.test(line));
    expect(rows.length).toBe(readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).length);
    let pairs = 0;
    for (const row of rows) {
      const name = /^\| `([\w-]+\.json)`/.exec(row)?.[1] as string;
      const dates = (row.split('|').at(-2) ?? '').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
      expect(dates.length, row).toBeGreaterThan(0);
      for (const date of dates) {
        expect(fixtures.some(({ f }) => f.case === `../${name}` && f.asOf === date), `${name} as of ${date}`).toBe(true);
        pairs += 1;
      }
    }
    expect(pairs).toBe(8);
  });

  test.each(files)('%s validates against the fixture JSON Schema', (file) => {
    const validate = strictAjv().compile(fixtureJsonSchema('0.0.0-test'));
    const valid = validate(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('the JSON Schema refuses what the command refuses: unknown keys, bad dates, both or neither case', () => {
    const validate = strictAjv().compile(fixtureJsonSchema('0.0.0-test'));
    const good = { name: 'n', case: 'c.json', asOf: '2025-03-01', expect: { listEntry: null } };
    expect(validate(good)).toBe(true);
    expect(validate([good, good])).toBe(true);
    expect(validate([])).toBe(false);
    expect(validate({ ...good, expect: { listEntry: null, obligation: [] } })).toBe(false);
    expect(validate({ ...good, asOf: '2025-02-30' })).toBe(false);
    expect(validate({ ...good, caseFile: { service: { name: 'x' }, events: [] } })).toBe(false);
    const { case: _case, ...neither } = good;
    expect(validate(neither)).toBe(false);
    expect(validate({ ...good, expect: { allowed: ['time.pased'] } })).toBe(false);
  });

  const dated = fixtures.flatMap(({ file, i, f }) => (f.expect.obligations?.items ?? []).flatMap((row, r) => (typeof row.lastDay === 'string' ? [{ file, i, f, r, row }] : [])));

  test('the fixtures give last days to check', () => {
    expect(dated.length).toBeGreaterThanOrEqual(15);
  });

  test.each(dated.map((d) => [`${d.file} $[${d.i}] ${d.row.clause} ${d.row.lastDay}`, d] as const))('%s: a day later fails the run', (_name, { file, f, r, row }) => {
    const shifted = new Date(Date.parse(`${row.lastDay as string}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const items = f.expect.obligations?.items.map((item, k) => (k === r ? { ...item, lastDay: shifted } : item));
    const changed = { ...f, case: resolve(FIXTURES, f.case), expect: { ...f.expect, obligations: { ...f.expect.obligations, items } } };
    const path = join(tmp, `${file}-${r}.fixture.json`);
    writeFileSync(path, JSON.stringify(changed));
    const result = checkReal(path);
    expect(result.code, result.stderr).toBe(1);
    const label = row.instance === undefined || row.instance === null ? row.clause : `${row.clause} "${row.instance}"`;
    expect(result.stdout).toContain(`${label}: lastDay: expected "${shifted}", actual "${row.lastDay as string}"`);
  });
});

describe('docs/guides/conformance.md', () => {
  test('the worked example runs as the guide shows', () => {
    const guide = readFileSync(new URL('../../docs/guides/conformance.md', import.meta.url), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const shown = /```console\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const dir = mkdtempSync(join(tmp, 'guide-'));
    copyFileSync(join(EXAMPLES, 'kintai-cloud-registration.json'), join(dir, 'kintai-cloud-registration.json'));
    writeFileSync(join(dir, 'registration.fixture.json'), json);
    const result = run(['check', join(dir, 'registration.fixture.json')], realIo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(shown.replace('registration.fixture.json', join(dir, 'registration.fixture.json')));
  });
});
