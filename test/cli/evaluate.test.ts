/**
 * `ismap-liu evaluate <case.json> --as-of <date|instant> [--json]` and `ismap-liu demo`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluateCase } from '../../src/machines/index.js';
import { run } from '../../src/cli/run.js';
import { cli, expectSuccess, expectUsageError, fakeIo } from './fakeIo.js';

const registration = readFileSync(new URL('../../examples/kintai-cloud-registration.json', import.meta.url), 'utf8');
const files = { 'case.json': registration, 'bad.json': '{ "service": ', 'wrong.json': JSON.stringify({ service: {}, events: [{ type: 'time.passed', at: '2024-02-30' }, { type: 'nope', at: '2024-01-01T10:00' }] }) };

describe('evaluate', () => {
  test('--json prints exactly what evaluateCase returns', () => {
    const out = expectSuccess(run(['evaluate', 'case.json', '--as-of', '2025-03-01', '--json'], fakeIo(files)));
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(evaluateCase(JSON.parse(registration), { asOf: '2025-03-01' }))));
  });

  test('the readable report names the state, the obligations with their last days, and what may happen next', () => {
    const out = expectSuccess(run(['evaluate', 'case.json', '--as-of', '2025-03-01'], fakeIo(files)));
    expect(out).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(out.toLowerCase()).toMatch(/registered/);
    expect(out.split('\n').length).toBeGreaterThan(8);
  });

  test('an instant with offset is accepted as --as-of', () => {
    expectSuccess(run(['evaluate', 'case.json', '--as-of', '2025-03-01T09:00+09:00'], fakeIo(files)));
  });

  test('a file that is not JSON: exit 2, one line naming the file', () => {
    expectUsageError(run(['evaluate', 'bad.json', '--as-of', '2025-03-01'], fakeIo(files)), 'bad.json', /not valid JSON/);
  });

  test('a case file with problems: exit 2, every problem with its JSON path, nothing evaluated', () => {
    const result = run(['evaluate', 'wrong.json', '--as-of', '2025-03-01'], fakeIo(files));
    expect(result.code).toBe(2);
    expect(result.stdout ?? '').toBe('');
    const lines = (result.stderr ?? '').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(result.stderr).toContain('$.events[0].at');
    expect(result.stderr).toContain('$.events[1]');
    for (const line of lines) expect(line).toMatch(/^ismap-liu: wrong\.json: \$/);
  });

  test.each([
    [['evaluate'], /missing <case\.json>/],
    [['evaluate', 'case.json'], /missing --as-of/],
    [['evaluate', 'case.json', '--as-of', '2025-02-30'], /2025-02-30/],
    [['evaluate', 'case.json', '--as-of', '2025-03-01T10:00'], /offset/],
    [['evaluate', 'missing.json', '--as-of', '2025-03-01'], /missing\.json/],
    [['evaluate', 'case.json', 'extra', '--as-of', '2025-03-01'], /"extra"/],
  ])('%j → exit 2, one line', (args, mention) => {
    expectUsageError(run(args, fakeIo(files)), mention);
  });
});

describe('evaluate: events after the as-of date', () => {
  const parsed = JSON.parse(registration) as { service: unknown; events: { type: string; at: string }[] };
  // one event out of time order (refused), the rest of the file after the as-of date (not yet)
  const mixed = { ...parsed, events: [...parsed.events.slice(0, 3), { ...parsed.events[0], at: '2024-01-01' }, ...parsed.events.slice(3)] };
  const asOf = parsed.events[3]?.at.slice(0, 10) ?? '';

  test('are listed as "not yet (after the as-of date)", not as refused', () => {
    const evaluation = evaluateCase(mixed, { asOf });
    const after = evaluation.refused.filter((r) => r.code === 'after_as_of');
    const other = evaluation.refused.filter((r) => r.code !== 'after_as_of');
    expect(after.length).toBeGreaterThan(5);
    expect(other.length).toBe(1);
    const out = expectSuccess(run(['evaluate', 'mixed.json', '--as-of', asOf], fakeIo({ 'mixed.json': JSON.stringify(mixed) })));
    const notYet = out.slice(out.indexOf('\nNot yet (after the as-of date)'), out.indexOf('\nRefused events'));
    const refused = out.slice(out.indexOf('\nRefused events'), out.indexOf('\nWhat may happen next'));
    expect(notYet).toContain(`Not yet (after the as-of date): ${after.length} event(s) dated after ${asOf}, not applied`);
    for (const r of after) expect(notYet).toContain(`\n  #${r.index} ${r.at} ${r.type}\n`);
    expect(refused).toContain('Refused events (1; nothing else changed)');
    expect(refused).toContain(`#3 2024-01-01 ${other[0]?.type}: `);
    for (const r of after) expect(refused).not.toContain(`#${r.index} `);
  });

  test('a file wholly in the future: only the not-yet list, no refused events', () => {
    const out = expectSuccess(run(['evaluate', 'case.json', '--as-of', '2024-01-01'], fakeIo(files)));
    expect(out).toContain(`Not yet (after the as-of date): ${parsed.events.length} event(s)`);
    expect(out).not.toContain('Refused events');
  });

  test('--json still reports them in refused, with code after_as_of (the data is unchanged)', () => {
    const json = JSON.parse(expectSuccess(run(['evaluate', 'case.json', '--as-of', '2024-01-01', '--json'], fakeIo(files)))) as { refused: { code: string }[] };
    expect(json.refused.map((r) => r.code)).toEqual(parsed.events.map(() => 'after_as_of'));
  });
});

describe('demo', () => {
  test('evaluates the bundled registration example', () => {
    const out = expectSuccess(cli('demo'));
    expect(out).toContain('kintai-cloud-registration.json');
    expect(out.toLowerCase()).toMatch(/registered/);
  });

  test('--json prints the evaluation', () => {
    const out = expectSuccess(cli('demo', '--json'));
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(evaluateCase(JSON.parse(registration), { asOf: '2025-03-01' }))));
  });
});
