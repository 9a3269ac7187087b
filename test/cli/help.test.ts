/**
 * `--help`, `--version`, unknown commands and `evaluate` routing.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_INPUT_BYTES } from '../../src/cli/limits.js';
import { run } from '../../src/cli/run.js';
import { cli, expectSuccess, expectUsageError, fakeIo } from './fakeIo.js';

describe('help and version', () => {
  test.each([['--help'], ['-h'], ['help'], []])('%j → exit 0 with the usage', (...args) => {
    const stdout = expectSuccess(cli(...(args as string[])));
    expect(stdout).toMatch(/^Usage: ismap-liu/);
    for (const command of ['deadline', 'clauses', 'calendar', 'evaluate']) expect(stdout).toContain(command);
    expect(stdout).toMatch(/--from/);
    expect(stdout).toMatch(/Exit codes/);
    // issue 14: every option of evaluate, the default year of calendar, and the input limits
    for (const option of ['--ics', '--json', '--as-of', '--max-input-bytes']) expect(stdout).toContain(option);
    expect(stdout).toContain('the current year in Japan');
    expect(stdout).toContain('16777216 bytes (16 MiB)');
    expect(stdout).toMatch(/Shift_JIS/);
    expect(stdout).toMatch(/standard input/);
    expect(stdout).not.toContain('2026');
  });

  test('--version prints the version from io', () => {
    expect(expectSuccess(cli('--version'))).toBe('x\n');
  });

  test.each(['frob', 'Deadline', '--bogus', '__proto__'])('unknown command %j → exit 2, one line', (command) => {
    expectUsageError(cli(command), JSON.stringify(command), /deadline/);
  });

  test('evaluate reads its file through io', () => {
    const io = fakeIo({ 'case.json': '{}' });
    run(['evaluate', 'case.json', '--as-of', '2025-01-01'], io);
    expect(io.readFile).toHaveBeenCalledWith('case.json', DEFAULT_MAX_INPUT_BYTES);
  });

  test('an unexpected exception from io becomes exit 1 with one line, not a stack trace', () => {
    const io = {
      ...fakeIo(),
      readFile: () => {
        throw new Error('boom');
      },
    };
    const result = run(['evaluate', 'x', '--as-of', '2025-01-01'], io);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('ismap-liu: internal error: boom\n');
  });
});
