/**
 * Loads a scripts/docs-*.mjs generator (plain JavaScript, imported by URL so that the type
 * checker does not look for its declarations) and compares what it generates with the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A generator's module: `generate()` gives repository-relative path → content. */
export interface Generator {
  generate(): Record<string, string>;
}

/**
 * Imports `scripts/<name>`.
 *
 * @param name - e.g. `docs-diagrams.mjs`
 */
export async function loadGenerator(name: string): Promise<Generator> {
  const url = new URL(`../../../scripts/${name}`, import.meta.url).href;
  return (await import(/* @vite-ignore */ url)) as Generator;
}

/**
 * The committed content of a repository-relative file, or `null`.
 *
 * @param rel - e.g. `docs/guides/clause-index.md`
 */
export function committed(rel: string): string | null {
  const path = `${ROOT}${rel}`;
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
