/**
 * `expect.obligations`: what is owed, matched by clause and instance (and process, when the row
 * gives it); the fields a row gives are compared, the others are not.
 *
 * @module
 */
import type { Evaluation, Obligation } from '../../../machines/index.js';
import { outcome, type ExpectationResult } from '../result.js';
import { fieldDifferences, pairRows } from '../rows.js';
import type { ObligationRow } from '../schema.js';

/** An obligation of the evaluation in the form of a fixture row (ready to paste into a fixture). */
export interface ActualObligation {
  readonly clause: string;
  readonly instance: string | null;
  readonly process: Obligation['process'];
  readonly owedBy: Obligation['actor'];
  readonly lastDay: string | null;
  readonly lastDayIfExtended: string | null;
  readonly overdue: boolean;
}

/** The obligations of an evaluation as fixture rows. */
export function actualObligations(evaluation: Evaluation): ActualObligation[] {
  return evaluation.obligations.map((o) => ({
    clause: o.clause,
    instance: o.instance,
    process: o.process,
    owedBy: o.actor,
    lastDay: o.lastDay,
    lastDayIfExtended: o.lastDayIfExtended,
    overdue: o.overdue,
  }));
}

/** `12.1`, `13.2 "INC-1"`: a row as the diff names it. */
function label(row: { readonly clause: string; readonly instance?: string | null | undefined }): string {
  return row.instance === undefined || row.instance === null ? row.clause : `${row.clause} ${JSON.stringify(row.instance)}`;
}

/** A row written out whole, with `instance` only when it has one. */
function written(row: ObligationRow | ActualObligation): string {
  const { clause, instance, note: _note, ...rest } = row as ObligationRow;
  return JSON.stringify(instance === undefined || instance === null ? { clause, ...rest } : { clause, instance, ...rest });
}

/**
 * The result of `expect.obligations`. Under `exact` every obligation of the evaluation must be
 * matched by a row; under `contains` the evaluation may owe more.
 *
 * @param list - the expectation: `match` and the rows
 * @param evaluation - the evaluation
 * @param at - the JSON path of `expect.obligations` in the fixture file
 * @returns the result, with a line per row that differs, is missing or (exact) is unexpected
 */
export function checkObligations(list: { readonly match: 'exact' | 'contains'; readonly items: readonly ObligationRow[] }, evaluation: Evaluation, at: string): ExpectationResult {
  const actual = actualObligations(evaluation);
  const { pairs, missing, unpaired } = pairRows(
    list.items,
    actual,
    (e, a) => e.clause === a.clause && (e.instance ?? null) === a.instance && (e.process === undefined || e.process === a.process),
    (e, a) => {
      const { clause: _clause, instance: _instance, note: _note, ...fields } = e;
      return fieldDifferences(fields, a as unknown as Record<string, unknown>);
    },
  );
  const diff = [
    ...pairs.flatMap((p) => p.differences.map((d) => `${label(p.expected)}: ${d}`)),
    ...missing.map((row) => `- missing    ${written(row)}`),
    ...(list.match === 'exact' ? unpaired.map((row) => `+ unexpected ${written(row)}`) : []),
  ];
  const rows = `${list.items.length} row${list.items.length === 1 ? '' : 's'}`;
  return outcome(`obligations (${list.match}, ${rows})`, at, diff, list, actual);
}
