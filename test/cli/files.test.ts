/**
 * `readCaseFile`, the CLI's reader, on the real file system: only regular files are opened,
 * their size is checked first, and never more than the limit and one byte is read. (A FIFO is
 * tested through the built bin, in bin.test.ts, where a hang would be a timeout, not a
 * stuck worker.)
 */
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readCaseFile, tooLarge } from '../../src/cli/files.js';
import { usageRefusal } from './fakeIo.js';
import { DEFAULT_MAX_INPUT_BYTES, describeBytes } from '../../src/cli/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'ismap-liu-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message of the UsageError `readCaseFile` throws (fails the test when it returns). */
function refusal(path: string, limit = DEFAULT_MAX_INPUT_BYTES): string {
  return usageRefusal(() => readCaseFile(path, limit));
}

describe('readCaseFile', () => {
  test('reads a regular file whole, up to and including the limit', () => {
    const path = join(dir, 'ten.json');
    writeFileSync(path, '0123456789');
    expect(Buffer.from(readCaseFile(path, 10)).toString()).toBe('0123456789');
    expect(Buffer.from(readCaseFile(path, DEFAULT_MAX_INPUT_BYTES)).toString()).toBe('0123456789');
    expect(readCaseFile(join(dir, 'ten.json'), 1_000)).toHaveLength(10);
  });

  test('one byte over the limit: refused naming the path, the size and the limit', () => {
    const path = join(dir, 'eleven.json');
    writeFileSync(path, '01234567890');
    const message = refusal(path, 10);
    expect(message).toBe(`"${path}" is 11 bytes, over the limit of 10 bytes; expected a smaller case file, or raise the limit with --max-input-bytes N`);
  });

  test('a 50 MiB sparse file: refused from its size, before it is read', () => {
    const path = join(dir, 'sparse.json');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const message = refusal(path);
    expect(message).toContain('52428800 bytes (50 MiB)');
    expect(message).toContain('16777216 bytes (16 MiB)');
    expect(message).toContain('--max-input-bytes');
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
  });

  test.skipIf(process.platform === 'win32')('a directory and a character device are refused without being read', () => {
    mkdirSync(join(dir, 'folder'));
    expect(refusal(join(dir, 'folder'))).toMatch(/is a directory, not a regular file; expected a JSON case file \(or - for standard input\)/);
    expect(refusal('/dev/zero')).toMatch(/^"\/dev\/zero" is a character device, not a regular file/);
    expect(refusal('/dev/null')).toMatch(/is a character device/);
  });

  test('a path that does not exist: the path and the error code', () => {
    expect(refusal(join(dir, 'missing.json'))).toBe(`cannot read "${join(dir, 'missing.json')}" (ENOENT); expected a readable JSON case file`);
  });

  test('a path with control characters is quoted and escaped', () => {
    expect(refusal(join(dir, 'x\u001b[31m\u009b.json'))).toContain('x\\u001b[31m\\u009b.json');
  });

  test('tooLarge without a known size says "more than" the limit', () => {
    expect(tooLarge('<stdin>', null, 1024).message).toBe('"<stdin>" is more than 1024 bytes (1 KiB), over the limit of 1024 bytes (1 KiB); expected a smaller case file, or raise the limit with --max-input-bytes N');
  });

  test.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1024 bytes (1 KiB)'],
    [1536, '1536 bytes (1.5 KiB)'],
    [16 * 1024 * 1024, '16777216 bytes (16 MiB)'],
    [3 * 1024 ** 3, '3221225472 bytes (3 GiB)'],
  ])('describeBytes(%i) → %s', (n, text) => {
    expect(describeBytes(n)).toBe(text);
  });
});
