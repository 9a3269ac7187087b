import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 *
 * - `unit`: the unit, property and type tests, `test/**\/*.test.ts`. `scripts/test-tz.sh` runs this
 *   project once per time zone (`TZ=… vitest run --project unit`).
 * - `package`: the smoke test of the packed tarball, `test/package/**\/*.test.ts`. It packs,
 *   installs and runs the built package, so it runs once, after the build
 *   (`scripts/test-package.sh`).
 *
 * Benchmarks live in `bench/**\/*.bench.ts` (`npm run bench`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/package/**', '**/node_modules/**'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          benchmark: { include: [] },
        },
      },
    ],
  },
});
