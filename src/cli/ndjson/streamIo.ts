/**
 * The outside world of `evaluate --ndjson`: what a streaming command may touch, injected so that
 * its logic (order, back-pressure, progress, errors) is tested without processes or threads.
 * The real one is in nodeStreamIo.ts.
 *
 * @module
 */
import type { BatchOutput, BatchTask } from './batch.js';
import type { FlatRow } from './flatRow.js';

/** An opened input: its bytes in chunks, and its size when known (a regular file). */
export interface OpenedInput {
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly size: number | null;
}

/** Worker threads evaluating batches (tinypool in the real world). */
export interface BatchPool {
  /** Evaluates `task` in a worker. */
  readonly run: (task: BatchTask) => Promise<BatchOutput>;
  /** Stops the workers. */
  readonly close: () => Promise<void>;
}

/** Where `--parquet` rows go until the file is written. */
export interface RowSink {
  /** Adds rows, in order. */
  readonly add: (rows: readonly FlatRow[]) => Promise<void>;
  /** Writes the Parquet file and releases everything. */
  readonly finish: () => Promise<void>;
  /** Releases everything without writing the file. */
  readonly abort: () => Promise<void>;
}

/** What `evaluate --ndjson` may touch. */
export interface StreamIo {
  /**
   * Opens a path, or `-` for standard input (throws a `UsageError` naming it when it cannot be
   * read or is not a regular file).
   */
  readonly open: (path: string) => Promise<OpenedInput>;
  /** Writes to stdout, resolving when more may be written; `false` when the reader has gone (a closed pipe). */
  readonly write: (text: string) => Promise<boolean>;
  /** Writes to stderr. */
  readonly writeError: (text: string) => void;
  /** Whether stderr is a terminal: the progress line is drawn only then. */
  readonly errorIsTerminal: boolean;
  /** A monotonic clock in milliseconds (for the progress line only). */
  readonly clock: () => number;
  /** Starts `workers` worker threads. */
  readonly pool: (workers: number) => BatchPool;
  /** Prepares a Parquet file at `path` (throws a `UsageError` when DuckDB is not installed). */
  readonly parquet: (path: string) => Promise<RowSink>;
}
