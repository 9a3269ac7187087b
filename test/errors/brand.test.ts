/**
 * The brands behind the guards, within one build: what an error and a calendar carry under
 * `Symbol.for('ismap-liu.error')` / `Symbol.for('ismap-liu.calendar')`, what the guards accept
 * (the library's own, and a look-alike of the other build that carries the brand), and what they
 * refuse (JSON, string keys, getters, another format version, `instanceof` alone).
 * test/package/dualBuild.test.ts checks the two real builds against each other.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar, isGovernmentCalendar } from '../../src/calendar/createCalendar.js';
import { InvalidArgumentError, InvalidDateError, IsmapLiuError, isIsmapLiuError } from '../../src/errors.js';
import { InvalidSnapshotError, isInvalidSnapshotError } from '../../src/machines/errors.js';
import { UnknownClauseError } from '../../src/rules/catalogue/UnknownClauseError.js';
import { deadline } from '../../src/rules/periods/deadline.js';
import { ValidationError, isValidationError } from '../../src/rules/schemas/validationError.js';

const ERROR_BRAND = Symbol.for('ismap-liu.error');
const CALENDAR_BRAND = Symbol.for('ismap-liu.calendar');

/** An object shaped like an error of the other build: the brand and the fields, nothing else. */
function foreignError(kinds: readonly string[], version: unknown = 1): object {
  const error = new Error('from the other build');
  return Object.defineProperty(Object.assign(error, { code: 'validation_failed', issues: [] }), ERROR_BRAND, {
    value: Object.freeze({ version, code: 'validation_failed', kinds: Object.freeze([...kinds]) }),
  });
}

describe('the error brand', () => {
  it('is a frozen, non-enumerable own property: version, code, and the classes from the base down', () => {
    const error = new ValidationError([], null);
    const descriptor = Object.getOwnPropertyDescriptor(error, ERROR_BRAND);
    expect(descriptor?.enumerable).toBe(false);
    expect(descriptor?.value).toEqual({ version: 1, code: 'validation_failed', kinds: ['IsmapLiuError', 'ValidationError'] });
    expect(Object.isFrozen(descriptor?.value)).toBe(true);
    expect(Object.keys(error)).not.toContain(String(ERROR_BRAND));
    expect(JSON.stringify(error)).not.toContain('ismap-liu.error');
  });

  it.each([
    [new InvalidDateError('x', 'a date'), ['IsmapLiuError', 'InvalidDateError']],
    [new InvalidArgumentError('n', 1.5, 'an integer'), ['IsmapLiuError', 'InvalidArgumentError']],
    [new UnknownClauseError('99'), ['IsmapLiuError', 'UnknownClauseError']],
    [new InvalidSnapshotError('x', [], null), ['IsmapLiuError', 'InvalidSnapshotError']],
    [new IsmapLiuError('invalid_argument', 'x'), ['IsmapLiuError']],
  ])('%s lists its classes', (error, kinds) => {
    expect((error as unknown as Record<symbol, { kinds: string[] }>)[ERROR_BRAND]?.kinds).toEqual(kinds);
  });

  it('a subclass made by a caller inherits the brand of its library class', () => {
    class StrictValidationError extends ValidationError {}
    const error = new StrictValidationError([], null);
    expect(isValidationError(error)).toBe(true);
    expect(isIsmapLiuError(error)).toBe(true);
    expect(isInvalidSnapshotError(error)).toBe(false);
  });

  it('the code alone does not make a subclass: IsmapLiuError with code validation_failed is no ValidationError', () => {
    const error = new IsmapLiuError('validation_failed', 'x');
    expect(isIsmapLiuError(error)).toBe(true);
    expect(isValidationError(error)).toBe(false);
  });

  it('instanceof still works within one build', () => {
    const error = new ValidationError([], null);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(IsmapLiuError);
    expect(error).toBeInstanceOf(Error);
  });

  it('accepts an error of the other build (its own class, the same brand)', () => {
    expect(isIsmapLiuError(foreignError(['IsmapLiuError', 'ValidationError']))).toBe(true);
    expect(isValidationError(foreignError(['IsmapLiuError', 'ValidationError']))).toBe(true);
    expect(isInvalidSnapshotError(foreignError(['IsmapLiuError', 'ValidationError']))).toBe(false);
  });

  it.each([
    ['a brand of format version 2', () => foreignError(['IsmapLiuError'], 2)],
    ['a brand without a version', () => Object.defineProperty({}, ERROR_BRAND, { value: { kinds: ['IsmapLiuError'] } })],
    ['a brand whose version is "1"', () => foreignError(['IsmapLiuError'], '1')],
    ['a brand listing no class', () => foreignError([])],
    ['a brand whose kinds are a string', () => Object.defineProperty({}, ERROR_BRAND, { value: { version: 1, kinds: 'IsmapLiuError' } })],
    ['an error parsed from JSON', () => JSON.parse(JSON.stringify(new ValidationError([], null))) as unknown],
    ['JSON with the brand under a string key', () => JSON.parse('{"Symbol(ismap-liu.error)":{"version":1,"kinds":["IsmapLiuError"]},"ismap-liu.error":{"version":1,"kinds":["IsmapLiuError"]}}') as unknown],
    ['an object with the prototype but not constructed', () => Object.create(ValidationError.prototype) as unknown],
    ['a plain Error', () => new Error('x')],
    ['a brand under a fresh (unregistered) symbol', () => Object.defineProperty({}, Symbol('ismap-liu.error'), { value: { version: 1, kinds: ['IsmapLiuError'] } })],
  ])('refuses %s', (_label, make) => {
    const value = make();
    expect(isIsmapLiuError(value)).toBe(false);
    expect(isValidationError(value)).toBe(false);
  });

  it('reads no getter: a brand behind an accessor is refused and the accessor never runs', () => {
    let ran = 0;
    const value = Object.defineProperty({}, ERROR_BRAND, {
      get: () => {
        ran += 1;
        return { version: 1, kinds: ['IsmapLiuError'] };
      },
    });
    const inner = Object.defineProperty({}, 'version', {
      get: () => {
        ran += 1;
        return 1;
      },
    });
    expect(isIsmapLiuError(value)).toBe(false);
    expect(isIsmapLiuError(Object.defineProperty({}, ERROR_BRAND, { value: inner }))).toBe(false);
    expect(ran).toBe(0);
  });
});

describe('the calendar brand', () => {
  const calendar = createCalendar({ addHolidays: ['2026-12-28'] });

  it('is a non-enumerable own property of format version 1; the calendar stays frozen with the same keys', () => {
    const descriptor = Object.getOwnPropertyDescriptor(calendar, CALENDAR_BRAND);
    expect(descriptor?.value).toEqual({ version: 1 });
    expect(descriptor?.enumerable).toBe(false);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.keys(calendar)).toEqual([
      'info', 'isGovernmentHoliday', 'isGovernmentBusinessDay', 'getGovernmentHoliday', 'governmentHolidaysBetween',
      'addGovernmentBusinessDays', 'countGovernmentBusinessDays', 'nextGovernmentBusinessDay', 'previousGovernmentBusinessDay', 'periodEnd',
    ]);
  });

  /** A calendar as the other build makes it: its own functions, the brand, plain data in info. */
  function foreignCalendar(info: unknown, version: unknown = 1): object {
    const copy: Record<string, unknown> = { ...calendar, info };
    return Object.freeze(Object.defineProperty(copy, CALENDAR_BRAND, { value: Object.freeze({ version }) }));
  }

  it('a calendar of the other build is accepted and its changes are used (not the official calendar)', () => {
    // 13.2 from Thursday 2026-12-24 15:00: three business days. Officially 25 Dec, 28 Dec, 4 Jan;
    // with 28 December a holiday, 25 Dec, 4 Jan, 5 Jan.
    const foreign = foreignCalendar({ id: 'custom', addHolidays: ['2026-12-28'], removeHolidays: [] });
    expect(isGovernmentCalendar(foreign)).toBe(true);
    expect(deadline('13.2', '2026-12-24T15:00+09:00').lastDay).toBe('2027-01-04');
    const d = deadline('13.2', '2026-12-24T15:00+09:00', { calendar: foreign as typeof calendar });
    expect(d.lastDay).toBe('2027-01-05');
    expect(d.calendar).toEqual({ id: 'custom', addHolidays: ['2026-12-28'], removeHolidays: [] });
  });

  it.each([
    ['without the brand', () => ({ ...calendar })],
    ['with a brand of format version 2', () => foreignCalendar(calendar.info, 2)],
    ['with info of id official', () => foreignCalendar({ id: 'official' })],
    ['with an impossible day', () => foreignCalendar({ id: 'custom', addHolidays: ['2026-02-30'], removeHolidays: [] })],
    ['with a day outside 2000–2099', () => foreignCalendar({ id: 'custom', addHolidays: ['2100-01-01'], removeHolidays: [] })],
    ['with a day both added and removed', () => foreignCalendar({ id: 'custom', addHolidays: ['2026-12-28'], removeHolidays: ['2026-12-28'] })],
    ['without removeHolidays', () => foreignCalendar({ id: 'custom', addHolidays: [] })],
    ['with info behind a getter', () => Object.defineProperty(Object.defineProperty({ ...calendar }, 'info', { get: () => calendar.info }), CALENDAR_BRAND, { value: { version: 1 } })],
    ['with a method missing', () => { const { periodEnd: _, ...rest } = calendar; return Object.defineProperty(rest, CALENDAR_BRAND, { value: { version: 1 } }); }],
  ])('a look-alike %s is refused', (_label, make) => {
    const value = make();
    expect(isGovernmentCalendar(value)).toBe(false);
    expect(() => deadline('13.2', '2026-12-24T15:00+09:00', { calendar: value as typeof calendar })).toThrow(/createCalendar/);
  });
});
