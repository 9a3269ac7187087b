/**
 * `expect.refused`: the events of the case file the rules refused, by index or type, with the
 * refusal code.
 *
 * @module
 */
import type { Evaluation, RefusalCode } from '../../../machines/index.js';
import { outcome, type ExpectationResult } from '../result.js';
import { fieldDifferences, pairRows } from '../rows.js';
import type { RefusedRow } from '../schema.js';

/** A refusal of the evaluation in the form of a fixture row. */
export interface ActualRefusal {
  readonly index: number | null;
  readonly type: string;
  readonly code: RefusalCode;
}

/** `#14 applicant.submittedLetterOfIntent`: a row as the diff names it. */
function label(row: RefusedRow | ActualRefusal): string {
  return [row.index === undefined || row.index === null ? undefined : `#${row.index}`, row.type].filter((p) => p !== undefined).join(' ');
}

/**
 * The result of `expect.refused`. A row with an `index` is paired with the refusal of that event;
 * a row with only a `type`, with a refusal of that type. Under `exact` every refusal must be
 * matched, except the events dated after the as-of (code `after_as_of`, "not yet"), which are
 * compared only when a row names one.
 *
 * @param list - the expectation: `match` and the rows
 * @param evaluation - the evaluation
 * @param at - the JSON path of `expect.refused` in the fixture file
 * @returns the result, with a line per row that differs, is missing or (exact) is unexpected
 */
export function checkRefused(list: { readonly match: 'exact' | 'contains'; readonly items: readonly RefusedRow[] }, evaluation: Evaluation, at: string): ExpectationResult {
  const actual: ActualRefusal[] = evaluation.refused.map((r) => ({ index: r.index, type: r.type, code: r.code }));
  const { pairs, missing, unpaired } = pairRows(
    list.items,
    actual,
    (e, a) => (e.index === undefined ? e.type === a.type : e.index === a.index),
    (e, a) => fieldDifferences(e.index === undefined ? { code: e.code } : { type: e.type, code: e.code }, a as unknown as Record<string, unknown>),
  );
  const unexpected = list.match === 'exact' ? unpaired.filter((a) => a.code !== 'after_as_of') : [];
  const diff = [
    ...pairs.flatMap((p) => p.differences.map((d) => `${label(p.expected)}: ${d}`)),
    ...missing.map(({ note: _note, ...row }) => `- missing    ${JSON.stringify(row)}`),
    ...unexpected.map((row) => `+ unexpected ${JSON.stringify(row)}`),
  ];
  const rows = `${list.items.length} row${list.items.length === 1 ? '' : 's'}`;
  return outcome(`refused (${list.match}, ${rows})`, at, diff, list, actual);
}
