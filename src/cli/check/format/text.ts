/**
 * The report of `ismap-liu check` for a person: each file, its fixtures, each expectation `ok`
 * or `FAIL` with its differences, then the summary line. Every character a terminal would act
 * on is shown as a visible `\uXXXX` escape.
 *
 * @module
 */
import { printable, truncate } from '../../../_lib/text.js';
import type { FixtureResult } from '../result.js';
import { countResults, summaryLine } from './summary.js';

/** The longest line of a difference shown; a longer one is cut, with its length. */
const MAX_DIFF_LINE = 1_000;

/**
 * The text report.
 *
 * @param results - the fixtures' results, in order
 * @returns the report, ending with the summary line and a newline
 */
export function formatText(results: readonly FixtureResult[]): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const fixture of results) {
    if (fixture.file !== file) {
      if (file !== undefined) lines.push('');
      file = fixture.file;
      lines.push(printable(file));
    }
    const failed = fixture.expectations.some((e) => !e.passed);
    lines.push(`  ${failed ? 'FAIL' : 'ok  '} ${printable(fixture.name)} (as of ${printable(fixture.asOf)})${fixture.at === '$' ? '' : `  ${fixture.at}`}`);
    for (const e of fixture.expectations) {
      lines.push(`    ${e.passed ? 'ok  ' : 'FAIL'} ${printable(e.name)}${e.passed ? '' : `  ${printable(e.at)}`}`);
      for (const d of e.diff) lines.push(`           ${printable(truncate(d, MAX_DIFF_LINE))}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(countResults(results)));
  return `${lines.join('\n')}\n`;
}
