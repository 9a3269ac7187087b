/**
 * The README: its ```ts blocks run with every `//=>` holding (the conventions of the JSDoc
 * examples, ./_support/examples.ts), and its table of event types is what
 * scripts/docs-readme-events.mjs generates from the event catalogue.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_DEFINITIONS } from '../../src/machines/events/catalogue.js';
import { compileSample, runSample } from './_support/examples.js';
import { committed, loadGenerator } from './_support/scripts.js';

const readme = committed('README.md') ?? '';

/** The README's ```ts blocks with the line of their first line of code. */
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({
  code: m[1] as string,
  line: readme.slice(0, m.index).split('\n').length + 1,
}));

describe('README.md', () => {
  it('has TypeScript samples with results to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.reduce((n, b) => n + compileSample(b.code).checks.length, 0)).toBeGreaterThanOrEqual(9);
  });

  it.each(blocks.map((b) => [`README.md:${b.line}`, b] as const))('%s runs and every //=> holds', async (_name, b) => {
    const made = await runSample(b.code, {}, { file: 'README.md', line: b.line });
    expect(made).toBe(compileSample(b.code).checks.length);
  });

  it('lists the event types as scripts/docs-readme-events.mjs generates them from the catalogue', async () => {
    const files = (await loadGenerator('docs-readme-events.mjs')).generate();
    expect(committed('README.md'), 'README.md has a stale event table: run `npx tsx scripts/docs-readme-events.mjs`').toBe(files['README.md']);
  });

  it('lists every event type once, each linked to its section of docs/case-file.md', () => {
    const table = readme.split('<!-- events:start -->')[1]?.split('<!-- events:end -->')[0] ?? '';
    const rows = [...table.matchAll(/^\| \[`([\w.]+)`\]\(docs\/case-file\.md#([a-z]+)\) \| ([\w]+) \|/gm)];
    expect(rows.map((r) => r[1])).toEqual(EVENT_DEFINITIONS.map((d) => d.type));
    const doc = committed('docs/case-file.md') ?? '';
    for (const [, type, anchor, actor] of rows) {
      expect(doc, `docs/case-file.md has no section #${anchor}`).toContain(`#### \`${type}\``);
      expect(anchor).toBe((type as string).toLowerCase().replace(/\./g, ''));
      expect(actor).toBe(EVENT_DEFINITIONS.find((d) => d.type === type)?.info.actor);
    }
  });
});
