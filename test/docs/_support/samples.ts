/**
 * The ```ts samples of a Markdown page, and each sample as a module that records, for every
 * `expression; //=> value` line, `[line, actual, expected]` in its exported `__checks`. Imports
 * of `ismap-liu/<door>` are pointed at the sources. Shared by the guide and reference tests.
 */
import { ROOT } from './scripts.js';

/** The bodies of the ```ts blocks of `text`. */
export function tsSamples(text: string): string[] {
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

/** The sample as a module exporting `[line, actual, expected]` for every `//=>` line. */
export function toModule(code: string): string {
  const imports: string[] = [];
  const body: string[] = [];
  for (const line of code.split('\n')) {
    if (line.startsWith('import ')) imports.push(line.replace(/from 'ismap-liu(\/\w+)?'/, (_m, door: string | undefined) => `from '${ROOT}src${door ?? ''}/index.ts'`));
    else {
      const m = /^(.+?);\s*\/\/=> (.+)$/.exec(line);
      body.push(m === null ? line : `__checks.push([${JSON.stringify(line)}, (${m[1]}), (${m[2]})]);`);
    }
  }
  return [...imports, 'export const __checks: [string, unknown, unknown][] = [];', ...body].join('\n');
}
