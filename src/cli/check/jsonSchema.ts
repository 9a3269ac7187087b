/**
 * The JSON Schema (draft 2020-12) of a fixture file, `schema/fixture.json`, written from
 * {@link FixtureSchema} at build time so that an editor completes and checks fixtures.
 * `ismap-liu check` itself validates with the zod schema (whose messages name the clause and the
 * expected form); the JSON Schema cannot express two of its rules and says them in prose.
 *
 * @module
 */
import * as z from 'zod';
import { FixtureSchema } from './schema.js';

/** A JSON Schema document as written to a file. */
export type FixtureJsonSchema = Readonly<Record<string, unknown>>;

/**
 * The JSON Schema of a fixture file (one fixture or a non-empty array of them), with its `$id`
 * where unpkg serves it for `version`. The case inline (`caseFile`) is checked against the case
 * file schema, which the document embeds.
 *
 * @param version - the package version, for `$id`
 * @returns the schema as plain JSON
 * @example
 * ```ts
 * fixtureJsonSchema('0.1.0').$id; //=> 'https://unpkg.com/ismap-liu@0.1.0/schema/fixture.json'
 * ```
 */
export function fixtureJsonSchema(version: string): FixtureJsonSchema {
  const { $schema, $defs, ...fixture } = z.toJSONSchema(FixtureSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  // What the refinements say: exactly one of case / caseFile.
  const one = { ...fixture, oneOf: [{ properties: { case: true }, required: ['case'] }, { properties: { caseFile: true }, required: ['caseFile'] }] };
  const body = {
    anyOf: [{ $ref: '#/$defs/Fixture' }, { type: 'array', minItems: 1, items: { $ref: '#/$defs/Fixture' } }],
    $defs: { ...$defs, Fixture: one },
  };
  return {
    $schema,
    $id: `https://unpkg.com/ismap-liu@${version}/schema/fixture.json`,
    title: 'ismap-liu conformance fixture',
    description:
      'One fixture or an array of fixtures for `ismap-liu check`: a case (inline as caseFile, or case, a path relative to the fixture file), an as-of and what the evaluation must say (see docs/guides/conformance.md). A refused item needs its index or its type; a "contains" list needs at least one item.',
    ...body,
  };
}
