/**
 * The JSON Schemas (draft 2020-12) the package ships under `ismap-liu/schema/*.json`, written from
 * the zod schemas by `scripts/build-schemas.mjs` at build time. No door imports this module, so it
 * is not in the runtime bundle.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { CaseEventSchema, CaseFileSchema } from '../events/caseFile.js';
import { EvaluationSchema } from './evaluationSchema.js';
import { EnvelopeV1Schema, EnvelopeV2Schema } from './persist.js';

/** The names of the schema files, `schema/<name>.json`. @internal */
export type SchemaName = 'case-file' | 'case-event' | 'persisted-case' | 'evaluation';

/** A JSON Schema document as written to a file. @internal */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

interface Source {
  readonly schema: z.ZodType;
  /** `input` for what the library reads (the forms it accepts), `output` for what it writes. */
  readonly io: 'input' | 'output';
  readonly title: string;
  readonly description: string;
  /** Names for the `$defs` zod numbers (`__schema0`), in that order: recursive schemas without an id. */
  readonly defs?: readonly string[];
}

const SOURCES: { readonly [K in SchemaName]: () => Source } = {
  'case-file': () => ({
    schema: CaseFileSchema,
    io: 'input',
    title: 'ismap-liu case file',
    description: 'A case: the cloud service and its dated events in time order, as evaluateCase and parseCaseFile read it.',
  }),
  'case-event': () => ({
    schema: CaseEventSchema,
    io: 'input',
    title: 'ismap-liu case event',
    description: 'One event of a case file: { type, at, note?, ...payload }, the payload depending on type.',
  }),
  'persisted-case': () => ({
    schema: z.discriminatedUnion('schemaVersion', [EnvelopeV2Schema, EnvelopeV1Schema]),
    io: 'input',
    title: 'ismap-liu persisted case',
    description: 'A case as persistCase writes it (schema version 2, or 1 on request) and restoreCase reads it. restoreCase also checks the processes, the log and the digest.',
    defs: ['StateValue'],
  }),
  evaluation: () => ({
    schema: EvaluationSchema,
    io: 'output',
    title: 'ismap-liu evaluation',
    description: 'The answer of evaluateCase: where the case stands, what is owed by whom and by when, what may happen next, and why.',
  }),
};

/** Every schema file, in the order they are listed. @internal */
export const SCHEMA_NAMES = Object.keys(SOURCES) as readonly SchemaName[];

/**
 * The `$id` of a schema file: where unpkg serves it for that version of the package.
 *
 * @example
 * ```ts
 * schemaId('case-file', '0.1.0'); //=> 'https://unpkg.com/ismap-liu@0.1.0/schema/case-file.json'
 * ```
 * @internal
 */
export function schemaId(name: SchemaName, version: string): string {
  return `https://unpkg.com/ismap-liu@${version}/schema/${name}.json`;
}

/**
 * The JSON Schema (draft 2020-12) of one file, with its `$id`, `title` and `description` first.
 * Dates carry `format: "date"` and a pattern of real days 2000–2099; instants a pattern that
 * requires an offset. The library's parse stays the authority (see docs/guides/json-schema.md).
 *
 * @param name - the file, e.g. `'case-file'`
 * @param version - the package version, for `$id`
 * @returns the schema as plain JSON
 * @example
 * ```ts
 * jsonSchema('case-file', '0.1.0').$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @internal
 */
export function jsonSchema(name: SchemaName, version: string): JsonSchemaDocument {
  const source = SOURCES[name]();
  const { $schema, ...rest } = z.toJSONSchema(source.schema, { target: 'draft-2020-12', io: source.io, unrepresentable: 'throw' });
  const body = JSON.parse(renameDefs(JSON.stringify(rest), source.defs ?? [])) as JsonSchemaDocument;
  return { $schema, $id: schemaId(name, version), title: source.title, description: source.description, ...body };
}

/** `json` with zod's `$defs` names `__schema0`, `__schema1` … replaced by `names`, in their keys and in every `$ref`. */
function renameDefs(json: string, names: readonly string[]): string {
  return names.reduce((text, name, i) => text.split(`"__schema${i}"`).join(JSON.stringify(name)).split(`"#/$defs/__schema${i}"`).join(JSON.stringify(`#/$defs/${name}`)), json);
}
