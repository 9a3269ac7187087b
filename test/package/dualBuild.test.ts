/**
 * The two builds of the package behave as one library: `dist/index.js` (ESM, loaded with
 * `import`) and `dist/index.cjs` (CommonJS, loaded with `require`) in the same process each have
 * their own copy of every class, so `instanceof` cannot tell an error or a calendar of the other
 * build. The guards read the brands under `Symbol.for('ismap-liu.error')` and
 * `Symbol.for('ismap-liu.calendar')` instead, and must accept what the other build made, both
 * ways, and refuse look-alikes: a JSON round trip, a copy without the brand, a brand of another
 * format version.
 *
 * Runs after the build (scripts/test-package.sh, vitest project `package`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';

type Library = typeof import('../../src/index.js');

const root = fileURLToPath(new URL('../..', import.meta.url));
for (const file of ['dist/index.js', 'dist/index.cjs']) {
  if (!existsSync(join(root, file))) throw new Error(`test/package/dualBuild: ${file} is missing: run 'npm run build' first`);
}
const esm = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as Library;
const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs')) as Library;

const BUILDS = [
  { from: 'ESM', made: esm, to: 'CommonJS', seen: cjs },
  { from: 'CommonJS', made: cjs, to: 'ESM', seen: esm },
];


/** Errors a build makes, thrown by its functions or constructed, with the guards that must accept them. */
function errorsOf(lib: Library): { name: string; error: unknown; validation: boolean; snapshot: boolean }[] {
  return [
    { name: 'InvalidDateError (thrown)', error: thrown(() => lib.addGovernmentBusinessDays('2024-02-30', 1)), validation: false, snapshot: false },
    { name: 'DateOutOfRangeError (thrown)', error: thrown(() => lib.isGovernmentBusinessDay('1999-12-31')), validation: false, snapshot: false },
    { name: 'InvalidArgumentError (thrown)', error: thrown(() => lib.addGovernmentBusinessDays('2024-04-01', 1.5)), validation: false, snapshot: false },
    { name: 'UnknownClauseError (thrown)', error: thrown(() => lib.getClause('99.9' as never)), validation: false, snapshot: false },
    { name: 'UnknownFormError (thrown)', error: thrown(() => lib.getForm('9-9' as never)), validation: false, snapshot: false },
    {
      name: 'ValidationError (thrown)',
      error: thrown(() => lib.parseOrThrow(lib.AuditPeriodSchema, { start: '2024-04-01', end: '2024-02-30' })),
      validation: true,
      snapshot: false,
    },
    { name: 'InvalidSnapshotError (thrown)', error: thrown(() => lib.restoreCase({ schemaVersion: 99 })), validation: false, snapshot: true },
    { name: 'ProvisionNotInForceError (constructed)', error: new lib.ProvisionNotInForceError('13.2', '2024-01-03', '2024-01-04', 'S'), validation: false, snapshot: false },
    { name: 'ValidationError (constructed)', error: new lib.ValidationError([], null), validation: true, snapshot: false },
    { name: 'InvalidSnapshotError (constructed)', error: new lib.InvalidSnapshotError('x', [], null), validation: false, snapshot: true },
    { name: 'IsmapLiuError (constructed)', error: new lib.IsmapLiuError('invalid_argument', 'x'), validation: false, snapshot: false },
  ];
}

it('loads two separate copies of the library (otherwise this file tests nothing)', () => {
  expect(esm.IsmapLiuError).toBeTypeOf('function');
  expect(cjs.IsmapLiuError).toBeTypeOf('function');
  expect(esm.IsmapLiuError).not.toBe(cjs.IsmapLiuError);
  expect(esm.createCalendar).not.toBe(cjs.createCalendar);
});

for (const { from, made, to, seen } of BUILDS) {
  describe(`made by the ${from} build, seen by the ${to} build`, () => {
    for (const { name, error, validation, snapshot } of errorsOf(made)) {
      describe(name, () => {
        it('passes every guard of its kind in both builds, and no other', () => {
          for (const lib of [made, seen]) {
            expect(lib.isIsmapLiuError(error)).toBe(true);
            expect(lib.isValidationError(error)).toBe(validation);
            expect(lib.isInvalidSnapshotError(error)).toBe(snapshot);
          }
        });

        it('is an instance of its own build only (why the guards read a brand)', () => {
          expect(error).toBeInstanceOf(made.IsmapLiuError);
          expect(error).not.toBeInstanceOf(seen.IsmapLiuError);
        });

        it('is no longer one after a JSON round trip, or copied without its brand', () => {
          const parsed: unknown = JSON.parse(JSON.stringify(error));
          const copy: unknown = { ...(error as object) };
          for (const lib of [made, seen]) {
            for (const lookAlike of [parsed, copy]) {
              expect(lib.isIsmapLiuError(lookAlike)).toBe(false);
              expect(lib.isValidationError(lookAlike)).toBe(false);
              expect(lib.isInvalidSnapshotError(lookAlike)).toBe(false);
            }
          }
        });
      });
    }

    it('an error whose brand has another format version is refused by both', () => {
      const error = new made.ValidationError([], null);
      const brand = Symbol.for('ismap-liu.error');
      const current = (error as unknown as Record<symbol, { kinds: readonly string[] }>)[brand];
      expect(current).toEqual({ version: 1, code: 'validation_failed', kinds: ['IsmapLiuError', 'ValidationError'] });
      Object.defineProperty(error, brand, { value: { ...current, version: 2 } });
      for (const lib of [made, seen]) {
        expect(lib.isIsmapLiuError(error)).toBe(false);
        expect(lib.isValidationError(error)).toBe(false);
      }
    });

    describe('createCalendar', () => {
      const changes = { addHolidays: ['2026-12-28'], removeHolidays: ['2026-11-23'] };
      const calendar = made.createCalendar(changes);

      it('is a government calendar to both builds', () => {
        expect(made.isGovernmentCalendar(calendar)).toBe(true);
        expect(seen.isGovernmentCalendar(calendar)).toBe(true);
      });

      it('is used by the other build with its changes (not silently as the official calendar)', () => {
        // 13.2: the urgent report, three government business days after the day of recognition.
        // Recognized on Thursday 2026-12-24 at 15:00, the official calendar counts Friday 25 and
        // Monday 28 December, skips the year-end holidays (29 Dec – 3 Jan), and ends on Monday
        // 4 January; with 28 December added as a holiday it ends on Tuesday 5 January.
        const official = seen.deadline('13.2', '2026-12-24T15:00+09:00');
        const here = made.deadline('13.2', '2026-12-24T15:00+09:00', { calendar });
        const there = seen.deadline('13.2', '2026-12-24T15:00+09:00', { calendar });
        expect(official.lastDay).toBe('2027-01-04');
        expect(there.lastDay).toBe('2027-01-05');
        expect(there).toEqual(here);
        expect(there.calendar).toEqual({ id: 'custom', addHolidays: ['2026-12-28'], removeHolidays: ['2026-11-23'] });
        // deadlines() reads the calendar's engine directly.
        expect(seen.deadlines('13.2', ['2026-12-24T15:00+09:00'], { calendar }).lastDay).toEqual(['2027-01-05']);
      });

      it('a copy without the brand, or with a brand of another format version, is refused by both', () => {
        const copy = { ...calendar };
        const otherVersion = Object.defineProperty({ ...calendar }, Symbol.for('ismap-liu.calendar'), { value: { version: 2 } });
        for (const lib of [made, seen]) {
          expect(lib.isGovernmentCalendar(copy)).toBe(false);
          expect(lib.isGovernmentCalendar(otherVersion)).toBe(false);
          expect(() => lib.deadline('13.2', '2026-12-24T15:00+09:00', { calendar: copy })).toThrow(/createCalendar/);
        }
      });

      it('a branded look-alike whose changes are not valid days is refused', () => {
        const forged = Object.defineProperty(
          { ...calendar, info: { id: 'custom', addHolidays: ['2026-02-30'], removeHolidays: [] } },
          Symbol.for('ismap-liu.calendar'),
          { value: { version: 1 } },
        );
        expect(seen.isGovernmentCalendar(forged)).toBe(false);
      });
    });
  });
}
