/**
 * The shipped JSON Schema documents: their header (`$schema`, `$id`, `title`, `description`),
 * strict compilation with ajv, the date fields' `format` and `pattern`, the build script that
 * writes them, and the package fields that ship them (`exports`, `files`, `build`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, jsonSchema, schemaId } from '../../src/machines/case/jsonSchemas.js';
import { fixtureJsonSchema } from '../../src/cli/check/jsonSchema.js';
import { DATE_PATTERN, DAY_INPUT_PATTERN } from '../../src/rules/schemas/_lib/datePatterns.js';
import { strictAjv, TEST_VERSION } from './_support/ajv.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  version: string;
  files: string[];
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
};

/** Every subschema of a JSON Schema document. */
function* subschemas(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const item of node) yield* subschemas(item);
  else if (typeof node === 'object' && node !== null) {
    yield node as Record<string, unknown>;
    for (const value of Object.values(node)) yield* subschemas(value);
  }
}

describe('the JSON Schema documents', () => {
  it('are four: case file, case event, persisted case, evaluation', () => {
    expect(SCHEMA_NAMES).toEqual(['case-file', 'case-event', 'persisted-case', 'evaluation']);
  });

  it.each(SCHEMA_NAMES)('%s: draft 2020-12 with its unpkg $id, a title and a description, compiled by ajv in strict mode', (name) => {
    const doc = jsonSchema(name, TEST_VERSION);
    expect(Object.keys(doc).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(doc['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc['$id']).toBe(`https://unpkg.com/ismap-liu@${TEST_VERSION}/schema/${name}.json`);
    expect(() => strictAjv().compile(doc)).not.toThrow();
    expect(JSON.stringify(doc)).not.toMatch(/__schema\d/);
  });

  it('gives every date `format: "date"` and the pattern of real days, and every event `at` the day-input pattern', () => {
    const event = jsonSchema('case-event', TEST_VERSION);
    const dates = [...subschemas(event)].filter((s) => s['format'] === 'date');
    expect(dates.length).toBeGreaterThan(10);
    for (const s of dates) expect(s['pattern']).toBe(DATE_PATTERN);
    const variants = event['oneOf'] as { properties: { at: Record<string, unknown> } }[];
    expect(variants.length).toBeGreaterThan(40);
    for (const v of variants) expect(v.properties.at['pattern']).toBe(DAY_INPUT_PATTERN);
    // A field described as a date or an instant carries a pattern.
    for (const s of subschemas(event)) if (typeof s['description'] === 'string' && /YYYY-MM-DD|ISO 8601/.test(s['description'])) expect(s['pattern'], s['description']).toBeTypeOf('string');
  });

  it('are what scripts/build-schemas.mjs writes, with the version of package.json', () => {
    const out = mkdtempSync(join(tmpdir(), 'ismap-liu-schema-'));
    try {
      execFileSync(`${ROOT}node_modules/.bin/tsx`, [`${ROOT}scripts/build-schemas.mjs`, '--out', out], { cwd: ROOT, stdio: 'pipe' });
      expect(readdirSync(out).sort()).toEqual([...SCHEMA_NAMES, 'fixture'].map((n) => `${n}.json`).sort());
      expect(readFileSync(join(out, 'fixture.json'), 'utf8')).toBe(`${JSON.stringify(fixtureJsonSchema(pkg.version), null, 2)}\n`);
      for (const name of SCHEMA_NAMES) {
        const written = readFileSync(join(out, `${name}.json`), 'utf8');
        expect(written).toBe(`${JSON.stringify(jsonSchema(name, pkg.version), null, 2)}\n`);
        expect((JSON.parse(written) as { $id: string }).$id).toBe(schemaId(name, pkg.version));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('are shipped: exported as ismap-liu/schema/*.json, in `files`, written by `npm run build`, not committed', () => {
    expect(pkg.exports['./schema/*.json']).toBe('./schema/*.json');
    expect(pkg.files).toContain('schema');
    expect(pkg.scripts['build']).toMatch(/build:schemas/);
    expect(pkg.scripts['build:schemas']).toBe('tsx scripts/build-schemas.mjs && tsx scripts/build-openapi.mjs');
    expect(readFileSync(`${ROOT}.gitignore`, 'utf8').split('\n')).toContain('/schema/');
  });
});
