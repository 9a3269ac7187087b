/**
 * The worker-thread entry of `evaluate --ndjson --workers N` (built to `dist/cli-worker.js`):
 * tinypool runs {@link runBatch} here on each batch of lines the main thread sends.
 *
 * @module
 */
import { runBatch, type BatchOutput, type BatchTask } from './batch.js';

/**
 * Evaluates one batch of lines.
 *
 * @param task - the lines, the default as-of instant and the form of the answer
 * @returns the results
 */
export default function evaluateBatch(task: BatchTask): BatchOutput {
  return runBatch(task);
}
