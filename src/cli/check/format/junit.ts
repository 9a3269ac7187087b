/**
 * The report of `ismap-liu check --format junit`: JUnit XML as CI systems read it, one
 * `<testsuite>` per fixture file, one `<testcase>` per expectation (its `classname` the
 * fixture), a `<failure>` holding the differences of a failed one.
 *
 * Text is escaped for XML (`&`, `<`, `>`, `"`, `'`); characters XML 1.0 does not allow, or that
 * a terminal would act on, are visible `\uXXXX` escapes first (line breaks are kept in a
 * failure's text, and escaped in attributes). No timings: the report of a run is the same each
 * time.
 *
 * @module
 */
import { printable } from '../../../_lib/text.js';
import type { FixtureResult } from '../result.js';
import { countResults } from './summary.js';

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` safe in XML: printable (line breaks kept when `keepLines`), U+FFFE/U+FFFF escaped, then the five entities. */
function xml(text: string, keepLines = false): string {
  return printable(text, keepLines)
    .replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/**
 * The JUnit XML report.
 *
 * @param results - the fixtures' results, in order
 * @returns the XML document, ending with a newline
 */
export function formatJunit(results: readonly FixtureResult[]): string {
  const total = countResults(results);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="ismap-liu check" tests="${total.expectations}" failures="${total.failed}" errors="0">`];
  const files = [...new Set(results.map((r) => r.file))];
  for (const file of files) {
    const fixtures = results.filter((r) => r.file === file);
    const counts = countResults(fixtures);
    lines.push(`  <testsuite name="${xml(file)}" tests="${counts.expectations}" failures="${counts.failed}" errors="0" skipped="0">`);
    for (const fixture of fixtures) {
      const classname = xml(`${fixture.name} (as of ${fixture.asOf})`);
      for (const e of fixture.expectations) {
        if (e.passed) {
          lines.push(`    <testcase classname="${classname}" name="${xml(e.name)}"/>`);
          continue;
        }
        lines.push(
          `    <testcase classname="${classname}" name="${xml(e.name)}">`,
          `      <failure message="${xml(`${e.diff.length} difference${e.diff.length === 1 ? '' : 's'} at ${e.at}`)}" type="mismatch">${xml(e.diff.join('\n'), true)}</failure>`,
          '    </testcase>',
        );
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
