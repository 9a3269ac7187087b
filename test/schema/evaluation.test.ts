/**
 * The Evaluation schema (zod, and the JSON Schema written from it) against every golden
 * evaluation: each is exactly the documented shape (no field missing, none extra), and its case
 * file validates against the case file JSON Schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EvaluationSchema } from '../../src/machines/case/evaluationSchema.js';
import { check } from './_support/ajv.js';

const GOLDEN = fileURLToPath(new URL('../machines/golden/', import.meta.url));
const FILES = readdirSync(GOLDEN, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.split('\\').join('/'))
  .sort();

interface Golden {
  readonly caseFile: unknown;
  readonly evaluation: Record<string, unknown>;
}
const golden = (file: string) => JSON.parse(readFileSync(`${GOLDEN}${file}`, 'utf8')) as Golden;

describe('the Evaluation schema', () => {
  it('has the golden evaluations to check', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FILES)('%s: the evaluation and its case file validate', (file) => {
    const { caseFile, evaluation } = golden(file);
    const parsed = EvaluationSchema.safeParse(evaluation);
    expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
    expect(check('evaluation', evaluation)).toEqual({ valid: true, errors: [] });
    expect(check('case-file', caseFile)).toEqual({ valid: true, errors: [] });
  });

  it('refuses an evaluation with a field missing, a field extra, or a day that does not exist', () => {
    const { evaluation } = golden(FILES.find((f) => f.startsWith('examples/')) ?? '');
    const { headline: _, ...missing } = evaluation;
    const extra = { ...evaluation, verdict: 'ok' };
    const badDay = { ...evaluation, asOf: { ...(evaluation['asOf'] as object), day: '2023-02-29' } };
    for (const bad of [missing, extra, badDay]) {
      expect(EvaluationSchema.safeParse(bad).success).toBe(false);
      expect(check('evaluation', bad).valid).toBe(false);
    }
  });
});
