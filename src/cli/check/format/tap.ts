/**
 * The report of `ismap-liu check --format tap`: TAP version 14, one test point per expectation,
 * a YAML diagnostic block under each failure, the summary as a final comment.
 *
 * In a description `\` and `#` are escaped as TAP 14 asks (`\\`, `\#`). Every value of a YAML
 * block is written as JSON on one line, which YAML 1.2 reads as the same value; characters a
 * terminal would act on are `\uXXXX` escapes there too, so the text is plain printable ASCII and
 * Unicode.
 *
 * @module
 */
import { printable } from '../../../_lib/text.js';
import type { FixtureResult } from '../result.js';
import { countResults, summaryLine } from './summary.js';

/** A TAP description: printable, one line, `\` and `#` escaped. */
function description(text: string): string {
  return printable(text).replace(/[\\#]/g, (c) => `\\${c}`);
}

/** One `key: value` line of a YAML block, the value as JSON (printable: C1, DEL and bidirectional controls as `\uXXXX`). */
function yamlLine(key: string, value: unknown): string {
  return `  ${key}: ${printable(JSON.stringify(value) ?? 'null')}`;
}

/**
 * The TAP report.
 *
 * @param results - the fixtures' results, in order
 * @returns TAP version 14 text, ending with a newline
 */
export function formatTap(results: readonly FixtureResult[]): string {
  const points = results.flatMap((fixture) => fixture.expectations.map((e) => ({ fixture, e })));
  const lines = ['TAP version 14', `1..${points.length}`];
  points.forEach(({ fixture, e }, i) => {
    lines.push(`${e.passed ? 'ok' : 'not ok'} ${i + 1} - ${description(`${fixture.file}: ${fixture.name} (as of ${fixture.asOf}): ${e.name}`)}`);
    if (e.passed) return;
    lines.push(
      '  ---',
      yamlLine('message', `${e.diff.length} difference${e.diff.length === 1 ? '' : 's'}: ${e.diff[0] ?? ''}`),
      yamlLine('severity', 'fail'),
      yamlLine('file', fixture.file),
      yamlLine('at', e.at),
      yamlLine('asOf', fixture.asOf),
      yamlLine('diff', e.diff),
      yamlLine('expected', e.expected),
      yamlLine('actual', e.actual),
      '  ...',
    );
  });
  lines.push(`# ${description(summaryLine(countResults(results)))}`);
  return `${lines.join('\n')}\n`;
}
