/**
 * The committed state diagrams (docs/diagrams/<machine>.mmd), the timeline of the sample case
 * and the guides embedding them are what the library generates from the machines now.
 */
import { describe, expect, it } from 'vitest';
import * as machines from '../../src/machines/index.js';
import { toMermaid } from '../../src/machines/index.js';
import { committed, loadGenerator } from './_support/scripts.js';

const NAMES = ['procedure', 'registration', 'incident', 'change', 'monitoring', 'reAudit', 'appeals'] as const;

describe('docs/diagrams', () => {
  it.each(NAMES)('docs/diagrams/%s.mmd is toMermaid(%sMachine)', (name) => {
    const machine = machines[`${name}Machine`];
    expect(committed(`docs/diagrams/${name}.mmd`), `stale: run \`npx tsx scripts/docs-diagrams.mjs\``).toBe(toMermaid(machine));
  });

  it.each(NAMES)('the state diagrams guide embeds %s.mmd as a mermaid block', (name) => {
    const guide = committed('docs/guides/state-diagrams.md') ?? '';
    expect(guide).toContain(['```mermaid', toMermaid(machines[`${name}Machine`]).trimEnd(), '```'].join('\n'));
  });

  it('every generated file (diagrams, timeline, guides) is up to date', async () => {
    const files = (await loadGenerator('docs-diagrams.mjs')).generate();
    expect(Object.keys(files).length).toBe(NAMES.length + 4);
    for (const [rel, content] of Object.entries(files)) expect(committed(rel), `${rel} is stale: run \`npx tsx scripts/docs-diagrams.mjs\``).toBe(content);
  });
});
