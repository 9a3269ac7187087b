/**
 * Golden outputs: every case file under test/machines/golden (the shipped examples at several
 * as-of dates, and seeded random walks) evaluates to exactly the recorded evaluation, byte for
 * byte as `JSON.stringify(evaluation, null, 1)`. Recorded by scripts/record-goldens.ts
 * (`npm run golden:update`); re-record only when a change of the output is intended.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/machines/index.js';

interface Golden {
  readonly name: string;
  readonly asOf: string;
  readonly caseFile: unknown;
  readonly evaluation: unknown;
}

const GOLDEN = new URL('./golden/', import.meta.url);
const FILES = readdirSync(fileURLToPath(GOLDEN), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.split('\\').join('/'))
  .sort();

const serialize = (x: unknown) => JSON.stringify(x, null, 1);

describe('golden evaluations', () => {
  it('has the examples and the walks', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(60);
    expect(FILES.filter((f) => f.startsWith('examples/')).length).toBeGreaterThanOrEqual(16);
    expect(FILES.filter((f) => f.startsWith('walks/')).length).toBeGreaterThanOrEqual(40);
  });

  it.each(FILES)('%s', (file) => {
    const golden = JSON.parse(readFileSync(new URL(file, GOLDEN), 'utf8')) as Golden;
    const actual = serialize(evaluateCase(golden.caseFile, { asOf: golden.asOf }));
    expect(actual).toBe(serialize(golden.evaluation));
  });
});
