/**
 * The built bin (`dist/cli.js`), run as a process: the commands, and `evaluate` on real files —
 * encodings, a FIFO with no writer, devices, directories, a file over the size limit, standard
 * input, control characters, thousands of problems and deep nesting. Each run has a timeout, so a
 * command that blocks fails its test.
 *
 * dist/cli.js is built on demand (`ensureBuilt`): these tests never skip, so a missing or broken
 * build fails them, in CI and elsewhere. They live in this one file so that no other test file
 * rebuilds dist/ while they run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluateCase } from '../../src/machines/index.js';
import { deadline } from '../../src/rules/periods/index.js';
import { bin, ensureBuilt, ROOT } from './builtBin.js';

beforeAll(() => ensureBuilt(), 600_000);

describe('node dist/cli.js', () => {
  test('deadline 13.2 --from 2024-12-27T15:00+09:00 prints the last day 2025-01-08', () => {
    const r = bin(['deadline', '13.2', '--from', '2024-12-27T15:00+09:00']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('13.2');
    expect(r.stdout).toMatch(/last day\s+2025-01-08/);
    expect(r.stdout).not.toMatch(/if extended/);
  });

  test('--json prints what deadline returns', () => {
    const r = bin(['deadline', '13.2', '--from', '2024-12-27T15:00+09:00', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(deadline('13.2', '2024-12-27T15:00+09:00'));
  });

  test('bad input exits 2 with one line on stderr', () => {
    const r = bin(['deadline', '13.2', '--from', '2024-12-27T15:00']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ismap-liu: [^\n]*2024-12-27T15:00[^\n]*\n$/);
  });

  test('calendar without a year shows the current year in Japan, and says so', () => {
    const r = bin(['calendar']);
    expect(r.status, r.stderr).toBe(0);
    const first = r.stdout.split('\n')[0] ?? '';
    const shown = /^Government holidays (\d{4}) \(the current year in Japan: today is ((\d{4})-\d{2}-\d{2})\)/.exec(first);
    expect(shown, first).not.toBeNull();
    expect(shown?.[1]).toBe(shown?.[3]);
    // the clock may pass midnight in Japan between the command and this check: one day apart at most
    const japanNow = Date.parse(`${shown?.[2]}T00:00+09:00`);
    expect(Math.abs(Date.now() - japanNow)).toBeLessThan(2 * 86_400_000);
  });

  test('--help lists --ics and the input limits', () => {
    const r = bin(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--ics');
    expect(r.stdout).toContain('--max-input-bytes');
  });
});

const dir = mkdtempSync(join(tmpdir(), 'ismap-liu-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AS_OF = '2025-03-01';
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'kintai-cloud-registration.json'), 'utf8');
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function utf16(text: string, littleEndian: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}
/** Exit 2, nothing on stdout, one line on stderr containing every mention; returns the line. */
function refused(r: ReturnType<typeof bin>, ...mentions: (string | RegExp)[]): string {
  expect(r.error, 'the command finished in time').toBeUndefined();
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^ismap-liu: [^\n]+\n$/);
  for (const m of mentions) expect(r.stderr).toMatch(typeof m === 'string' ? new RegExp(m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : m);
  return r.stderr;
}
const expected = evaluateCase(JSON.parse(EXAMPLE), { asOf: AS_OF });
function same(r: ReturnType<typeof bin>): void {
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
}

describe('encodings', () => {
  test('UTF-8 with a byte-order mark, and UTF-16 LE / BE with one, read as the plain file', () => {
    same(bin(['evaluate', file('bom.json', `\ufeff${EXAMPLE}`), '--as-of', AS_OF, '--json']));
    same(bin(['evaluate', file('le.json', utf16(EXAMPLE, true)), '--as-of', AS_OF, '--json']));
    same(bin(['evaluate', file('be.json', utf16(EXAMPLE, false)), '--as-of', AS_OF, '--json']));
  });

  test('Shift_JIS: refused, naming the encoding and the offset', () => {
    const sjis = Buffer.concat([Buffer.from('{"service":{"name":"'), Buffer.from([0x8b, 0xce, 0x91, 0xd3]), Buffer.from('"},"events":[]}')]); // 勤怠
    refused(bin(['evaluate', file('sjis.json', sjis), '--as-of', AS_OF]), 'Shift_JIS', 'offset 20', 'sjis.json');
  });

  test('bytes that are neither: refused with the byte and its offset', () => {
    refused(bin(['evaluate', file('latin1.json', Buffer.from([...Buffer.from('{"a":"caf'), 0xe9, ...Buffer.from('"}')])), '--as-of', AS_OF]), 'not valid UTF-8 (byte 0xE9 at offset 9)');
  });
});

describe('what is not a regular file is refused before it is opened', () => {
  test.skipIf(process.platform === 'win32')('a FIFO with no writer: exit 2 at once, no hang', () => {
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    refused(bin(['evaluate', fifo, '--as-of', AS_OF], { timeout: 10_000 }), 'is a FIFO (named pipe), not a regular file');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test.skipIf(process.platform === 'win32')('/dev/zero, /dev/urandom: exit 2, no endless read', () => {
    refused(bin(['evaluate', '/dev/zero', '--as-of', AS_OF], { timeout: 10_000 }), '"/dev/zero" is a character device');
    refused(bin(['evaluate', '/dev/urandom', '--as-of', AS_OF], { timeout: 10_000 }), 'is a character device');
  });

  test('a directory', () => {
    refused(bin(['evaluate', dir, '--as-of', AS_OF]), 'is a directory, not a regular file');
  });

  test('a path that does not exist', () => {
    refused(bin(['evaluate', join(dir, 'missing.json'), '--as-of', AS_OF]), '(ENOENT)');
  });
});

describe('size', () => {
  test('a 50 MiB sparse file: exit 2, one line with the path, the size and the limit', () => {
    const path = file('huge.json', '');
    truncateSync(path, 50 * 1024 * 1024);
    refused(bin(['evaluate', path, '--as-of', AS_OF]), path, '52428800 bytes (50 MiB)', 'over the limit of 16777216 bytes (16 MiB)', '--max-input-bytes');
  });

  test('--max-input-bytes lowers and raises the limit', () => {
    const path = file('padded.json', `${EXAMPLE}${' '.repeat(17 * 1024 * 1024)}`);
    refused(bin(['evaluate', path, '--as-of', AS_OF, '--json']), 'over the limit of 16777216 bytes');
    same(bin(['evaluate', path, '--as-of', AS_OF, '--json', '--max-input-bytes', String(32 * 1024 * 1024)]));
    refused(bin(['evaluate', file('small.json', EXAMPLE), '--as-of', AS_OF, '--max-input-bytes', '100']), `is ${Buffer.byteLength(EXAMPLE)} bytes`, 'over the limit of 100 bytes');
  });
});

describe('standard input', () => {
  test('- reads the case from standard input', () => {
    same(bin(['evaluate', '-', '--as-of', AS_OF, '--json'], { input: EXAMPLE }));
  });

  test('more than the limit on standard input: exit 2, "more than" the limit', () => {
    refused(bin(['evaluate', '-', '--as-of', AS_OF, '--max-input-bytes', '1000'], { input: `${EXAMPLE}${' '.repeat(100_000)}` }), '"<stdin>" is more than 1000 bytes');
  });
});

describe('hostile content', () => {
  test('control characters in the service name never reach the terminal raw', () => {
    const parsed = JSON.parse(EXAMPLE) as { service: { name: string } };
    const path = file('evil.json', JSON.stringify({ ...parsed, service: { ...parsed.service, name: 'K\u001b[2J\u001b]0;x\u0007\u009b31m\u202eK\u2028' } }));
    const text = bin(['evaluate', path, '--as-of', AS_OF]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).not.toMatch(RAW);
    expect(text.stdout.split('\n')[0]).toMatch(/^K\\u001b\[2J\\u001b]0;x\\u0007\\u009b31m\\u202eK\\u2028 -- as of/);
    const json = bin(['evaluate', path, '--as-of', AS_OF, '--json']);
    expect(json.stdout).not.toMatch(RAW);
    expect((JSON.parse(json.stdout) as { service: { name: string } }).service.name).toBe('K\u001b[2J\u001b]0;x\u0007\u009b31m\u202eK\u2028');
    const ics = bin(['evaluate', path, '--as-of', AS_OF, '--ics']);
    expect(ics.status).toBe(0);
    expect(ics.stdout.replace(/\r\n/g, '')).not.toMatch(RAW);
  });

  test('control characters in an error value and a path: escaped on stderr', () => {
    const path = file('bad\u001b[31m.json', JSON.stringify({ service: { name: 'x' }, events: [{ type: 'time.passed', at: '2025\u009b-01-01' }] }));
    const r = bin(['evaluate', path, '--as-of', AS_OF]);
    expect(r.status).toBe(2);
    expect(r.stderr.replace(/\n/g, '')).not.toMatch(RAW);
    expect(r.stderr).toContain('bad\\u001b[31m.json');
  });

  test('5,000 unknown event types: 21 lines, under 64 kB', () => {
    const path = file('unknown.json', JSON.stringify({ service: { name: 'x' }, events: Array.from({ length: 5_000 }, (_, i) => ({ type: `nope.${i}`, at: '2025-01-01' })) }));
    const r = bin(['evaluate', path, '--as-of', AS_OF]);
    expect(r.status).toBe(2);
    expect(Buffer.byteLength(r.stderr)).toBeLessThan(64 * 1024);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(21);
    expect(r.stderr).toMatch(/… and 4980 more problems \(5000 in all\)\n$/);
  });

  test('an event type nested 5,000 arrays deep: exit 2, one line', () => {
    const path = file('deep.json', `{"service":{"name":"x"},"events":[{"type":${'['.repeat(5_000)}"x"${']'.repeat(5_000)},"at":"2025-01-01"}]}`);
    const line = refused(bin(['evaluate', path, '--as-of', AS_OF]), '$.events[0].type');
    expect(line).not.toMatch(/call stack|internal error/);
  });
});
