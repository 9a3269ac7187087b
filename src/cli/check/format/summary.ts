/**
 * The counts of a check run, and the summary line every format ends with.
 *
 * @module
 */
import type { FixtureResult } from '../result.js';

/** How many files, fixtures and expectations ran, and how many failed. */
export interface Counts {
  readonly files: number;
  readonly fixtures: number;
  readonly failedFixtures: number;
  readonly expectations: number;
  readonly failed: number;
}

/** The counts of `results`. */
export function countResults(results: readonly FixtureResult[]): Counts {
  const all = results.flatMap((r) => r.expectations);
  return {
    files: new Set(results.map((r) => r.file)).size,
    fixtures: results.length,
    failedFixtures: results.filter((r) => r.expectations.some((e) => !e.passed)).length,
    expectations: all.length,
    failed: all.filter((e) => !e.passed).length,
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `9 fixtures in 4 files: 52 expectations, 51 passed, 1 failed (1 fixture failed)`.
 *
 * @param counts - the counts
 * @returns the line, without a newline
 */
export function summaryLine(counts: Counts): string {
  const passed = counts.expectations - counts.failed;
  const head = `${plural(counts.fixtures, 'fixture')} in ${plural(counts.files, 'file')}: ${plural(counts.expectations, 'expectation')}, ${passed} passed, ${counts.failed} failed`;
  return counts.failed === 0 ? head : `${head} (${plural(counts.failedFixtures, 'fixture')} failed)`;
}
