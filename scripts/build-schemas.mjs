// Writes the JSON Schemas (draft 2020-12) the package ships, one file per document, from the zod
// schemas: schema/case-file.json, schema/case-event.json, schema/persisted-case.json and
// schema/evaluation.json, and schema/fixture.json, the format of `ismap-liu check`'s conformance
// fixtures (exported as `ismap-liu/schema/*.json`; see docs/guides/json-schema.md).
// Each `$id` is where unpkg serves the file for this version of the package.
//
// Part of `npm run build`; schema/ is build output (git-ignored), emptied first. Run with tsx (it
// imports the TypeScript sources): `tsx scripts/build-schemas.mjs [--out DIR]` (a directory given
// with --out is written into, never emptied).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_NAMES, jsonSchema } from '../src/machines/case/jsonSchemas.ts';
import { fixtureJsonSchema } from '../src/cli/check/jsonSchema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out');
const out = at === -1 ? join(root, 'schema') : process.argv[at + 1];
if (out === undefined || out === '') {
  console.error('build-schemas: --out needs a directory');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

if (at === -1) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(jsonSchema(name, version), null, 2)}\n`);
}
writeFileSync(join(out, 'fixture.json'), `${JSON.stringify(fixtureJsonSchema(version), null, 2)}\n`);
console.log(`build-schemas: ${SCHEMA_NAMES.length + 1} JSON Schemas (draft 2020-12) in ${out === join(root, 'schema') ? 'schema/' : out}`);
