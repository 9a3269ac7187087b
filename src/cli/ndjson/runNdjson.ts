/**
 * `ismap-liu evaluate --ndjson <file|->`: a population of cases, one per line, evaluated in
 * bounded memory. Lines are read as they come and sent in batches to be evaluated (here, or in
 * worker threads with `--workers N`); results are written in input order, each batch as soon as
 * it and every batch before it are done, and no more than a few batches are in flight, so memory
 * does not grow with the number of cases.
 *
 * @module
 */
import { isIsmapLiuError } from '../../errors.js';
import { UsageError, type CommandResult } from '../io.js';
import { errorLine } from '../output.js';
import { runBatch, type BatchOutput, type BatchTask, type IndexedLine } from './batch.js';
import { readLines } from './lines.js';
import { Progress } from './progress.js';
import type { BatchPool, RowSink, StreamIo } from './streamIo.js';

/** The options of a run, already checked by the command. */
export interface NdjsonOptions {
  /** The path, or `-`. */
  readonly path: string;
  /** The input as messages name it. */
  readonly name: string;
  /** The default as-of instant of cases without their own. */
  readonly asOf: string | undefined;
  /** The longest line read, in bytes. */
  readonly maxLineBytes: number;
  /** Worker threads, or `null` to evaluate in the main thread. */
  readonly workers: number | null;
  /** The Parquet file to write instead of NDJSON on stdout, or `null`. */
  readonly parquet: string | null;
  /** Write each result as its flat row (the columns of `--parquet`) instead of the whole evaluation. */
  readonly flat: boolean;
}

/** The most lines of one batch. */
export const BATCH_LINES = 32;
/** The most text (UTF-16 code units) of one batch; a longer line makes a batch of its own. */
export const BATCH_TEXT = 1 << 20;

/**
 * Runs `evaluate --ndjson`.
 *
 * @param options - the checked options
 * @param io - the outside world
 * @returns exit code 0 when every case was evaluated, 1 when some could not be (their rows say
 *   why; one line on stderr counts them), 2 for bad input as a whole (unreadable, not UTF-8,
 *   DuckDB missing for --parquet); with nothing on stdout in that case
 */
export async function runNdjson(options: NdjsonOptions, io: StreamIo): Promise<CommandResult> {
  let sink: RowSink | null = null;
  let pool: BatchPool | null = null;
  let progress: Progress | null = null;
  const queue: { promise: Promise<BatchOutput>; count: number; bytesRead: number }[] = [];
  try {
    sink = options.parquet === null ? null : await io.parquet(options.parquet);
    const input = await io.open(options.path);
    progress = io.errorIsTerminal ? new Progress(io.writeError, io.clock, input.size) : null;
    pool = options.workers === null ? null : io.pool(options.workers);
    const inFlight = options.workers === null ? 1 : 2 * options.workers;
    const output = sink !== null ? 'rows' : options.flat ? 'flat' : 'ndjson';
    let cases = 0;
    let failed = 0;
    let firstFailedLine: number | null = null;
    let open = true;

    const emit = async (out: BatchOutput, count: number, bytesRead: number): Promise<void> => {
      cases += count;
      failed += out.failed;
      firstFailedLine ??= out.firstFailedLine;
      if (sink !== null) await sink.add(out.rows);
      else if (out.text !== '') open = await io.write(out.text);
      progress?.update(cases, bytesRead);
    };
    const submit = async (lines: IndexedLine[], bytesRead: number): Promise<void> => {
      const task: BatchTask = { lines, asOf: options.asOf, output };
      if (pool === null) return emit(runBatch(task), lines.length, bytesRead);
      queue.push({ promise: pool.run(task), count: lines.length, bytesRead });
      if (queue.length >= inFlight) await drainOne();
    };
    const drainOne = async (): Promise<void> => {
      const next = queue.shift();
      if (next !== undefined) await emit(await next.promise, next.count, next.bytesRead);
    };

    let batch: IndexedLine[] = [];
    let text = 0;
    let index = 0;
    let bytesRead = 0;
    for await (const read of readLines(input.chunks, options.maxLineBytes, options.name)) {
      const size = 'text' in read.line ? read.line.text.length : 0;
      if (batch.length > 0 && (batch.length >= BATCH_LINES || text + size > BATCH_TEXT)) {
        await submit(batch, bytesRead);
        batch = [];
        text = 0;
        if (!open) break;
      }
      batch.push({ ...read.line, index: index++ });
      text += size;
      bytesRead = read.bytesRead;
    }
    if (open && batch.length > 0) await submit(batch, bytesRead);
    while (open && queue.length > 0) await drainOne();
    progress?.clear();
    progress = null;
    if (sink !== null) await sink.finish();
    sink = null;
    if (failed === 0 || !open) return { code: 0 };
    return { code: 1, stderr: errorLine(`${failed} of ${cases} case${cases === 1 ? '' : 's'} could not be evaluated (the first on line ${firstFailedLine}); their results have "ok": false and the error`) };
  } catch (error) {
    progress?.clear();
    if (error instanceof UsageError || isIsmapLiuError(error)) return { code: 2, stderr: errorLine(error.message) };
    const message = error instanceof Error ? error.message : String(error);
    return { code: 1, stderr: errorLine(`internal error: ${message}`) };
  } finally {
    for (const pending of queue) pending.promise.catch(() => undefined);
    await sink?.abort();
    await pool?.close();
  }
}

