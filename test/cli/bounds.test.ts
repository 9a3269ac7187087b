/**
 * Bounded output: a bad case file gets at most MAX_LISTED_PROBLEMS lines and a count of the
 * rest, every line cut; a deeply nested value is one line; the size limit and its flag.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_INPUT_BYTES, MAX_INPUT_BYTES_CEILING, MAX_LISTED_PROBLEMS, MAX_MESSAGE_LENGTH } from '../../src/cli/limits.js';
import { run } from '../../src/cli/run.js';
import { expectSuccess, expectUsageError, fakeIo } from './fakeIo.js';

const AS_OF = '2025-03-01';
const unknownTypes = (n: number) => JSON.stringify({ service: { name: 'x' }, events: Array.from({ length: n }, (_, i) => ({ type: `nope.${i}`, at: '2025-01-01' })) });

/** Runs `evaluate` on `text` and returns its stderr lines, checking exit 2 and an empty stdout. */
function problems(text: string, ...extra: string[]): string[] {
  const result = run(['evaluate', 'case.json', '--as-of', AS_OF, ...extra], fakeIo({ 'case.json': text }));
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout ?? '').toBe('');
  expect(result.stderr?.endsWith('\n')).toBe(true);
  return (result.stderr ?? '').slice(0, -1).split('\n');
}

describe('the problems of a bad case file', () => {
  test('5,000 unknown event types: the first 20, then a count; stderr under 64 kB', () => {
    const result = run(['evaluate', 'case.json', '--as-of', AS_OF], fakeIo({ 'case.json': unknownTypes(5_000) }));
    expect(result.code).toBe(2);
    expect(Buffer.byteLength(result.stderr ?? '')).toBeLessThan(64 * 1024);
    const lines = (result.stderr ?? '').slice(0, -1).split('\n');
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    lines.slice(0, -1).forEach((line, i) => expect(line).toMatch(new RegExp(`^ismap-liu: case\\.json: \\$\\.events\\[${i}\\]\\.type: .*"nope\\.${i}"`)));
    expect(lines.at(-1)).toBe('ismap-liu: case.json: … and 4980 more problems (5000 in all)');
  });

  test.each([
    [1, 1],
    [MAX_LISTED_PROBLEMS, MAX_LISTED_PROBLEMS],
    [MAX_LISTED_PROBLEMS + 1, MAX_LISTED_PROBLEMS + 1],
    [150, MAX_LISTED_PROBLEMS + 1],
  ])('%i problems → %i lines', (n, count) => {
    const lines = problems(unknownTypes(n));
    expect(lines).toHaveLength(count);
    if (n > MAX_LISTED_PROBLEMS) expect(lines.at(-1)).toBe(`ismap-liu: case.json: … and ${n - MAX_LISTED_PROBLEMS} more problem${n - MAX_LISTED_PROBLEMS === 1 ? '' : 's'} (${n} in all)`);
    else expect(lines.at(-1)).not.toMatch(/more problem/);
  });

  test('a huge bad value gives a bounded line', () => {
    const huge = JSON.stringify({ service: { name: 'x' }, events: [{ type: 'time.passed', at: `2025-01-01${'x'.repeat(1_000_000)}` }] });
    const [line, ...rest] = problems(huge);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^ismap-liu: case\.json: \$\.events\[0\]\.at: /);
    expect(line?.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH + 40);
  });

  test('an event type nested 5,000 arrays deep: exit 2, one line, no stack overflow', () => {
    const deep = `{"service":{"name":"x"},"events":[{"type":${'['.repeat(5_000)}"x"${']'.repeat(5_000)},"at":"2025-01-01"}]}`;
    const lines = problems(deep);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ismap-liu: case\.json: \$\.events\[0\]\.type/);
    expect(lines[0]).not.toMatch(/call stack|internal error/);
  });

  test('a file that is not JSON: one bounded line, whatever its size', () => {
    expectUsageError(run(['evaluate', 'case.json', '--as-of', AS_OF], fakeIo({ 'case.json': `{"a": ${'x'.repeat(1_000_000)}` })), /"case\.json" is not valid JSON/);
  });
});

describe('the size limit and --max-input-bytes', () => {
  const valid = JSON.stringify({ service: { name: 'x' }, events: [] });

  test('the default limit is passed to io, and --max-input-bytes changes it', () => {
    const io = fakeIo({ 'case.json': valid });
    expectSuccess(run(['evaluate', 'case.json', '--as-of', AS_OF], io));
    expect(io.readFile).toHaveBeenLastCalledWith('case.json', DEFAULT_MAX_INPUT_BYTES);
    expectSuccess(run(['evaluate', 'case.json', '--as-of', AS_OF, '--max-input-bytes', '1000'], io));
    expect(io.readFile).toHaveBeenLastCalledWith('case.json', 1000);
    expectSuccess(run(['evaluate', 'case.json', '--as-of', AS_OF, `--max-input-bytes=${MAX_INPUT_BYTES_CEILING}`], io));
    expect(io.readFile).toHaveBeenLastCalledWith('case.json', MAX_INPUT_BYTES_CEILING);
  });

  test('more bytes than the limit: exit 2, one line naming the file and the limit', () => {
    const size = Buffer.byteLength(valid);
    expectSuccess(run(['evaluate', 'case.json', '--as-of', AS_OF, '--max-input-bytes', String(size)], fakeIo({ 'case.json': valid })));
    expectUsageError(run(['evaluate', 'case.json', '--as-of', AS_OF, '--max-input-bytes', String(size - 1)], fakeIo({ 'case.json': valid })), '"case.json" is more than', `${size - 1} bytes`, '--max-input-bytes');
  });

  test.each(['0', '-1', 'abc', '1e6', '1.5', '0x10', '', ' 1', '01', String(MAX_INPUT_BYTES_CEILING + 1), '99999999999999999999'])('--max-input-bytes %j → exit 2, one line', (value) => {
    expectUsageError(run(['evaluate', 'case.json', '--as-of', AS_OF, `--max-input-bytes=${value}`], fakeIo({ 'case.json': valid })), `--max-input-bytes ${JSON.stringify(value)}`, String(MAX_INPUT_BYTES_CEILING));
  });

  test('--max-input-bytes given twice → exit 2', () => {
    expectUsageError(run(['evaluate', 'case.json', '--as-of', AS_OF, '--max-input-bytes', '10', '--max-input-bytes', '20'], fakeIo({ 'case.json': valid })), '--max-input-bytes given 2 times');
  });

  test('- reads standard input through io, named <stdin> in messages', () => {
    const io = fakeIo({ '-': '{ "service": ' });
    expectUsageError(run(['evaluate', '-', '--as-of', AS_OF], io), '"<stdin>" is not valid JSON');
    expect(io.readFile).toHaveBeenCalledWith('-', DEFAULT_MAX_INPUT_BYTES);
    expectSuccess(run(['evaluate', '-', '--as-of', AS_OF], fakeIo({ '-': valid })));
  });

  test('the bytes are decoded: a BOM is accepted, Shift_JIS is refused by name', () => {
    expectSuccess(run(['evaluate', 'bom.json', '--as-of', AS_OF], fakeIo({ 'bom.json': `\ufeff${valid}` })));
    const sjis = Uint8Array.from([...Buffer.from('{"service":{"name":"'), 0x83, 0x65, 0x83, 0x58, 0x83, 0x67, ...Buffer.from('"},"events":[]}')]);
    expectUsageError(run(['evaluate', 'sjis.json', '--as-of', AS_OF], fakeIo({ 'sjis.json': sjis })), 'Shift_JIS', 'offset 20');
  });
});
