// Writes schema/openapi.json: the OpenAPI 3.1 document of the reference HTTP service
// (examples/http), exactly as the service serves it at /openapi.json, shipped in the package as
// `ismap-liu/schema/openapi.json` (see docs/guides/http.md).
//
// The service imports the package as a user would (`ismap-liu`, `ismap-liu/schema/*.json`), so
// this runs after the build and after scripts/build-schemas.mjs: part of `npm run build`. Run with
// tsx (the service is TypeScript): `tsx scripts/build-openapi.mjs [--out DIR]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOpenApiDocument } from '../examples/http/src/app.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out');
const out = at === -1 ? join(root, 'schema') : process.argv[at + 1];
if (out === undefined || out === '') {
  console.error('build-openapi: --out needs a directory');
  process.exit(2);
}

const document = createOpenApiDocument();
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
const paths = Object.keys(document.paths ?? {}).length;
const schemas = Object.keys(document.components?.schemas ?? {}).length;
console.log(`build-openapi: OpenAPI ${document.openapi} document (${paths} paths, ${schemas} schemas) in ${out === join(root, 'schema') ? 'schema/' : out}openapi.json`);
