/**
 * The built bin, `dist/cli.js`, for the tests that run it as a process. {@link ensureBuilt}
 * builds it (`npm run build`) when it is missing or older than the sources, so these tests never
 * skip: a build that fails fails them (on a developer's machine and in CI alike). Test files run
 * in parallel, so a lock directory keeps two of them from building at once.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../../scripts/ensure-built.mjs';

export { ensureBuilt };

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'dist', 'cli.js');
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
