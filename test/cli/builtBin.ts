/**
 * The built bin, `dist/cli.js`, for the tests that run it as a process. {@link ensureBuilt}
 * builds it (`npm run build`) when it is missing or older than the sources, so these tests never
 * skip: a build that fails fails them (on a developer's machine and in CI alike). Test files run
 * in parallel, so a lock directory keeps two of them from building at once.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'dist', 'cli.js');
const LOCK = join(ROOT, 'node_modules', '.cache', 'ismap-liu-bin-test.lock');
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'examples'];

/** The newest modification time (ms) of a file or of any file under a directory. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' })) latest = Math.max(latest, statSync(join(path, entry)).mtimeMs);
  return latest;
}

/** Whether dist/cli.js exists and is newer than every input of the build. */
function fresh(): boolean {
  return existsSync(BIN) && statSync(BIN).mtimeMs >= Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Makes sure dist/cli.js is built from the current sources; throws (failing the suite) when the
 * build fails or another build holds the lock for more than ten minutes.
 */
export function ensureBuilt(): void {
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

/** Runs `node dist/cli.js ...args` in the repository root; `input` goes to its standard input. */
export function bin(args: readonly string[], options: { readonly input?: string | Uint8Array; readonly cwd?: string; readonly timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
}
