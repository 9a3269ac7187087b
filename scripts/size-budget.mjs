#!/usr/bin/env node
// The size budget: runs size-limit (.size-limit.json) on the built package. Each check bundles a
// door of dist/ with size-limit's preset-small-lib (rolldown, minified, ESM, tree-shaken, every
// export of the door kept) and measures it gzipped (level 9): once with its dependencies (xstate,
// zod) included, once without them (`ignore`). A door over its limit fails.
//
// size-limit 14 needs Node >= 22 (it uses fs.glob); on an older Node this runs it with the `node`
// package from npm (`npx -y node@22`). Run after `npm run build`. Extra arguments go to
// size-limit (e.g. --json).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const door of ['dist/index.js', 'dist/calendar/index.js', 'dist/rules/index.js', 'dist/machines/index.js']) {
  if (!existsSync(`${root}/${door}`)) {
    console.error(`size-budget: ${door} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}
const bin = `${root}/node_modules/size-limit/bin.js`;
const major = Number(process.versions.node.split('.')[0]);
const [command, args] = major >= 22 ? [process.execPath, [bin]] : ['npx', ['-y', 'node@22', bin]];
const result = spawnSync(command, [...args, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (result.error) {
  console.error(`size-budget: could not run size-limit: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
