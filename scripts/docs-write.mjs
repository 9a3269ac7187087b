// Shared by the scripts/docs-*.mjs generators: write generated files, or (`--check`) report the
// ones that are stale and exit 1.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Writes `files` (repository-relative path → content), or with `--check` lists those whose
 * committed content differs and sets the exit code.
 *
 * @param {Record<string, string>} files
 * @param {readonly string[]} argv
 */
export function writeOrCheck(files, argv = process.argv) {
  const check = argv.includes('--check');
  const stale = [];
  for (const [rel, content] of Object.entries(files)) {
    const path = join(ROOT, rel);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === content) continue;
    stale.push(rel);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  if (check && stale.length > 0) {
    console.error(`Stale generated docs (run the generator without --check):\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log(check ? `${Object.keys(files).length} generated files up to date` : `${stale.length} of ${Object.keys(files).length} generated files written`);
}

/**
 * Whether this module is the script being run.
 *
 * @param {string} url - `import.meta.url` of the caller
 */
export function isMain(url) {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1];
}
