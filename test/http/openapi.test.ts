/**
 * The OpenAPI 3.1 document: served at /openapi.json, shipped as schema/openapi.json and written
 * by scripts/build-openapi.mjs, all three the same; its components are the package's own JSON
 * Schemas (dates with their format and pattern) and compile with ajv in strict mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_PATTERN, DAY_INPUT_PATTERN } from '../../src/rules/schemas/_lib/datePatterns.js';
import { call, openApiValidators, startService, type Service } from './_support/service.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
type Json = Record<string, unknown>;

let service: Service;
let document: Json;

beforeAll(async () => {
  service = await startService();
  const answer = await call(service, '/openapi.json');
  expect([answer.status, answer.type]).toEqual([200, 'application/json']);
  document = answer.body;
}, 600_000);
afterAll(() => service?.close());

/** Every subschema of a JSON Schema. */
function* subschemas(node: unknown): Generator<Json> {
  if (Array.isArray(node)) for (const item of node) yield* subschemas(item);
  else if (typeof node === 'object' && node !== null) {
    yield node as Json;
    for (const value of Object.values(node)) yield* subschemas(value);
  }
}

const schemas = () => (document['components'] as { schemas: Json }).schemas;

/** A shipped JSON Schema file as the component of the document (header off, `$defs` and `$ref`s moved). */
function asComponent(file: string): { body: Json; defs: Json } {
  const { $schema: _s, $id: _i, $defs, ...body } = readJson(`schema/${file}`);
  const move = (value: unknown) => JSON.parse(JSON.stringify(value ?? {}).split('"#/$defs/').join('"#/components/schemas/')) as Json;
  return { body: move(body), defs: move($defs) };
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 for this version of the package, with the five routes', () => {
    expect(document['openapi']).toBe('3.1.0');
    expect((document['info'] as Json)['version']).toBe(readJson('package.json')['version']);
    const paths = document['paths'] as Record<string, Json>;
    expect(Object.entries(paths).map(([path, item]) => `${Object.keys(item).join()} ${path}`).sort()).toEqual([
      'get /calendar/{year}',
      'get /openapi.json',
      'post /apply',
      'post /deadline',
      'post /evaluate',
    ]);
  });

  it('is what the package ships as schema/openapi.json (npm run build)', () => {
    expect(document).toEqual(readJson('schema/openapi.json'));
  });

  it('is what scripts/build-openapi.mjs writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'ismap-liu-openapi-'));
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build-openapi.mjs'), '--out', out], { cwd: ROOT, stdio: 'pipe' });
      const written = readFileSync(join(out, 'openapi.json'), 'utf8');
      expect(written).toBe(`${JSON.stringify(document, null, 2)}\n`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('describes case files, events, stored cases and evaluations with the JSON Schemas the package ships', () => {
    const caseEvent = asComponent('case-event.json');
    expect(schemas()['CaseEvent']).toEqual(caseEvent.body);
    const { body: caseFile } = asComponent('case-file.json');
    // The events of a case file are CaseEvents: the same schema, once.
    const { title: _t, description: _d, ...eventBody } = caseEvent.body;
    expect((caseFile['properties'] as { events: { items: unknown } }).events.items).toEqual(eventBody);
    expect(schemas()['CaseFile']).toEqual({ ...caseFile, properties: { ...(caseFile['properties'] as Json), events: { type: 'array', items: { $ref: '#/components/schemas/CaseEvent' } } } });
    const evaluation = asComponent('evaluation.json');
    expect(schemas()['Evaluation']).toEqual(evaluation.body);
    for (const [name, def] of Object.entries(evaluation.defs)) expect(schemas()[name], name).toEqual(def);
    const persisted = asComponent('persisted-case.json');
    expect(JSON.stringify(schemas()['PersistedCase'])).toBe(JSON.stringify(persisted.body).split(JSON.stringify(eventBody)).join('{"$ref":"#/components/schemas/CaseEvent"}'));
  });

  it('gives every date its format and pattern, and every day or instant the pattern that requires an offset', () => {
    const all = [...subschemas(document)];
    const dates = all.filter((s) => s['format'] === 'date');
    expect(dates.length).toBeGreaterThan(20);
    for (const s of dates) expect(s['pattern']).toBe(DATE_PATTERN);
    const requests = schemas();
    for (const [name, field] of [['EvaluateRequest', 'asOf'], ['DeadlineRequest', 'from'], ['DeadlineRequest', 'recognizedAt']] as const) {
      expect(((requests[name] as { properties: Record<string, Json> }).properties[field] as Json)['pattern'], `${name}.${field}`).toBe(DAY_INPUT_PATTERN);
    }
  });

  it('resolves every $ref, and every component compiles with ajv (draft 2020-12, strict)', () => {
    for (const s of subschemas(document)) {
      if (typeof s['$ref'] === 'string') expect(schemas()).toHaveProperty([(s['$ref'] as string).replace('#/components/schemas/', '')]);
    }
    expect(() => openApiValidators(document).compileAll()).not.toThrow();
  });

  it('answers every error as application/problem+json', () => {
    for (const [path, item] of Object.entries(document['paths'] as Record<string, Record<string, { responses: Record<string, { content: Json }> }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          expect(Object.keys(response.content), `${method} ${path} ${status}`).toEqual([status.startsWith('2') ? 'application/json' : 'application/problem+json']);
        }
      }
    }
  });
});
