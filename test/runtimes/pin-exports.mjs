// Pins the public surface: writes test/runtimes/exports.json, the sorted export names of every
// door of the BUILT package (`ismap-liu`, `/calendar`, `/rules`, `/machines`), read through the
// package's own `exports` map (a package may import itself by name).
//
//   npm run build && node test/runtimes/pin-exports.mjs           rewrite exports.json
//   npm run build && node test/runtimes/pin-exports.mjs --check   exit 1 with a diff if it differs
//
// test/runtimes/smoke.mjs fails on every runtime, and test/runtimes/exports.test.ts in the unit
// tests, when the exports differ from the pin: adding, renaming or removing an export is a
// deliberate change to the API, made by re-running this script and committing the new list.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOORS = ['ismap-liu', 'ismap-liu/calendar', 'ismap-liu/rules', 'ismap-liu/machines'];
const file = fileURLToPath(new URL('./exports.json', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

const args = process.argv.slice(2);
if (args.some((a) => a !== '--check')) {
  console.error(`pin-exports: unknown argument ${args.find((a) => a !== '--check')} (expected --check)`);
  process.exit(2);
}
if (!existsSync(`${root}dist/index.js`)) {
  console.error("pin-exports: dist/ is missing: run 'npm run build' first");
  process.exit(1);
}

const pinned = {
  '//': 'The sorted export names of every door of the built package. Generated: npm run build && node test/runtimes/pin-exports.mjs',
};
for (const door of DOORS) pinned[door] = Object.keys(await import(door)).sort();
const text = `${JSON.stringify(pinned, null, 2)}\n`;

if (args.includes('--check')) {
  const old = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const lines = [];
  for (const door of DOORS) {
    const before = new Set(old[door] ?? []);
    const after = new Set(pinned[door]);
    const added = [...after].filter((n) => !before.has(n));
    const removed = [...before].filter((n) => !after.has(n));
    if (added.length + removed.length > 0) lines.push(`  ${door}: ${[...added.map((n) => `+${n}`), ...removed.map((n) => `-${n}`)].join(' ')}`);
  }
  if (lines.length > 0) {
    console.error(`pin-exports: the built package's exports differ from test/runtimes/exports.json:\n${lines.join('\n')}`);
    process.exit(1);
  }
  console.log(`pin-exports: exports as pinned (${DOORS.map((d) => `${d} ${pinned[d].length}`).join(', ')})`);
} else {
  writeFileSync(file, text);
  console.log(`pin-exports: wrote test/runtimes/exports.json (${DOORS.map((d) => `${d} ${pinned[d].length}`).join(', ')})`);
}
