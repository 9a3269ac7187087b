/**
 * The real outside world of `evaluate --ndjson` (see streamIo.ts): the input file or standard
 * input, stdout with back-pressure, stderr, tinypool's worker threads, and DuckDB for --parquet.
 *
 * @module
 */
import { createReadStream, fstatSync, mkdtempSync, rmSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { quote } from '../../_lib/text.js';
import { openRegularFile } from '../files.js';
import { UsageError } from '../io.js';
import type { BatchOutput } from './batch.js';
import { parquetSink, type DuckdbModule } from './parquet.js';
import type { OpenedInput, StreamIo } from './streamIo.js';

const CHUNK = 1 << 20;
const DUCKDB = '@duckdb/node-api';

/** Opens `path` (a regular file, checked again once open so that a FIFO swapped in cannot block) or standard input. */
function open(path: string): OpenedInput {
  if (path === '-') {
    let size: number | null = null;
    try {
      const stats = fstatSync(0);
      if (stats.isFile()) size = stats.size;
    } catch {
      // not a file: a pipe or a terminal
    }
    return { chunks: process.stdin, size };
  }
  const { fd, size } = openRegularFile(path);
  return { chunks: createReadStream('', { fd, highWaterMark: CHUNK }), size };
}

/** Writes to stdout; resolves when it may be written again, `false` once the reader has gone. */
function stdoutWriter(): (text: string) => Promise<boolean> {
  const out = process.stdout;
  let gone = false;
  out.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    gone = true;
    out.emit('drain');
  });
  return (text) =>
    new Promise((done) => {
      if (gone) return done(false);
      if (out.write(text)) return done(true);
      out.once('drain', () => done(!gone));
    });
}

/** `@duckdb/node-api`, from where the CLI is installed or else from the current directory. */
async function loadDuckdb(): Promise<DuckdbModule> {
  const pick = (module: unknown): DuckdbModule => {
    const m = module as Partial<DuckdbModule> & { default?: Partial<DuckdbModule> };
    return (m.DuckDBInstance === undefined ? m.default : m) as DuckdbModule;
  };
  const name: string = DUCKDB; // a variable: the bundler leaves the import to run time
  try {
    return pick(await import(name));
  } catch {
    // not next to the CLI: try the current project
  }
  let file: string;
  try {
    file = createRequire(join(process.cwd(), 'package.json')).resolve(name);
  } catch {
    throw new UsageError(`--parquet needs DuckDB, which is not installed; expected the package ${DUCKDB}: npm install ${DUCKDB} (in the current project or next to ismap-liu)`);
  }
  return pick(await import(pathToFileURL(file).href));
}

/** Refuses a --parquet path that is a directory or whose folder does not exist, before anything is read. */
function checkTarget(target: string, given: string): void {
  let folder: Stats;
  try {
    folder = statSync(dirname(target));
  } catch {
    throw new UsageError(`cannot write the Parquet file ${quote(given)}: its folder does not exist; expected a path in an existing folder`);
  }
  if (!folder.isDirectory()) throw new UsageError(`cannot write the Parquet file ${quote(given)}: ${quote(dirname(given))} is not a folder; expected a path in an existing folder`);
  try {
    if (statSync(target).isDirectory()) throw new UsageError(`cannot write the Parquet file ${quote(given)}: it is a directory; expected a file path`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
}

/**
 * The real {@link StreamIo}.
 *
 * @param workerUrl - the worker module tinypool runs (`dist/cli-worker.js` beside the bin)
 * @returns it
 */
export function nodeStreamIo(workerUrl: URL): StreamIo {
  return {
    open: async (path) => open(path),
    write: stdoutWriter(),
    writeError: (text) => void process.stderr.write(text),
    errorIsTerminal: process.stderr.isTTY === true,
    clock: () => performance.now(),
    pool: (workers) => {
      const pool = new Tinypool({ filename: workerUrl.href, minThreads: workers, maxThreads: workers, isolateWorkers: false });
      return { run: (task) => pool.run(task) as Promise<BatchOutput>, close: () => pool.destroy() };
    },
    parquet: async (path) => {
      const target = resolve(path);
      checkTarget(target, path);
      const duckdb = await loadDuckdb();
      const folder = mkdtempSync(join(tmpdir(), 'ismap-liu-parquet-'));
      const cleanUp = (): void => rmSync(folder, { recursive: true, force: true });
      try {
        const sink = await parquetSink(duckdb, join(folder, 'results.duckdb'), target);
        return {
          add: sink.add,
          finish: () => sink.finish().finally(cleanUp),
          abort: () => sink.abort().finally(cleanUp),
        };
      } catch (error) {
        cleanUp();
        throw error;
      }
    },
  };
}
