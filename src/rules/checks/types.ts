/**
 * The shape of every requirement check's answer.
 *
 * @module
 */
import type { InterpretationId } from '../interpretations/index.js';

/**
 * One clause a case fails, and why.
 *
 * * `clause`: the clause that refuses, e.g. `'9.1(2)'`, `'Supp.2022.2'`;
 * * `reason`: a sentence with the dates and values involved;
 * * `see`: the clauses the refusal relies on (9.1(2) relies on 8.2);
 * * `interpretations`: the readings of the interpretation register used (e.g. `I5`, `I2`);
 * * `path`: the JSON path of the fact concerned, e.g. `'$.evaluations[1]'`.
 */
export interface CheckFailure {
  /** The clause that refuses. */
  readonly clause: string;
  /** Why, with the dates and values involved. */
  readonly reason: string;
  /** The clauses the refusal relies on. */
  readonly see?: readonly string[];
  /** The interpretations used. */
  readonly interpretations?: readonly InterpretationId[];
  /** The JSON path of the fact concerned. */
  readonly path?: string;
}

/** The part of a passed check's answer that every check shares. */
export interface CheckPassed {
  /** The case satisfies every clause checked. */
  readonly ok: true;
  /** The clauses evaluated. */
  readonly checked: readonly string[];
}

/** The part of a failed check's answer that every check shares. */
export interface CheckFailed {
  /** At least one clause fails. */
  readonly ok: false;
  /** The clauses evaluated. */
  readonly checked: readonly string[];
  /** Every failing clause (not just the first), in clause order. */
  readonly failures: readonly CheckFailure[];
}

/**
 * The answer of a check: {@link CheckPassed} or {@link CheckFailed}, both with the facts the
 * check computed (`T`, e.g. the last day of a period).
 */
export type CheckResult<T extends object = object> = (T & CheckPassed) | (T & CheckFailed);
