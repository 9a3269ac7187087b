import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Builds `dist/`:
 *
 * - the library, ESM (`.js`) and CommonJS (`.cjs`), for the root and the three subpath doors of
 *   the `exports` map in package.json. Code splitting puts shared modules in `chunk-*.js` /
 *   `chunk-*.cjs`, so that within one format every module exists once: `IsmapLiuError` from
 *   `ismap-liu` is the very class thrown by `ismap-liu/calendar`, and `instanceof` works across
 *   doors.
 * - the declarations, `.d.ts` for ESM and `.d.cts` for CommonJS, rolled up one door at a time. A
 *   single rollup over the four doors would move shared declarations into one door's file and
 *   export them from it under mangled names (`ismap-liu/calendar` would declare an export `d`
 *   that does not exist at run time); one rollup per door keeps each file's exports exactly those
 *   of its door (test/package checks this). The price: a declaration reachable from two doors is
 *   copied into both, and the copies stay compatible only while public classes have no
 *   `private`/`#private` members (test/package checks that too).
 * - the CLI: one ESM file, `dist/cli.js`, with a shebang (the `bin` of package.json), and the
 *   module its worker threads run (`dist/cli-worker.js`, for `evaluate --ndjson --workers N`).
 *
 * Dependencies are never bundled (tsup keeps `dependencies` external).
 * The builds run concurrently, so `dist/` is emptied here, once, before any of them starts.
 */
rmSync('dist', { recursive: true, force: true });

const doors = {
  index: 'src/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'rules/index': 'src/rules/index.ts',
  'machines/index': 'src/machines/index.ts',
};

const shared: Options = {
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  minify: false,
  sourcemap: false,
  clean: false,
  tsconfig: 'tsconfig.json',
};

export default defineConfig([
  { ...shared, entry: doors, format: ['esm', 'cjs'], splitting: true, dts: false },
  ...Object.entries(doors).map(
    ([name, file]): Options => ({ ...shared, entry: { [name]: file }, format: ['esm', 'cjs'], dts: { only: true } }),
  ),
  {
    ...shared,
    entry: { cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/ndjson/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: ['es2022', 'node20'],
    removeNodeProtocol: false,
    splitting: false,
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
