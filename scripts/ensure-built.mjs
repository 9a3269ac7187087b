#!/usr/bin/env node
// Builds the package (`npm run build`) unless dist/cli.js is newer than every input of the build
// (src, package.json, tsup.config.ts, tsconfig.json, examples). Used by `npm start` (a fresh clone
// has just built in `prepare`, so the demo starts at once) and by the CLI tests that run the built
// bin (test/cli/builtBin.ts). A lock directory keeps two processes from building at once.
//
//   node scripts/ensure-built.mjs     builds if needed; exit 1 if the build fails
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist', 'cli.js');
const LOCK = join(ROOT, 'node_modules', '.cache', 'ismap-liu-bin-test.lock');
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'examples'];

/**
 * The newest modification time (ms) of a file or of any file under a directory, not entering
 * node_modules or symbolic links (examples/restate installs its own packages, and links this
 * package there: following the link would walk the repository forever).
 */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isSymbolicLink() || entry.name === 'node_modules') continue;
    latest = Math.max(latest, newest(join(path, entry.name)));
  }
  return latest;
}

/** Whether dist/cli.js exists and is newer than every input of the build. */
function fresh() {
  return existsSync(BIN) && statSync(BIN).mtimeMs >= Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Makes sure dist/cli.js is built from the current sources; throws (failing the suite) when the
 * build fails or another build holds the lock for more than ten minutes.
 */
export function ensureBuilt() {
  const deadline = Date.now() + 600_000;
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    if (fresh()) return;
    try {
      mkdirSync(LOCK, { recursive: false });
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`dist/cli.js is not built and ${LOCK} has been held for ten minutes`);
      sleep(500);
      continue;
    }
    try {
      // Another process (a second checkout's tooling, a person running npm run build) may empty
      // dist/ while this build runs: try three times before failing.
      for (let attempt = 1; ; attempt++) {
        if (fresh()) return;
        const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
        if (build.status === 0 && existsSync(BIN)) return;
        if (build.status !== 0 || attempt === 3) {
          throw new Error(`npm run build failed (exit ${build.status}; dist/cli.js ${existsSync(BIN) ? 'exists' : 'missing'}); the bin tests need it:\n${build.stdout}\n${build.stderr}`);
        }
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureBuilt();
  } catch (error) {
    console.error(`ensure-built: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
