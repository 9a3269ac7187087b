// Runs the smoke test inside edge-runtime's EdgeVM (the Vercel Edge Runtime: web APIs only, no
// `process`, `require` or `Buffer`, no code generation from strings) from an esbuild bundle.
//
//   node test/runtimes/edge.mjs <project>   (a project with the packed tarball installed and
//                                           smoke.mjs copied in; see scripts/test-runtimes.sh)
//
// Prints the smoke test's `check …` lines, then `ok edge-runtime <version> (<n> checks)` or
// `FAIL …`; exits 1 on failure.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import edgeRuntime from 'edge-runtime';
import { bundleSmoke } from './bundle.mjs';

// `EdgeRuntime` is @edge-runtime/vm's EdgeVM, re-exported (a CommonJS module: no named ESM exports).
const { EdgeRuntime } = edgeRuntime;
const project = process.argv[2];
if (!project) {
  console.error('usage: node test/runtimes/edge.mjs <project>');
  process.exit(2);
}
const version = createRequire(import.meta.url)('edge-runtime/package.json').version;
const dir = mkdtempSync(join(tmpdir(), 'ismap-liu-edge-'));
try {
  const file = join(dir, 'smoke.js');
  await bundleSmoke(project, file);
  const vm = new EdgeRuntime();
  const leaked = vm.evaluate('[typeof process, typeof require, typeof Buffer].join(",")');
  if (leaked !== 'undefined,undefined,undefined') throw new Error(`the EdgeVM exposes Node globals (${leaked})`);
  vm.evaluate(`globalThis.__ISMAP_LIU_SMOKE_QUIET__ = true; globalThis.__ISMAP_LIU_EDGE_VERSION__ = ${JSON.stringify(version)};`);
  vm.evaluate(readFileSync(file, 'utf8'));
  const result = vm.evaluate('JSON.stringify(globalThis.__ISMAP_LIU_SMOKE__ ?? null)');
  const parsed = JSON.parse(result);
  if (parsed === null) throw new Error('the bundle ran but left no result');
  console.log([...(parsed.lines ?? []), parsed.line].join('\n'));
  process.exitCode = parsed.ok ? 0 : 1;
} catch (error) {
  console.log(`FAIL edge-runtime ${version}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
