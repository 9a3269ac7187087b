/**
 * A batch of NDJSON lines evaluated: the unit of work of `evaluate --ndjson`, done in the main
 * thread or in a worker thread (worker.ts). Each line becomes the result `evaluateMany` gives
 * for it; a line that is not JSON, too long or not UTF-8 becomes an error result of its own.
 *
 * @module
 */
import { truncate } from '../../_lib/text.js';
import { evaluateEntry, type ManyDefaults, type ManyFailed, type ManyResult } from '../../machines/case/evaluateMany.js';
import { jsonLine } from '../output.js';
import { flatRow, type FlatRow } from './flatRow.js';
import type { Line, LineProblem } from './lines.js';

/** A line of the input with the index of its case (the count of non-blank lines before it). */
export type IndexedLine = Line & { readonly index: number };

/** What a worker is asked: the lines, the default as-of instant, and the form of the answer. */
export interface BatchTask {
  readonly lines: readonly IndexedLine[];
  readonly asOf: string | undefined;
  /** `ndjson`: the result lines as text; `flat`: the flattened rows as text lines (--flat); `rows`: the flattened rows (for --parquet). */
  readonly output: 'ndjson' | 'flat' | 'rows';
}

/** The answer to a {@link BatchTask}. */
export interface BatchOutput {
  /** The result lines (`ndjson`) or flat rows (`flat`), each ending with a newline; empty for `rows`. */
  readonly text: string;
  /** The flattened rows (`rows`); empty for `ndjson`. */
  readonly rows: readonly FlatRow[];
  /** How many results are errors. */
  readonly failed: number;
  /** The input line of the first error, or `null`. */
  readonly firstFailedLine: number | null;
}

/** The error result of a line that cannot be read or parsed. */
export function lineFailure(index: number, problem: LineProblem | { readonly code: 'invalid_json'; readonly message: string }): ManyFailed {
  return {
    index,
    id: null,
    ok: false,
    error: { name: 'InputLineError', code: problem.code, message: problem.message, value: null, expected: 'a case file, or { "id", "caseFile", "asOf" }, as JSON on one line' },
  };
}

/** The result of one line. */
export function resultOfLine(line: IndexedLine, defaults: ManyDefaults): ManyResult {
  if ('problem' in line) return lineFailure(line.index, line.problem);
  let entry: unknown;
  try {
    entry = JSON.parse(line.text);
  } catch (error) {
    const reason = truncate(error instanceof Error ? error.message : String(error), 200);
    return lineFailure(line.index, { code: 'invalid_json', message: `line ${line.line} is not valid JSON (${reason})` });
  }
  return evaluateEntry(entry, line.index, defaults);
}

/**
 * Evaluates a batch: each line's result as an NDJSON line, or as a flattened row (as a line of text or a value).
 *
 * @param task - the lines and options
 * @returns the results, and how many of them are errors
 */
export function runBatch(task: BatchTask): BatchOutput {
  const defaults: ManyDefaults = { asOf: task.asOf, basis: undefined };
  const rows: FlatRow[] = [];
  let text = '';
  let failed = 0;
  let firstFailedLine: number | null = null;
  for (const line of task.lines) {
    const result = resultOfLine(line, defaults);
    if (!result.ok) {
      failed += 1;
      firstFailedLine ??= line.line;
    }
    if (task.output === 'rows') rows.push(flatRow(result));
    else text += jsonLine(task.output === 'flat' ? flatRow(result) : result);
  }
  return { text, rows, failed, firstFailedLine };
}
