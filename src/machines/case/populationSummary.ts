/**
 * The summary of a population run: where the cases stand and what went wrong, as counts.
 *
 * @module
 */
import { isArray, isRecord } from '../../_lib/args.js';
import { InvalidArgumentError } from '../../errors.js';
import { iterableKind, syncEntries } from '../_lib/entries.js';
import type { ManyResult } from './evaluateMany.js';

/** Counts of a population of results; see {@link evaluateMany} and {@link summarizeResults}. */
export interface PopulationSummary {
  /** Results counted. */
  readonly cases: number;
  /** Cases evaluated (`ok: true`). */
  readonly evaluated: number;
  /** Cases the library could not evaluate (`ok: false`). */
  readonly failed: number;
  /**
   * Evaluated cases by where the service stands on the ISMAP-LIU Cloud Service List (11.5):
   * `unregistered` (never registered), `registered`, `suspended` (13.12, 14.5) or `deleted`.
   */
  readonly listStatus: {
    /** Never registered (no list entry). */ readonly unregistered: number;
    /** Listed. */ readonly registered: number;
    /** Listed with a suspension announced. */ readonly suspended: number;
    /** Removed from the list (deleted, withdrawn or expired). */ readonly deleted: number;
  };
  /** Evaluated cases by the active state of their procedure (e.g. `procedure.review.reported`, `procedure.registered`). */
  readonly procedureStates: Readonly<Record<string, number>>;
  /** Evaluated cases with at least one overdue obligation. */
  readonly casesWithOverdue: number;
  /** Overdue obligations by the clause that owes them (a case with two overdue 13.2 reports counts two). */
  readonly overdueByClause: Readonly<Record<string, number>>;
  /** Refused events by refusal code (`not_allowed`, `guard_failed`, `after_as_of` …), over every evaluated case. */
  readonly refusedByCode: Readonly<Record<string, number>>;
  /** Failed cases by error code (`validation_failed`, `invalid_argument`, `basis_mismatch` …). */
  readonly errorsByCode: Readonly<Record<string, number>>;
}

/** `counts` as a null-prototype record, keys in code-unit order. */
function record(counts: ReadonlyMap<string, number>): Readonly<Record<string, number>> {
  const out = Object.create(null) as Record<string, number>;
  for (const key of [...counts.keys()].sort()) out[key] = counts.get(key) as number;
  return out;
}

const bump = (counts: Map<string, number>, key: string, by = 1): void => {
  counts.set(key, (counts.get(key) ?? 0) + by);
};

/**
 * A running tally of results (what {@link evaluateMany}'s `summary` reads).
 *
 * @internal
 */
export class PopulationTally {
  private cases = 0;
  private evaluated = 0;
  private withOverdue = 0;
  private readonly status = { unregistered: 0, registered: 0, suspended: 0, deleted: 0 };
  private readonly procedure = new Map<string, number>();
  private readonly overdue = new Map<string, number>();
  private readonly refused = new Map<string, number>();
  private readonly errors = new Map<string, number>();

  /** Counts `result` and returns it. */
  add<R extends ManyResult>(result: R): R {
    this.cases += 1;
    if (!result.ok) {
      bump(this.errors, result.error.code);
      return result;
    }
    const e = result.evaluation;
    this.evaluated += 1;
    this.status[e.listEntry === null ? 'unregistered' : e.listEntry.status] += 1;
    bump(this.procedure, e.processes.find((p) => p.process === 'procedure')?.states[0]?.id ?? 'none');
    let overdue = 0;
    for (const o of e.obligations) {
      if (!o.overdue) continue;
      overdue += 1;
      bump(this.overdue, o.clause);
    }
    if (overdue > 0) this.withOverdue += 1;
    for (const r of e.refused) bump(this.refused, r.code);
    return result;
  }

  /** The counts so far. */
  summary(): PopulationSummary {
    return {
      cases: this.cases,
      evaluated: this.evaluated,
      failed: this.cases - this.evaluated,
      listStatus: { ...this.status },
      procedureStates: record(this.procedure),
      casesWithOverdue: this.withOverdue,
      overdueByClause: record(this.overdue),
      refusedByCode: record(this.refused),
      errorsByCode: record(this.errors),
    };
  }
}

/**
 * The {@link PopulationSummary} of results already at hand (kept from {@link evaluateMany}, or
 * read back from `ismap-liu evaluate --ndjson`): the same counts as the run's own `summary`.
 *
 * @param results - an iterable of {@link ManyResult}s
 * @returns the counts
 * @throws {@link InvalidArgumentError} when `results` is not iterable
 * @example
 * ```ts
 * const kintai = { service: { name: 'Kintai Cloud' }, events: [] };
 * const results = [...evaluateMany([kintai, kintai, 42], { asOf: '2025-03-01' })];
 * const s = summarizeResults(results);
 * [s.cases, s.evaluated, s.failed]; //=> [3, 2, 1]
 * s.procedureStates; //=> { 'procedure.idle': 2 }
 * s.errorsByCode; //=> { validation_failed: 1 }
 * ```
 */
export function summarizeResults(results: Iterable<ManyResult>): PopulationSummary {
  const argument = 'results of summarizeResults';
  if (iterableKind(results) !== 'sync') throw new InvalidArgumentError(argument, results, 'an iterable of evaluateMany results');
  const tally = new PopulationTally();
  let i = 0;
  for (const result of syncEntries(results, argument)) tally.add(checked(result, i++));
  return tally.summary();
}

const isList = (value: unknown): value is readonly unknown[] => isArray(value);
const hasStrings = (value: unknown, keys: readonly string[]): boolean => isRecord(value) && keys.every((k) => typeof value[k] === 'string');

/** `value` if it has the fields a tally reads (as a result of evaluateMany, or its JSON), else an {@link InvalidArgumentError}. */
function checked(value: unknown, i: number): ManyResult {
  const ok = (r: Record<string, unknown>): boolean => {
    if (r['ok'] === false) return hasStrings(r['error'], ['code']);
    const e = r['evaluation'];
    if (r['ok'] !== true || !isRecord(e)) return false;
    const listEntry = e['listEntry'];
    return (
      (listEntry === null || (isRecord(listEntry) && ['registered', 'suspended', 'deleted'].includes(listEntry['status'] as string))) &&
      isList(e['processes']) && e['processes'].every((p) => isRecord(p) && isList(p['states']) && p['states'].every((s) => hasStrings(s, ['id']))) &&
      isList(e['obligations']) && e['obligations'].every((o) => hasStrings(o, ['clause']) && typeof (o as Record<string, unknown>)['overdue'] === 'boolean') &&
      isList(e['refused']) && e['refused'].every((x) => hasStrings(x, ['code']))
    );
  };
  if (isRecord(value) && ok(value)) return value as unknown as ManyResult;
  throw new InvalidArgumentError(`results[${i}] of summarizeResults`, value, 'a result of evaluateMany: { ok: true, evaluation } or { ok: false, error: { code } }');
}
