/**
 * The `ismap-liu` command. The only part of the package that touches the outside world:
 * arguments, files, standard input, the clock (for `calendar` without a year), stdout, stderr
 * and the exit code.
 *
 * @module cli
 */
import pkg from '../../package.json' with { type: 'json' };
import { readCaseFile } from './files.js';
import { nodeStreamIo } from './ndjson/nodeStreamIo.js';
import { run } from './run.js';
import type { Io } from './io.js';

const io: Io = {
  version: pkg.version,
  readFile: readCaseFile,
  now: () => new Date(),
};

const result = run(process.argv.slice(2), io);
if (result.stdout !== undefined) process.stdout.write(result.stdout);
if (result.stderr !== undefined) process.stderr.write(result.stderr);
process.exitCode = result.code;
if (result.stream !== undefined) {
  // evaluate --ndjson: streams, with worker threads from dist/cli-worker.js beside this file.
  const end = await result.stream(nodeStreamIo(new URL('./cli-worker.js', import.meta.url)));
  if (end.stderr !== undefined) process.stderr.write(end.stderr);
  process.exitCode = end.code;
}
