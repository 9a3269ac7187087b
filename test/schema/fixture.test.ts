/**
 * schema/fixture.json, the JSON Schema of `ismap-liu check`'s fixtures, compiled with ajv
 * (draft 2020-12, strict): the shipped fixtures validate, and it refuses what `check` refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureJsonSchema } from '../../src/cli/check/jsonSchema.js';
import { strictAjv, TEST_VERSION } from './_support/ajv.js';

const validate = strictAjv().compile(fixtureJsonSchema(TEST_VERSION));
const DIR = new URL('../../examples/fixtures/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.fixture.json')).sort();

describe('schema/fixture.json', () => {
  it('has the shipped fixtures to check', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(FILES)('%s validates', (file) => {
    const ok = validate(JSON.parse(readFileSync(new URL(file, DIR), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses a fixture with both case and caseFile, with neither, or with an unknown key', () => {
    const base = { name: 'x', asOf: '2025-03-01', expect: { allowed: ['time.passed'] } };
    expect(validate({ ...base, case: 'a.json', caseFile: { service: { name: 'S' }, events: [] } })).toBe(false);
    expect(validate(base)).toBe(false);
    expect(validate({ ...base, case: 'a.json', expectt: {} })).toBe(false);
    expect(validate({ ...base, case: 'a.json' })).toBe(true);
    expect(validate([])).toBe(false);
  });
});
