/**
 * The reference HTTP service (examples/http) for the tests: started once per test file on Node
 * on a free port, called over HTTP with fetch. The service imports the built package
 * (`ismap-liu` resolves to dist/), so {@link startService} builds it first when it is stale, as
 * the tests of the built bin do; the app is imported only then.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.mjs';

/** The running service. */
export interface Service {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops it. */
  close(): Promise<void>;
}

/** Builds the package if needed, then starts the service on a free port. */
export async function startService(): Promise<Service> {
  ensureBuilt();
  const { start } = await import('../../../examples/http/src/node.js');
  return start(0);
}

/** An answer: status, content type, and the body parsed as JSON. */
export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly type: string | null;
  readonly headers: Headers;
  readonly body: T;
}

/** `fetch` of `url + path`, with the body read as JSON. */
export async function call<T = Record<string, unknown>>(service: Service, path: string, init: RequestInit = {}): Promise<Answer<T>> {
  const response = await fetch(`${service.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: (text === '' ? null : JSON.parse(text)) as T };
}

/** `POST path` with `body` as JSON. */
export function post<T = Record<string, unknown>>(service: Service, path: string, body: unknown): Promise<Answer<T>> {
  return call<T>(service, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

type Json = Record<string, unknown>;

/** The JSON Schema of a request body or response, from the OpenAPI document. */
function schemaAt(document: Json, path: string, method: string, where: { response: number; type?: string } | 'request'): unknown {
  const operation = ((document['paths'] as Json)[path] as Json)[method] as Json;
  if (where === 'request') return (((operation['requestBody'] as Json)['content'] as Json)['application/json'] as Json)['schema'];
  const response = (operation['responses'] as Json)[String(where.response)] as Json;
  return ((response['content'] as Json)[where.type ?? 'application/json'] as Json)['schema'];
}

/**
 * Validators for the request bodies and responses the OpenAPI `document` describes: ajv (JSON
 * Schema draft 2020-12, strict, with formats) over its components, as a client in any language
 * would check them.
 */
export function openApiValidators(document: Json) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const components = ((document['components'] as Json)['schemas'] as Json) ?? {};
  const rewrite = (schema: unknown) => JSON.parse(JSON.stringify(schema).split('"#/components/schemas/').join('"https://openapi.test/components.json#/$defs/')) as Json;
  ajv.addSchema({ $id: 'https://openapi.test/components.json', $defs: rewrite(components) });
  const cache = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: unknown) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = ajv.compile(rewrite(schema))));
    return v;
  };
  const check = (v: ValidateFunction, value: unknown) => ({ valid: v(value), errors: (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ''}`) });
  return {
    /** Whether `value` is a valid request body of `method path`. */
    request: (method: string, path: string, value: unknown) => check(compile(`${method} ${path} request`, schemaAt(document, path, method, 'request')), value),
    /** Whether `value` is a valid `status` response of `method path`. */
    response: (method: string, path: string, status: number, value: unknown, type?: string) =>
      check(compile(`${method} ${path} ${status} ${type}`, schemaAt(document, path, method, { response: status, ...(type === undefined ? {} : { type }) })), value),
    /** Whether `value` is valid under component `name`. */
    component: (name: string, value: unknown) => check(compile(`#${name}`, { $ref: `#/components/schemas/${name}` }), value),
    /** Compiles every component (strict mode refuses an unknown keyword). */
    compileAll: () => Object.keys(components).forEach((name) => compile(`#${name}`, { $ref: `#/components/schemas/${name}` })),
  };
}

/** The media type of every error. */
export const PROBLEM_JSON = 'application/problem+json';

/** A problem answer: the status, the media type, the code, and a body valid under the document's `Problem`. */
export function expectProblem(validate: ReturnType<typeof openApiValidators>, answer: Answer, status: number, code: string): void {
  expect([answer.status, answer.type, answer.body['code']], JSON.stringify(answer.body)).toEqual([status, PROBLEM_JSON, code]);
  expect(answer.body).toMatchObject({ type: 'about:blank', status });
  expect(answer.body['detail']).toEqual(expect.any(String));
  expect(validate.component('Problem', answer.body)).toEqual({ valid: true, errors: [] });
}

/** One issue of a `validation_failed` problem. */
export type Issue = { pathText: string; code: string; interpretation?: string; message: string };

/** The issues of a `validation_failed` problem. */
export const issues = (answer: Answer) => answer.body['issues'] as Issue[];
