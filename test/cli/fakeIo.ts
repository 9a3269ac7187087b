/**
 * A fake outside world for `run(args, io)` and the assertions every CLI test shares.
 */
import { expect, vi } from 'vitest';
import { UsageError, type CommandResult, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** An `Io` whose only files are `files` (path → text); it records what was read. */
export function fakeIo(files: Readonly<Record<string, string>> = {}): Io & { readFile: ReturnType<typeof vi.fn> } {
  return {
    version: 'x',
    readFile: vi.fn((path: string): string => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) throw new UsageError(`cannot read ${JSON.stringify(path)} (ENOENT); expected a readable JSON case file`);
      return files[path] as string;
    }),
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
