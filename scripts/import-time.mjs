#!/usr/bin/env node
// Measures what a serverless cold start pays for ismap-liu: the time to import each door of the
// built package in a fresh Node process, and the first calendar question (which builds one year
// table). Run after `npm run build`. Prints a table; median of several fresh processes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}/dist/calendar/index.js`)) {
  console.error('import-time: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const RUNS = Number(process.env.RUNS ?? 9);
const probe = (spec, call) => `
const t0 = performance.now();
const m = await import(${JSON.stringify(spec)});
const t1 = performance.now();
${call}
const t2 = performance.now();
process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));
`;

const cases = [
  ['ismap-liu/calendar', `${root}/dist/calendar/index.js`, "m.isGovernmentBusinessDay('2026-01-05');"],
  ['ismap-liu/rules', `${root}/dist/rules/index.js`, "m.deadline('13.2', '2026-01-05T10:00+09:00');"],
  ['ismap-liu (root)', `${root}/dist/index.js`, "m.deadline('8.2', '2026-01-05');"],
  ['node baseline (node:path)', 'node:path', ''],
];

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Cold import in a fresh Node ${process.version} process (median of ${RUNS} runs)`);
console.log('door                        import ms   first call ms');
for (const [name, spec, call] of cases) {
  const imports = [];
  const calls = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe(spec, call)], { encoding: 'utf8' });
    const [a, b] = JSON.parse(out);
    imports.push(a);
    calls.push(b);
  }
  console.log(`${name.padEnd(28)}${median(imports).toFixed(2).padStart(9)}${median(calls).toFixed(2).padStart(16)}`);
}
