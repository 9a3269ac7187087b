#!/usr/bin/env node
// The reference HTTP service (examples/http) as a Worker inside workerd, the serverless case:
// bundles examples/http/src/worker.ts with esbuild, loads it in Miniflare (which runs workerd),
// and calls POST /evaluate, GET /calendar/2025 and a refused request through dispatchFetch.
// Exit 0 when every answer is right, 1 (with what went wrong) otherwise.
//
//   node scripts/test-http-workerd.mjs
//
// Miniflare is not a dev dependency (with workerd it is over 100 MB): the pinned version below is
// fetched from the npm registry on first use into .tmp/tools/miniflare@<version>/ (or
// $ISMAP_LIU_TOOLS_DIR), as scripts/tools.sh does for Bun and Deno, and reused. The pin is the
// last Miniflare 4 that runs on Node 20 (later releases require Node 22). The package must be
// built (node scripts/ensure-built.mjs builds it when stale): the Worker imports `ismap-liu`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureBuilt } from './ensure-built.mjs';

const MINIFLARE = '4.20260426.0';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOOLS = process.env.ISMAP_LIU_TOOLS_DIR || join(ROOT, '.tmp', 'tools');
const OUT = join(ROOT, '.tmp', 'http-worker');

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${what}`);
  if (!ok) failures.push(what);
};

/** The folder of the pinned Miniflare, fetched first if it is not there. */
function miniflareDir() {
  const dir = join(TOOLS, `miniflare@${MINIFLARE}`);
  if (installedVersion(dir) === MINIFLARE) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(TOOLS, { recursive: true });
  const stage = mkdtempSync(join(TOOLS, `.fetch-miniflare@${MINIFLARE}.`));
  const started = Date.now();
  console.error(`test-http-workerd: fetching miniflare@${MINIFLARE} from the npm registry into ${dir.replace(ROOT, '')}`);
  // Not the settings of an enclosing `npm run` (its prefix is this project).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(prefix|local_prefix|global|save|dry_run|ignore_scripts)$/i.test(key) && key !== 'NODE_OPTIONS'));
  const npm = spawnSync('npm', ['install', '--prefix', stage, '--prefer-offline', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `miniflare@${MINIFLARE}`], { cwd: stage, env, encoding: 'utf8', timeout: 600_000 });
  if (npm.status !== 0 || installedVersion(stage) !== MINIFLARE) {
    rmSync(stage, { recursive: true, force: true });
    throw new Error(`could not fetch miniflare@${MINIFLARE} (is the npm registry reachable?):\n${`${npm.stderr ?? ''}${npm.error ?? ''}`.split('\n').slice(0, 6).join('\n')}`);
  }
  // Another run may have put it in place meanwhile: keep theirs.
  if (existsSync(dir)) rmSync(stage, { recursive: true, force: true });
  else renameSync(stage, dir);
  console.error(`test-http-workerd: miniflare@${MINIFLARE} ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return dir;
}

function installedVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', 'miniflare', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

async function main() {
  ensureBuilt();
  const { Miniflare } = await import(pathToFileURL(join(miniflareDir(), 'node_modules', 'miniflare', 'dist', 'src', 'index.js')).href);

  mkdirSync(OUT, { recursive: true });
  const scriptPath = join(OUT, 'worker.js');
  await build({
    entryPoints: [join(ROOT, 'examples', 'http', 'src', 'worker.ts')],
    outfile: scriptPath,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'warning',
  });

  const mf = new Miniflare({ modules: true, scriptPath, compatibilityDate: '2026-04-01' });
  try {
    const caseFile = JSON.parse(readFileSync(join(ROOT, 'examples', 'kintai-cloud-registration.json'), 'utf8'));
    const post = (path, body) => mf.dispatchFetch(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const evaluated = await post('/evaluate', { caseFile, asOf: '2025-03-01' });
    const evaluation = await evaluated.json();
    check(evaluated.status === 200, `POST /evaluate: 200 (got ${evaluated.status})`);
    check(typeof evaluation.headline === 'string' && evaluation.headline.startsWith('Registered since 2025-01-27'), `POST /evaluate: the headline is "Registered since 2025-01-27 …" (got ${JSON.stringify(evaluation.headline)})`);
    const owed = (evaluation.obligations ?? []).map((o) => `${o.clause} ${o.actor} ${o.lastDay}`).join(', ');
    check(owed === '7.6(7) A 2027-09-15, 12.1 A 2026-01-31', `POST /evaluate: obligations 7.6(7) A 2027-09-15, 12.1 A 2026-01-31 (got ${owed})`);

    const calendar = await mf.dispatchFetch('http://localhost/calendar/2025');
    const year = await calendar.json();
    const first = (year.holidays ?? []).slice(0, 3).map((h) => `${h.date} ${h.names?.ja}`).join(', ');
    check(calendar.status === 200, `GET /calendar/2025: 200 (got ${calendar.status})`);
    check(first === '2025-01-01 元日, 2025-01-02 年末年始の休日, 2025-01-03 年末年始の休日', `GET /calendar/2025: begins with 元日 and the year-end days (got ${first})`);

    const refused = await post('/deadline', { clause: '13.2', from: '2024-02-30' });
    const problem = await refused.json();
    check(refused.status === 400 && refused.headers.get('content-type') === 'application/problem+json', `POST /deadline with 2024-02-30: 400 application/problem+json (got ${refused.status} ${refused.headers.get('content-type')})`);
    check(problem.code === 'validation_failed' && problem.issues?.[0]?.pathText === '$.from', `POST /deadline with 2024-02-30: validation_failed at $.from (got ${problem.code} ${problem.issues?.[0]?.pathText})`);
  } finally {
    await mf.dispose();
  }
}

try {
  await main();
} catch (error) {
  failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  console.error(`test-http-workerd: ${failures.at(-1)}`);
}
if (failures.length > 0) {
  console.error(`test-http-workerd: FAILED (${failures.length})`);
  process.exit(1);
}
console.log(`test-http-workerd: the Worker answers in workerd (miniflare ${MINIFLARE})`);
