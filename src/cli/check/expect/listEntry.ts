/**
 * `expect.listEntry`: the ISMAP-LIU Cloud Service List entry, `null` (none) or the parts of it
 * to compare.
 *
 * @module
 */
import type { Evaluation } from '../../../machines/index.js';
import { outcome, show, type ExpectationResult } from '../result.js';
import { fieldDifferences } from '../rows.js';
import type { ListEntryExpected } from '../schema.js';

/**
 * The result of `expect.listEntry`. `null` expects no entry. An object compares the keys it
 * gives: `listed`, `status` and `removal` whole; under `fields`, each field given; and
 * `announcements` as a whole list, in order, each announcement by the keys it gives.
 *
 * @param expected - the expectation
 * @param evaluation - the evaluation
 * @param at - the JSON path of `expect.listEntry` in the fixture file
 * @returns the result, a line per difference
 */
export function checkListEntry(expected: ListEntryExpected, evaluation: Evaluation, at: string): ExpectationResult {
  const actual = evaluation.listEntry;
  const diff: string[] = [];
  if (expected === null || actual === null) {
    if (expected !== actual) diff.push(`expected ${expected === null ? 'no list entry' : 'a list entry'}, actual ${actual === null ? 'none' : `${show(actual.status)}, listed ${show(actual.listed)}`}`);
    return outcome('listEntry', at, diff, expected, actual === null ? null : summary(actual));
  }
  const { fields, announcements, ...top } = expected;
  diff.push(...fieldDifferences(top, actual as unknown as Record<string, unknown>));
  if (fields !== undefined) diff.push(...fieldDifferences(fields, actual.fields as unknown as Record<string, unknown>).map((d) => `fields.${d}`));
  if (announcements !== undefined) {
    if (announcements.length !== actual.announcements.length) {
      diff.push(`announcements: expected ${announcements.length}, actual ${actual.announcements.length} ${show(actual.announcements)}`);
    } else {
      announcements.forEach((a, i) => diff.push(...fieldDifferences(a, actual.announcements[i] as unknown as Record<string, unknown>).map((d) => `announcements[${i}].${d}`)));
    }
  }
  return outcome('listEntry', at, diff, expected, summary(actual));
}

/** The parts of a list entry a fixture can compare. */
function summary(entry: NonNullable<Evaluation['listEntry']>) {
  return { listed: entry.listed, status: entry.status, fields: entry.fields, announcements: entry.announcements, removal: entry.removal };
}
