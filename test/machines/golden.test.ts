/**
 * Golden outputs: every case file under test/machines/golden (the shipped examples at several
 * as-of dates, and seeded random walks) evaluates to exactly the recorded evaluation, byte for
 * byte as `JSON.stringify(evaluation, null, 1)`. Recorded by scripts/record-goldens.ts
 * (`npm run golden:update`); re-record only when a change of the output is intended.
 *
 * One field is not compared with the recording: `basis.library.version`, which a release bump
 * changes in every answer. It is checked to be the package's version instead (and
 * test/package/version.test.ts checks that against package.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCase, type Evaluation } from '../../src/machines/index.js';
import { LIBRARY } from '../../src/_lib/version.js';

interface Golden {
  readonly name: string;
  readonly asOf: string;
  readonly caseFile: unknown;
  readonly evaluation: Evaluation;
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
    const evaluation = evaluateCase(golden.caseFile, { asOf: golden.asOf });
    expect(evaluation.basis.library.version).toBe(LIBRARY.version);
    const recorded = golden.evaluation.basis.library;
    const actual = serialize({ ...evaluation, basis: { ...evaluation.basis, library: { ...evaluation.basis.library, version: recorded.version } } });
    expect(actual).toBe(serialize(golden.evaluation));
  });
});
