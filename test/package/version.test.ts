/** The version answers are stamped with (`basis.library.version`) is the package's. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LIBRARY } from '../../src/_lib/version.js';

it('src/_lib/version.ts matches package.json (run scripts/sync-version.mjs)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  expect(LIBRARY).toEqual({ name: pkg.name, version: pkg.version });
});
