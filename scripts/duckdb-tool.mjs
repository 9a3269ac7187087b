#!/usr/bin/env node
// DuckDB for the tests of `ismap-liu evaluate --ndjson --parquet`. @duckdb/node-api is an optional
// dependency of the CLI (loaded only for --parquet) and not a dev dependency: its native bindings
// are about 60 MB. The pinned version below is fetched from the npm registry on first use into
// .tmp/tools/duckdb@<version>/ (or $ISMAP_LIU_TOOLS_DIR), as scripts/tools.sh does for Bun and
// Deno, and reused.
//
//   node scripts/duckdb-tool.mjs --fetch    fetch it if needed; print the folder holding node_modules
//   node scripts/duckdb-tool.mjs --path     print that folder if it is there; exit 1 if not
//
// The tests (the Parquet test of test/cli/ndjsonBin.test.ts) never fetch: they look for it with duckdbDir() and
// skip without it, except in CI (any non-empty $CI), where a missing DuckDB fails them. CI fetches
// it first (`node scripts/duckdb-tool.mjs --fetch` in .ci/run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pinned version of @duckdb/node-api. */
export const DUCKDB_VERSION = '1.5.6-r.1';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tools = () => process.env.ISMAP_LIU_TOOLS_DIR || join(ROOT, '.tmp', 'tools');
const PACKAGE = '@duckdb/node-api';

/** The version of @duckdb/node-api installed under `dir`, or undefined. */
function installedVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', '@duckdb', 'node-api', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * The folder whose node_modules holds the pinned @duckdb/node-api, or `null` when it has not been
 * fetched. Never fetches.
 */
export function duckdbDir() {
  const dir = join(tools(), `duckdb@${DUCKDB_VERSION}`);
  return installedVersion(dir) === DUCKDB_VERSION ? dir : null;
}

/** The folder of the pinned @duckdb/node-api, fetched first if it is not there; throws when it cannot be. */
export function fetchDuckdb({ log = (line) => console.error(line) } = {}) {
  const found = duckdbDir();
  if (found !== null) return found;
  const dir = join(tools(), `duckdb@${DUCKDB_VERSION}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(tools(), { recursive: true });
  const stage = mkdtempSync(join(tools(), `.fetch-duckdb@${DUCKDB_VERSION}.`));
  const started = Date.now();
  log(`duckdb-tool: fetching ${PACKAGE}@${DUCKDB_VERSION} from the npm registry into ${dir.replace(ROOT, '')}`);
  // Not the settings of an enclosing `npm run` (its prefix is this project).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(prefix|local_prefix|global|save|dry_run|ignore_scripts)$/i.test(key) && key !== 'NODE_OPTIONS'));
  const npm = spawnSync('npm', ['install', '--prefix', stage, '--prefer-offline', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `${PACKAGE}@${DUCKDB_VERSION}`], { cwd: stage, env, encoding: 'utf8', timeout: 600_000 });
  if (npm.status !== 0 || installedVersion(stage) !== DUCKDB_VERSION) {
    rmSync(stage, { recursive: true, force: true });
    throw new Error(`could not fetch ${PACKAGE}@${DUCKDB_VERSION} (is the npm registry reachable?):\n${`${npm.stderr ?? ''}${npm.error ?? ''}`.split('\n').slice(0, 6).join('\n')}`);
  }
  // Another run may have put it in place meanwhile: keep theirs.
  if (existsSync(dir)) rmSync(stage, { recursive: true, force: true });
  else renameSync(stage, dir);
  log(`duckdb-tool: ${PACKAGE}@${DUCKDB_VERSION} ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return dir;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [flag] = process.argv.slice(2);
  if (flag === '--fetch') {
    try {
      console.log(fetchDuckdb());
    } catch (error) {
      console.error(`duckdb-tool: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  } else if (flag === '--path') {
    const dir = duckdbDir();
    if (dir === null) {
      console.error(`duckdb-tool: ${PACKAGE}@${DUCKDB_VERSION} is not fetched (node scripts/duckdb-tool.mjs --fetch)`);
      process.exitCode = 1;
    } else console.log(dir);
  } else {
    console.error('usage: node scripts/duckdb-tool.mjs --fetch | --path');
    process.exitCode = 2;
  }
}
