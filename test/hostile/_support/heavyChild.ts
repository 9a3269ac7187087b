/**
 * The child process of `heavy.ts`: runs the cases of one heavy suite from a start index and
 * appends its progress to a file (synchronously, so that what it did survives a crash). It stops
 * when its parent is gone.
 *
 * Usage: `node --max-old-space-size=512 --import tsx heavyChild.ts <suite> <start> <progress file> <parent pid>`
 */
import { appendFileSync } from 'node:fs';

const [suite, from, progress, parent] = process.argv.slice(2) as [string, string, string, string];

function parentAlive(): boolean {
  try {
    process.kill(Number(parent), 0);
    return true;
  } catch {
    return false;
  }
}

// The self-test of the runner loads nothing of the library.
const { heavyCases } = (suite === 'selftest' ? await import('./heavySelftest.js') : await import('./heavy.js')) as {
  heavyCases: (suite: string) => { run: () => unknown[] }[];
};
if (suite !== 'selftest') {
  (await import('./probe.js')).checkPrototypesInFull(true);
  (await import('./doors.js')).markDoorsOwned();
}
const cases = heavyCases(suite);
for (let i = Number(from); i < cases.length && parentAlive(); i += 1) {
  appendFileSync(progress, `S\t${i}\n`);
  const failures = cases[i]?.run() ?? [];
  appendFileSync(progress, `D\t${i}\t${JSON.stringify(failures)}\n`);
}
