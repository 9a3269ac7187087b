/**
 * Typed errors (docs/reference/calendar.md, "Dates and instants" and "Supported range and
 * provisional years"): every refusal is an IsmapLiuError with a stable `code`
 * and a message that names the refused value.
 */
import { describe, expect, test } from 'vitest';
import {
  DateOutOfRangeError,
  InvalidArgumentError,
  InvalidDateError,
  addGovernmentBusinessDays,
  countGovernmentBusinessDays,
  governmentHolidaysBetween,
  isGovernmentBusinessDay,
  isIsmapLiuError,
  nextGovernmentBusinessDay,
  periodEnd,
  previousGovernmentBusinessDay,
  toJapanDate,
  type IsmapLiuErrorCode,
  type PeriodLength,
} from '../../src/calendar/index.js';

const CLASSES = { invalid_date: InvalidDateError, date_out_of_range: DateOutOfRangeError, invalid_argument: InvalidArgumentError } as const;

/** Runs `fn`, expecting a typed error with `code` whose message contains every `mentions`. */
function expectRefusal(fn: () => unknown, code: keyof typeof CLASSES & IsmapLiuErrorCode, ...mentions: string[]): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isIsmapLiuError(caught), 'an IsmapLiuError is thrown').toBe(true);
  expect(caught).toBeInstanceOf(CLASSES[code]);
  const error = caught as InvalidDateError;
  expect(error.code).toBe(code);
  for (const m of mentions) expect(error.message).toContain(m);
  expect(error.toJSON()).toMatchObject({ code, message: error.message });
}

describe('invalid dates (invalid_date)', () => {
  test.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-06-00', '2024-06-31', '2024-6-2', '20240602', '', 'yesterday', ' 2024-06-02', '2024-06-02T24:00Z', '2024-06-02T15:60Z', '2024-06-02T15:00+15:00', '2024-06-02T15:00:00.1234567890Z'])(
    '%j names the value',
    (input) => {
      expectRefusal(() => isGovernmentBusinessDay(input), 'invalid_date', JSON.stringify(input));
      expectRefusal(() => toJapanDate(input), 'invalid_date', JSON.stringify(input));
    },
  );

  test.each(['2024-06-02T15:00', '2024-06-02T15:00:00', '2024-06-02T15:00:00.000', '2024-06-02 15:00'])('%j without an offset: the message asks for one', (input) => {
    expectRefusal(() => periodEnd(input, { businessDays: 3 }), 'invalid_date', JSON.stringify(input), 'offset');
  });

  test('an invalid Date', () => {
    expectRefusal(() => isGovernmentBusinessDay(new Date(Number.NaN)), 'invalid_date', 'Invalid Date');
    expectRefusal(() => periodEnd(new Date('not a date'), { days: 1 }), 'invalid_date', 'Invalid Date');
  });

  test.each([
    [42, '42'],
    [20240602, '20240602'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [{}, 'object'],
    [['2024-06-03'], 'array'],
  ])('a non-string, non-Date value %j', (input, mention) => {
    expectRefusal(() => isGovernmentBusinessDay(input as never), 'invalid_date', mention);
    expectRefusal(() => addGovernmentBusinessDays(input as never, 1), 'invalid_date', mention);
  });
});

describe('outside 2000-01-01 … 2099-12-31 (date_out_of_range)', () => {
  test.each(['1999-12-31', '2100-01-01', '1970-01-01', '9999-12-31', '1999-12-31T14:59:59.999Z', '2099-12-31T15:00Z', '2100-01-01T08:59+09:00'])('%s', (input) => {
    expectRefusal(() => isGovernmentBusinessDay(input), 'date_out_of_range', input, '2000-01-01', '2099-12-31');
  });

  test('Dates outside the range', () => {
    expectRefusal(() => isGovernmentBusinessDay(new Date('1999-12-31T14:59:59.999Z')), 'date_out_of_range', '1999-12-31T14:59:59.999Z');
    expectRefusal(() => isGovernmentBusinessDay(new Date('2099-12-31T15:00:00Z')), 'date_out_of_range', '2099-12-31T15:00:00.000Z');
  });

  test('results beyond 2099 or before 2000 name the computation', () => {
    expectRefusal(() => addGovernmentBusinessDays('2099-12-28', 1), 'date_out_of_range', '2099-12-28');
    expectRefusal(() => addGovernmentBusinessDays('2000-01-04', -1), 'date_out_of_range', '2000-01-04');
    expectRefusal(() => addGovernmentBusinessDays('2024-06-03', 30_000), 'date_out_of_range', '2024-06-03');
    expectRefusal(() => nextGovernmentBusinessDay('2099-12-31'), 'date_out_of_range', '2099-12-31');
    expectRefusal(() => previousGovernmentBusinessDay('2000-01-01'), 'date_out_of_range', '2000-01-01');
    expectRefusal(() => periodEnd('2099-12-01', { months: 1 }), 'date_out_of_range', '2099-12-01');
    expectRefusal(() => periodEnd('2099-12-30', { days: 5 }), 'date_out_of_range', '2099-12-30');
    expectRefusal(() => periodEnd('2024-06-03', { years: 100 }), 'date_out_of_range', '2024-06-03');
    // The strict last day 2099-12-31 exists, but its extension (a year-end holiday) would be in 2100.
    expectRefusal(() => periodEnd('2099-11-30', { months: 1 }), 'date_out_of_range');
  });

  test('a business-day period past 2099 names the caller’s day, not an internal step', () => {
    expectRefusal(() => periodEnd('2099-12-20', { businessDays: 20 }), 'date_out_of_range', '2099-12-20');
  });
});

describe('invalid arguments (invalid_argument)', () => {
  test.each([1.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3', null])('n = %j', (n) => {
    expectRefusal(() => addGovernmentBusinessDays('2024-06-03', n as never), 'invalid_argument', 'n', String(n === '3' ? '"3"' : n));
  });

  test.each([
    [{}, 'period'],
    [{ days: 1, weeks: 1 }, 'period'],
    [{ months: 1, days: 1 }, 'period'],
    [{ days: -1 }, '-1'],
    [{ days: 1.5 }, '1.5'],
    [{ days: 0 }, 'period'],
    [{ businessDays: 0 }, 'period'],
    [{ years: 0, months: 0 }, 'period'],
    [{ days: Number.NaN }, 'NaN'],
    [{ weeks: Number.POSITIVE_INFINITY }, 'Infinity'],
    [{ days: '3' }, '"3"'],
    [{ months: 1, years: 1.5 }, '1.5'],
    [{ months: 1, years: undefined }, 'undefined'],
    [null, 'null'],
    [3, '3'],
    [[], 'array'],
  ])('period %j', (period, mention) => {
    expectRefusal(() => periodEnd('2024-06-03', period as unknown as PeriodLength), 'invalid_argument', mention);
  });

  test('__proto__ tricks: only own keys count', () => {
    // A literal `__proto__` sets the prototype: the object has no own unit.
    expectRefusal(() => periodEnd('2024-06-03', { __proto__: { days: 3 } } as unknown as PeriodLength), 'invalid_argument', 'period');
    // JSON.parse makes `__proto__` an own key, which is not a unit.
    expectRefusal(() => periodEnd('2024-06-03', JSON.parse('{"__proto__": {"days": 3}}') as PeriodLength), 'invalid_argument', 'period');
    expectRefusal(() => periodEnd('2024-06-03', JSON.parse('{"days": 3, "__proto__": {"weeks": 1}}') as PeriodLength), 'invalid_argument', 'period');
    expectRefusal(() => periodEnd('2024-06-03', Object.create({ days: 3 }) as PeriodLength), 'invalid_argument', 'period');
    // An inherited unit does not combine with an own one, and a prototype-less object is fine.
    expect(periodEnd('2024-06-03', { days: 3, __proto__: { weeks: 1 } } as unknown as PeriodLength).lastDay).toBe('2024-06-06');
    expect(periodEnd('2024-06-03', Object.assign(Object.create(null) as object, { days: 3 }) as PeriodLength).lastDay).toBe('2024-06-06');
  });

  test('an unknown unit is named in the message', () => {
    expectRefusal(() => periodEnd('2024-06-03', { hours: 3 } as unknown as PeriodLength), 'invalid_argument', 'hours');
  });

  test('governmentHolidaysBetween refuses a reversed range', () => {
    expectRefusal(() => governmentHolidaysBetween('2024-06-10', '2024-06-01'), 'invalid_argument', '2024-06-01', '2024-06-10');
  });

  test('countGovernmentBusinessDays checks both ends', () => {
    expectRefusal(() => countGovernmentBusinessDays('2024-06-03', '2024-06-31'), 'invalid_date', '2024-06-31');
    expectRefusal(() => countGovernmentBusinessDays('1999-12-31', '2024-06-03'), 'date_out_of_range', '1999-12-31');
  });
});
