import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 *
 * - `unit`: the unit, property and type tests under `test/` (except the two folders below). They
 *   share one module graph per worker (`isolate: false`), which cuts the suite's run time about
 *   fourfold: the library is pure, so there is no module state to leak. A test file that needs a
 *   module graph of its own (it mocks a module, or sets `process.env.TZ` before importing) belongs
 *   in `test/calendar/` or must set up and tear down what it changes.
 * - `unit-calendar`: `test/calendar/**`, each file in its own module graph (`isolate: true`):
 *   these tests set `process.env.TZ` before importing the calendar, whose year tables are cached
 *   at module level.
 * - `package`: the smoke test of the packed tarball, `test/package/**`. It packs, installs and runs
 *   the built package, so it runs once, after the build (`scripts/test-package.sh`).
 *
 * `scripts/test-tz.sh` runs `unit` and `unit-calendar` once per time zone
 * (`TZ=… vitest run --project 'unit*'`). Benchmarks live in `bench/**\/*.bench.ts` (`npm run bench`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/package/**', 'test/calendar/**', '**/node_modules/**'],
          isolate: false,
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-calendar',
          include: ['test/calendar/**/*.test.ts'],
          benchmark: { include: [] },
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
