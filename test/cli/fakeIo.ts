/**
 * A fake outside world for `run(args, io)` and the assertions every CLI test shares.
 */
import { expect, vi } from 'vitest';
import { UsageError, type CommandResult, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** The instant the fake clock reads: 2026-12-31T15:30Z, already 2027-01-01 in Japan. */
export const FAKE_NOW = new Date('2026-12-31T15:30:00Z');

/**
 * An `Io` whose only files are `files` (path → text, stored as UTF-8, or raw bytes), whose
 * clock reads {@link FAKE_NOW}; it records what was read. Like the real one, it never returns
 * more than the limit and one byte.
 */
export function fakeIo(files: Readonly<Record<string, string | Uint8Array>> = {}): Io & { readFile: ReturnType<typeof vi.fn> } {
  return {
    version: 'x',
    readFile: vi.fn((path: string, maxBytes: number): Uint8Array => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) throw new UsageError(`cannot read ${JSON.stringify(path)} (ENOENT); expected a readable JSON case file`);
      const content = files[path] as string | Uint8Array;
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return bytes.subarray(0, maxBytes + 1);
    }),
    now: () => new Date(FAKE_NOW),
  };
}

/** Runs the CLI with a fresh fake io. */
export function cli(...args: string[]): CommandResult {
  return run(args, fakeIo());
}

/** A success: exit code 0, output on stdout, nothing on stderr. */
export function expectSuccess(result: CommandResult): string {
  expect(result.stderr ?? '', 'stderr').toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout ?? '').not.toBe('');
  expect(result.stdout?.endsWith('\n')).toBe(true);
  return result.stdout ?? '';
}

/**
 * Bad input: exit code 2, nothing on stdout, exactly one line on stderr that contains each of
 * `mentions` (the bad value, what was expected) and no stack trace.
 */
export function expectUsageError(result: CommandResult, ...mentions: (string | RegExp)[]): string {
  const stderr = result.stderr ?? '';
  expect(result.code, stderr).toBe(2);
  expect(result.stdout ?? '').toBe('');
  expect(stderr.endsWith('\n'), JSON.stringify(stderr)).toBe(true);
  expect(stderr.slice(0, -1), 'exactly one line').not.toContain('\n');
  expect(stderr).toMatch(/^ismap-liu: \S/);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect(stderr).not.toMatch(/internal error|TypeError|ReferenceError/);
  for (const m of mentions) {
    if (typeof m === 'string') expect(stderr).toContain(m);
    else expect(stderr).toMatch(m);
  }
  return stderr;
}

/**
 * The one-line message of the UsageError that `read` throws (fails the test when it returns or
 * throws anything else).
 */
export function usageRefusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a refusal');
}
