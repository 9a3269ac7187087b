/**
 * docs/reference/: the generated pages match what scripts/docs-reference.mjs makes of the
 * library's data (PERIODS, OPEN_ENDED_ACTS, PROVISION_RULES, the event catalogue and the machines),
 * they name every entry of that data, and every ```ts sample of the reference runs with every
 * `expression; //=> value` line holding. Imports of `ismap-liu/<door>` are pointed at the sources.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/machines/index.js';
import { OPEN_ENDED_ACTS, PERIODS, PROVISION_RULES } from '../../src/rules/index.js';
import { ROOT, committed, loadGenerator } from './_support/scripts.js';
import { toModule, tsSamples } from './_support/samples.js';

const REFERENCE = 'docs/reference/';
const OUT = `${ROOT}.tmp/reference-samples/`;

const page = (rel: string): string => committed(rel) ?? '';

function samples(text: string): string[] {
  return tsSamples(text);
}


describe('docs/reference', () => {
  it('matches what scripts/docs-reference.mjs generates', async () => {
    const files = (await loadGenerator('docs-reference.mjs')).generate();
    expect(Object.keys(files).sort()).toEqual(['docs/reference/lifecycle.md', 'docs/reference/periods.md', 'docs/reference/provisions.md']);
    for (const [rel, content] of Object.entries(files)) expect(committed(rel), `${rel} is stale: run \`npx tsx scripts/docs-reference.mjs\``).toBe(content);
  });

  it('the periods page has a section for every period and a row for every act without a fixed period', () => {
    const text = page('docs/reference/periods.md');
    for (const r of Object.values(PERIODS)) expect(text).toContain(`### ${r.clause} ${r.title}\n`);
    for (const a of OPEN_ENDED_ACTS) expect(text).toContain(`| ${a.clause} | ${a.arises.replace(/\|/g, '\\|')} | ${a.owedBy} |`);
  });

  it('the provisions page names every provision the Supplementary Provisions limit', () => {
    const rows = page('docs/reference/provisions.md')
      .split('\n')
      .filter((l) => /^\| (the whole rules|Supp\.2022\.\d|\d)/.test(l) && l.includes('Supp. ('));
    const named = rows.flatMap((l) => (l.split(' | ')[0] as string).slice(2).split(', ')).map((p) => (p === 'the whole rules' ? 'rules' : p));
    expect(named).toEqual(PROVISION_RULES.map((r) => r.provision));
  });

  it('the lifecycle page lists every event type once', () => {
    const text = page('docs/reference/lifecycle.md');
    for (const t of EVENT_TYPES) expect(text.split(`| [\`${t}\`](../case-file.md#`).length - 1, t).toBe(1);
  });

  const pages = readdirSync(`${ROOT}${REFERENCE}`)
    .map((f) => `${REFERENCE}${f}`)
    .filter((rel) => rel.endsWith('.md') && samples(page(rel)).some((s) => s.includes('//=>')));

  it('has samples in the hand-written and the generated pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['docs/reference/calendar.md', 'docs/reference/periods.md', 'docs/reference/provisions.md', 'docs/reference/lifecycle.md']));
  });

  it.each(pages)('%s: every sample runs and every //=> holds', async (rel) => {
    mkdirSync(OUT, { recursive: true });
    let checked = 0;
    for (const [i, code] of samples(page(rel)).entries()) {
      const path = `${OUT}${rel.replace(/^.*\//, '').replace(/\.md$/, '')}-${i}.ts`;
      writeFileSync(path, toModule(code));
      const { __checks } = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { __checks: [string, unknown, unknown][] };
      for (const [line, actual, expected] of __checks) expect(actual, line).toEqual(expected);
      checked += __checks.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
