/**
 * One result of `evaluate --ndjson` as a flat row, the columns `--parquet` writes: where the case
 * stands, how much is owed and overdue, the next deadline, or the error.
 *
 * @module
 */
import type { ManyResult } from '../../machines/case/evaluateMany.js';

/** The columns of `--parquet`, in order, with their DuckDB types. */
export const FLAT_COLUMNS = [
  ['case_index', 'BIGINT'],
  ['id', 'VARCHAR'],
  ['ok', 'BOOLEAN'],
  ['service_name', 'VARCHAR'],
  ['as_of', 'DATE'],
  ['status', 'VARCHAR'],
  ['procedure_state', 'VARCHAR'],
  ['headline', 'VARCHAR'],
  ['events_applied', 'INTEGER'],
  ['events_refused', 'INTEGER'],
  ['obligations', 'INTEGER'],
  ['overdue', 'INTEGER'],
  ['overdue_clauses', 'VARCHAR[]'],
  ['next_deadline', 'DATE'],
  ['next_deadline_clause', 'VARCHAR'],
  ['error_code', 'VARCHAR'],
  ['error_message', 'VARCHAR'],
] as const;

/** A column name. */
export type FlatColumn = (typeof FLAT_COLUMNS)[number][0];

/** One result as a row; every column but `case_index` and `ok` is `null` where it does not apply. */
export interface FlatRow {
  /** The position of the case in the input (0-based). */
  readonly case_index: number;
  /** The case's id as text (a number id in decimal), or `null`. */
  readonly id: string | null;
  /** Whether the case was evaluated. */
  readonly ok: boolean;
  /** The service's name. */
  readonly service_name: string | null;
  /** The as-of day in Japan (`YYYY-MM-DD`). */
  readonly as_of: string | null;
  /** `unregistered`, `registered`, `suspended` or `deleted` (the list entry of 11.5). */
  readonly status: string | null;
  /** The active state of the procedure, e.g. `procedure.registered`. */
  readonly procedure_state: string | null;
  /** The case in one line. */
  readonly headline: string | null;
  /** Events applied. */
  readonly events_applied: number | null;
  /** Events refused. */
  readonly events_refused: number | null;
  /** Obligations owed as of the as-of day. */
  readonly obligations: number | null;
  /** Of those, overdue. */
  readonly overdue: number | null;
  /** The clauses of the overdue obligations, in the evaluation's order (empty when none or for an error). */
  readonly overdue_clauses: readonly string[];
  /** The earliest strict last day (I2) of an act still owed and not overdue. */
  readonly next_deadline: string | null;
  /** The clause of that act. */
  readonly next_deadline_clause: string | null;
  /** The error code of a case that could not be evaluated. */
  readonly error_code: string | null;
  /** Its message. */
  readonly error_message: string | null;
}

/**
 * The flat row of a result.
 *
 * @param result - a result of `evaluateMany` (or of one NDJSON line)
 * @returns the row
 */
export function flatRow(result: ManyResult): FlatRow {
  const id = result.id === null ? null : String(result.id);
  if (!result.ok) {
    return {
      case_index: result.index, id, ok: false, service_name: null, as_of: null, status: null, procedure_state: null, headline: null,
      events_applied: null, events_refused: null, obligations: null, overdue: null, overdue_clauses: [], next_deadline: null, next_deadline_clause: null,
      error_code: result.error.code, error_message: result.error.message,
    };
  }
  const e = result.evaluation;
  let next: { day: string; clause: string } | null = null;
  for (const o of e.obligations) {
    if (o.nature !== 'act' || o.overdue || o.lastDay === null) continue;
    if (next === null || o.lastDay < next.day) next = { day: o.lastDay, clause: o.clause };
  }
  const overdue = e.obligations.filter((o) => o.overdue).map((o) => o.clause);
  return {
    case_index: result.index,
    id,
    ok: true,
    service_name: e.service.name,
    as_of: e.asOf.day,
    status: e.listEntry === null ? 'unregistered' : e.listEntry.status,
    procedure_state: e.processes.find((p) => p.process === 'procedure')?.states[0]?.id ?? null,
    headline: e.headline,
    events_applied: e.applied,
    events_refused: e.refused.length,
    obligations: e.obligations.length,
    overdue: overdue.length,
    overdue_clauses: overdue,
    next_deadline: next?.day ?? null,
    next_deadline_clause: next?.clause ?? null,
    error_code: null,
    error_message: null,
  };
}
