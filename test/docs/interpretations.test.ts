/**
 * docs/guides/interpretation-register.md is generated from INTERPRETATIONS: it must not drift.
 */
import { describe, expect, it } from 'vitest';
import { INTERPRETATIONS } from '../../src/rules/index.js';
import { committed, loadGenerator } from './_support/scripts.js';

describe('docs/guides/interpretation-register.md', () => {
  it('matches what scripts/docs-interpretations.mjs generates from INTERPRETATIONS', async () => {
    const files = (await loadGenerator('docs-interpretations.mjs')).generate();
    for (const [rel, content] of Object.entries(files)) expect(committed(rel), `${rel} is stale: run \`npx tsx scripts/docs-interpretations.mjs\``).toBe(content);
  });

  it.each(INTERPRETATIONS.map((i) => [i.id, i] as const))('states %s with its question, reading and alternatives', (id, i) => {
    const section = (committed('docs/guides/interpretation-register.md') ?? '').split(`## ${id}\n`)[1]?.split('\n## ')[0] ?? '';
    expect(section).toContain(i.question);
    expect(section).toContain(`Reading taken: ${i.reading}`);
    for (const a of i.alternatives) expect(section).toContain(a);
    expect(section).toContain(`Clauses: ${i.clauses.join(', ')}.`);
  });
});
