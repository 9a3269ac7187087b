/**
 * The ```ts samples of docs/guides run, and every `expression; //=> value` line in them holds.
 * Imports of `ismap-liu/<door>` are pointed at the sources.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './_support/scripts.js';
import { toModule, tsSamples } from './_support/samples.js';

const GUIDES = `${ROOT}docs/guides/`;
const OUT = `${ROOT}.tmp/guide-samples/`;

function samples(guide: string): string[] {
  return tsSamples(readFileSync(`${GUIDES}${guide}`, 'utf8'));
}


const guides = readdirSync(GUIDES).filter((f) => f.endsWith('.md') && samples(f).some((s) => s.includes('//=>')));

describe('the code samples of the guides', () => {
  it('covers the hand-written guides', () => {
    expect(guides).toEqual(expect.arrayContaining(['getting-started.md', 'computing-a-deadline.md', 'evaluating-a-case.md', 'persisting-a-case.md']));
  });

  it.each(guides)('%s: every sample runs and every //=> holds', async (guide) => {
    mkdirSync(OUT, { recursive: true });
    let checked = 0;
    for (const [i, code] of samples(guide).entries()) {
      const path = `${OUT}${guide.replace(/\.md$/, '')}-${i}.ts`;
      writeFileSync(path, toModule(code));
      const { __checks } = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { __checks: [string, unknown, unknown][] };
      for (const [line, actual, expected] of __checks) expect(actual, line).toEqual(expected);
      checked += __checks.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
