/**
 * The OpenAPI 3.1 document: the routes and schemas as `@hono/zod-openapi` writes them, with the
 * components the package ships as JSON Schema (draft 2020-12) put in place of their
 * placeholders, so that the document describes the library's answers exactly as
 * `ismap-liu/schema/*.json` do, patterns and formats of dates included.
 *
 * A shipped document becomes a component of its name, and each of its `$defs` a component too
 * (its `$ref`s rewritten); a subschema that equals the body of `CaseEvent` becomes a `$ref` to
 * it (the events of a case file and of a persisted case's log). Components no
 * route reaches are left out.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import caseEvent from 'ismap-liu/schema/case-event.json' with { type: 'json' };
import caseFile from 'ismap-liu/schema/case-file.json' with { type: 'json' };
import evaluation from 'ismap-liu/schema/evaluation.json' with { type: 'json' };
import persistedCase from 'ismap-liu/schema/persisted-case.json' with { type: 'json' };
import pkg from 'ismap-liu/package.json' with { type: 'json' };
import type { ShippedName } from './schemas.js';

/** The OpenAPI document, as served at `/openapi.json` and shipped as `ismap-liu/schema/openapi.json`. */
export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

type Json = Record<string, unknown>;

/** The package's JSON Schema documents, by component name. */
const SHIPPED_DOCUMENTS: Readonly<Record<'CaseEvent' | 'CaseFile' | 'PersistedCase' | 'Evaluation', Json>> = {
  CaseEvent: caseEvent,
  CaseFile: caseFile,
  PersistedCase: persistedCase,
  Evaluation: evaluation,
};

/** The placeholders that name a `$defs` entry of a shipped document. */
const SHIPPED_DEFS: readonly ShippedName[] = ['TraceEntry', 'Refusal'];

const REFS = '#/components/schemas/';

/** The document of `app`'s routes, with the shipped components. */
export function openApiDocument(app: OpenAPIHono): OpenApiDocument {
  const generated = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'ismap-liu reference HTTP service',
      version: pkg.version,
      description:
        "Japan's ISMAP-LIU Cloud Service Registration Rules over HTTP: evaluate a case, compute a deadline, apply an event to a stored case, list a year's government holidays. Every error is application/problem+json; a library error is a 400 with its code, the refused value, the expected form and the clause.",
      license: { name: 'MIT' },
    },
    tags: [
      { name: 'cases', description: 'Case files, evaluations and stored cases (ismap-liu/machines).' },
      { name: 'rules', description: 'Deadlines of the rules (ismap-liu/rules).' },
      { name: 'calendar', description: 'The government calendar (ismap-liu/calendar).' },
      { name: 'meta', description: 'This document.' },
    ],
  });
  const schemas: Record<string, unknown> = { ...generated.components?.schemas, ...shippedComponents() };
  for (const name of SHIPPED_DEFS) {
    if (!isRecord(schemas[name]) || Object.keys(schemas[name]).length === 0) throw new Error(`openapi: no shipped JSON Schema defines ${name}`);
  }
  const reached = reachable({ paths: generated.paths }, schemas);
  const components = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  return { ...generated, components: { ...generated.components, schemas: components as never } };
}

/** Every component the shipped documents give: each document, and each of its `$defs`. */
function shippedComponents(): Json {
  const components: Json = {};
  const add = (name: string, schema: unknown) => {
    if (name in components && JSON.stringify(components[name]) !== JSON.stringify(schema)) throw new Error(`openapi: two shipped schemas named ${name} differ`);
    components[name] = schema;
  };
  for (const [name, document] of Object.entries(SHIPPED_DOCUMENTS)) {
    const { $schema: _schema, $id: _id, $defs, ...body } = document;
    add(name, relocate(body));
    for (const [def, schema] of Object.entries(isRecord($defs) ? $defs : {})) add(def, relocate(schema));
  }
  const { CaseEvent: event, ...others } = components;
  const { title: _title, description: _description, ...eventBody } = event as Json;
  for (const [name, schema] of Object.entries(others)) components[name] = replaceEqual(schema, eventBody, { $ref: `${REFS}CaseEvent` });
  return components;
}

/** `schema` with its `#/$defs/X` references made `#/components/schemas/X`. */
function relocate(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).split('"#/$defs/').join(`"${REFS}`));
}

/** `schema` with every subschema equal to `target` replaced by `by` (below the root). */
function replaceEqual(schema: unknown, target: unknown, by: Json): unknown {
  const text = JSON.stringify(target);
  const keys = isRecord(target) ? Object.keys(target).join() : '';
  const walk = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, false));
    if (!isRecord(node)) return node;
    if (!root && Object.keys(node).join() === keys && JSON.stringify(node) === text) return by;
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, false)]));
  };
  return walk(schema, true);
}

/** The names of the components reached from `start` through `$ref`s. */
function reachable(start: unknown, schemas: Readonly<Record<string, unknown>>): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      const ref = node['$ref'];
      if (typeof ref === 'string' && ref.startsWith(REFS)) {
        const name = ref.slice(REFS.length);
        if (schemas[name] === undefined) throw new Error(`openapi: ${ref} names no component`);
        if (!seen.has(name)) {
          seen.add(name);
          visit(schemas[name]);
        }
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(start);
  return seen;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
