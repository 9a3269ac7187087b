/**
 * The failures listed in issue 11, one test each (table-driven): each must now end as an answer
 * or a typed error — and, where the issue says so, a bounded answer or a refusal. The heavy ones
 * (5,000-deep nesting, 214 kB and 10 MB inputs, a sparse array of length 2**32-1) run in a child
 * process with a 512 MB heap and a timeout, so that one that exhausts memory fails alone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markDoorsOwned } from './_support/doors.js';
import { runHeavy } from './_support/heavy.js';
import { checkPrototypesInFull, failureLines, recordFailures } from './_support/probe.js';
import { REGRESSIONS } from './_support/regressionCases.js';

describe('issue 11: the listed failures', () => {
  beforeAll(() => {
    checkPrototypesInFull(true);
    markDoorsOwned();
  });
  afterAll(() => checkPrototypesInFull(false));

  test('the table holds every listed case', () => {
    // Pinned: a case that goes missing is noticed.
    expect(REGRESSIONS.length).toBe(144);
    expect(REGRESSIONS.filter((r) => r.heavy === true).length).toBe(22);
    expect(new Set(REGRESSIONS.map((r) => r.name)).size).toBe(REGRESSIONS.length);
  });

  test.each(REGRESSIONS.filter((r) => r.heavy !== true).map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const failures = r.check();
    recordFailures(failures);
    expect(failureLines(failures)).toEqual([]);
  });

  test(
    'the heavy cases, in a child process',
    async () => {
      const result = await runHeavy('regressions');
      recordFailures(result.failures);
      expect(result.total).toBe(REGRESSIONS.filter((r) => r.heavy === true).length);
      expect(failureLines(result.failures)).toEqual([]);
    },
    600_000,
  );
});
