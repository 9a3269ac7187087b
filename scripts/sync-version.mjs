#!/usr/bin/env node
// Writes package.json's version into src/_lib/version.ts, the constant answers record as
// `basis.library.version`. Run by `npm version` (the "version" script), so a release cannot ship
// a stale stamp; test/package/version.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const file = new URL('src/_lib/version.ts', root);
const before = readFileSync(file, 'utf8');
const after = before.replace(/version: '[^']*'/, `version: '${version}'`);
if (after !== before) writeFileSync(file, after);
console.log(`src/_lib/version.ts: ${version}`);
