/**
 * The shipped JSON Schemas compiled with ajv (draft 2020-12, strict, with ajv-formats), as a
 * consumer outside JavaScript's zod would use them. The schemas come from `jsonSchema()`, the
 * function scripts/build-schemas.mjs writes them with, so the tests need no build.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { jsonSchema, type SchemaName } from '../../../src/machines/case/jsonSchemas.js';

/** The version the tests put in `$id`. */
export const TEST_VERSION = '0.0.0-test';

const compiled = new Map<SchemaName, ValidateFunction>();

/** A fresh ajv, as strict as ajv gets: unknown keywords and formats are errors. */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** The validator of one schema file, compiled once. */
export function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (v === undefined) {
    v = strictAjv().compile(jsonSchema(name, TEST_VERSION));
    compiled.set(name, v);
  }
  return v;
}

/** Whether `value` is valid under schema `name`, and ajv's first errors when it is not. */
export function check(name: SchemaName, value: unknown): { readonly valid: boolean; readonly errors: readonly string[] } {
  const v = validator(name);
  const valid = v(value);
  return { valid, errors: (v.errors ?? []).slice(0, 5).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`) };
}
