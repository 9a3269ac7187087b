/**
 * docs/case-file.md documents every event type with its clauses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_DEFINITIONS } from '../../src/machines/events/catalogue.js';

const doc = readFileSync(fileURLToPath(new URL('../../docs/case-file.md', import.meta.url)), 'utf8');

describe('docs/case-file.md', () => {
  it.each(EVENT_DEFINITIONS.map((d) => [d.type, d] as const))('documents %s with its clauses, forms and payload', (type, d) => {
    const section = doc.split(`#### \`${type}\``)[1]?.split('#### ')[0] ?? '';
    expect(section, type).not.toBe('');
    expect(section).toContain(`**Clauses:** ${d.info.clauses.join(', ')}.`);
    for (const f of d.info.forms) expect(section).toContain(f);
    for (const key of Object.keys((d.schema as unknown as { shape: Record<string, unknown> }).shape)) {
      if (!['type', 'at', 'note'].includes(key)) expect(section).toContain(`\`${key}\``);
    }
  });
});
