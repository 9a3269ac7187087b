/**
 * `deadlines`, the batch form of `deadline`: hand-worked rows, random rows against the
 * independent oracle of ./oracle.ts, a bad row's error in its column instead of an exception, and
 * every shape of input — a sparse array of length 2³²−1, a Proxy, a row of any type — answered row
 * by row or refused with a typed error, never a TypeError, a hang or an exhausted heap.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../../src/calendar/index.js';
import { deadline, deadlines, isIsmapLiuError, type DeadlineColumns, type PeriodClauseId } from '../../../src/rules/index.js';
import { dayNumber } from '../../_support/days.js';
import { arbHostile } from '../../arbitraries/index.js';
import { clauseArb, eventArb } from './arbitraries.js';
import { expectedPeriod, firstBusinessDayFrom } from './oracle.js';
import { thrown } from '../../_support/thrown.js';


/** Row `i` of every column. */
function row(cols: DeadlineColumns, i: number) {
  return {
    from: cols.from[i],
    startDay: cols.startDay[i],
    lastDay: cols.lastDay[i],
    lastDayIfExtended: cols.lastDayIfExtended[i],
    calendarDays: cols.calendarDays[i],
    calendarDaysIfExtended: cols.calendarDaysIfExtended[i],
    provisional: cols.provisional[i],
    error: cols.error[i],
  };
}

/** A refused row: its error, and `null` in every other column. */
const REFUSED = { from: null, startDay: null, lastDay: null, lastDayIfExtended: null, calendarDays: null, calendarDaysIfExtended: null, provisional: null };

const UNDEFINED_DATE = /^Invalid date undefined: expected /;

describe('deadlines: hand-worked rows', () => {
  test('13.2: a year end, the September run of 2026, 00:00 JST, a refused date and a provision not in force', () => {
    const cols = deadlines('13.2', ['2024-12-27T15:00+09:00', '2026-09-18T10:00+09:00', '2024-06-02T15:00Z', 'nope', '2023-05-01']);
    expect(cols.clause).toBe('13.2');
    expect(cols.from).toEqual(['2024-12-27', '2026-09-18', '2024-06-03', null, null]);
    expect(cols.startDay).toEqual(['2024-12-28', '2026-09-19', '2024-06-03', null, null]);
    expect(cols.lastDay).toEqual(['2025-01-08', '2026-09-28', '2024-06-05', null, null]);
    expect(cols.calendarDays).toEqual([12, 10, 2, null, null]);
    expect(cols.provisional).toEqual([false, false, false, null, null]);
    expect(cols.error[3]).toMatch(/"nope"/);
    expect(cols.error[4]).toMatch(/2024-01-04.*Supplementary Provisions \(2023-11-10\)/);
    expect(cols.error.slice(0, 3)).toEqual([null, null, null]);
  });

  test('8.2 from 29 February: strict and extended columns differ', () => {
    const cols = deadlines('8.2', ['2024-02-29']);
    // Start 03-01; corresponding day 04-01, last day 03-31 (Sun) → Mon 04-01.
    expect([cols.lastDay[0], cols.lastDayIfExtended[0], cols.calendarDays[0], cols.calendarDaysIfExtended[0]]).toEqual(['2024-03-31', '2024-04-01', 31, 32]);
  });

  test('5.3: the half-terms', () => {
    const cols = deadlines('5.3', ['2024-09-30', '2024-10-01']);
    // First half-term → 12-31 (year end) → Mon 2025-01-06; second → 2025-06-30 (Mon).
    expect(row(cols, 0)).toEqual({ from: '2024-09-30', startDay: '2024-10-01', lastDay: '2024-12-31', lastDayIfExtended: '2025-01-06', calendarDays: 92, calendarDaysIfExtended: 98, provisional: false, error: null });
    expect(row(cols, 1)).toEqual({ from: '2024-10-01', startDay: '2024-10-02', lastDay: '2025-06-30', lastDayIfExtended: '2025-06-30', calendarDays: 272, calendarDaysIfExtended: 272, provisional: false, error: null });
  });

  test('18.2(6): an occurrence before 2024-01-04 counts with { recognizedAt } on or after it', () => {
    const froms = ['2023-05-01', '2024-02-01'];
    const cols = deadlines('18.2(6)', froms, { recognizedAt: '2024-01-10' });
    // Start 05-02; corresponding day 2024-05-02, last day 05-01 (Wed, a business day).
    expect(row(cols, 0)).toMatchObject({ from: '2023-05-01', lastDay: '2024-05-01', lastDayIfExtended: '2024-05-01', error: null });
    // Start 02-02; corresponding day 2025-02-02, last day 02-01 (Sat) → Mon 02-03.
    expect(row(cols, 1)).toMatchObject({ from: '2024-02-01', lastDay: '2025-02-01', lastDayIfExtended: '2025-02-03', error: null });
    const without = deadlines('18.2(6)', froms);
    expect(row(without, 0)).toEqual({ ...REFUSED, error: expect.stringMatching(/18\.2\(6\).*"2023-05-01".*2024-01-04/) });
    expect(without.lastDay[1]).toBe('2025-02-01');
  });

  test('a custom calendar is used for every row', () => {
    // Thu 2026-12-24: day 1 Fri 12-25; 12-26 Sat, 12-27 Sun, 12-29 … 01-03 year end.
    // Official: day 2 Mon 12-28, day 3 Mon 2027-01-04. With 12-28 closed: 01-04, 01-05.
    const calendar = createCalendar({ addHolidays: ['2026-12-28'] });
    expect(deadlines('13.2', ['2026-12-24T10:00+09:00'], { calendar }).lastDay).toEqual(['2027-01-05']);
    expect(deadlines('13.2', ['2026-12-24T10:00+09:00']).lastDay).toEqual(['2027-01-04']);
  });

  test('an empty batch is empty', () => {
    const { basis, ...columns } = deadlines('8.2', []);
    expect(columns).toEqual({ clause: '8.2', from: [], startDay: [], lastDay: [], lastDayIfExtended: [], calendarDays: [], calendarDaysIfExtended: [], provisional: [], error: [] });
    expect(basis.provisions).toEqual([]);
    expect(basis.rules.revision).toBe('2023-11-10');
  });

  test('the batch is stamped with the basis of its rows', () => {
    expect(deadlines('13.2', ['2024-12-27']).basis).toEqual(deadline('13.2', '2024-12-27').basis);
    const calendar = createCalendar({ addHolidays: ['2025-01-06'] });
    expect(deadlines('8.2', ['2024-12-27'], { calendar }).basis.calendar).toMatchObject({ id: 'custom', addHolidays: ['2025-01-06'], removeHolidays: [] });
  });
});

describe('deadlines: random rows against the independent oracle', () => {
  test.prop([clauseArb.chain((clause) => fc.tuple(fc.constant(clause), fc.array(eventArb(clause), { maxLength: 20 })))])(
    'every column of every row is what 民法 140–143 and the holiday oracle give',
    ([clause, events]) => {
      const cols = deadlines(clause as PeriodClauseId, events.map((e) => e.input));
      events.forEach((event, i) => {
        const { startDay, lastDay } = expectedPeriod(clause, event.date, event.midnight);
        const extended = firstBusinessDayFrom(lastDay);
        expect(row(cols, i)).toEqual({
          from: event.date,
          startDay,
          lastDay,
          lastDayIfExtended: extended,
          calendarDays: dayNumber(lastDay) - dayNumber(event.date),
          calendarDaysIfExtended: dayNumber(extended) - dayNumber(event.date),
          provisional: extended >= '2028-01-01',
          error: null,
        });
      });
    },
  );

  test.prop([clauseArb, fc.array(fc.oneof(arbHostile, fc.constantFrom('2024-06-03', '2024-06-03T10:00+09:00', '2024-02-30')), { maxLength: 8 })], { numRuns: 300 })(
    'rows of any type: each is answered or gets its error, and the batch never throws',
    (clause, rows) => {
      const cols = deadlines(clause as PeriodClauseId, rows as string[]);
      rows.forEach((_, i) => {
        const r = row(cols, i);
        if (r.error === null) expect(Object.values(r).filter((v) => v === null)).toEqual([null]);
        else expect({ ...r, error: typeof r.error }).toEqual({ ...REFUSED, error: 'string' });
      });
    },
  );
});

describe('deadlines: every shape of froms', () => {
  test('a sparse array of length 2³²−1 is refused at once, before anything is allocated', () => {
    const error = thrown(() => deadlines('8.2', new Array<string>(2 ** 32 - 1)));
    expect(isIsmapLiuError(error)).toBe(true);
    expect((error as Error).message).toBe('Invalid froms an array: expected an array of dates or instants of at most 10,000,000 rows (this one has 4294967295): split the batch.');
  });

  test('one row over the limit is refused too, sparse or not', () => {
    const froms: string[] = [];
    froms[10_000_000] = '2024-06-03';
    expect((thrown(() => deadlines('8.2', froms)) as Error).message).toMatch(/at most 10,000,000 rows \(this one has 10000001\)/);
  });

  test('a hole and an undefined row get the error of a missing date; the rows present are answered', () => {
    const froms: (string | undefined)[] = new Array<string | undefined>(1000);
    froms[3] = '2024-06-03';
    froms[998] = undefined;
    froms[999] = '2024-02-29';
    const cols = deadlines('8.2', froms as string[]);
    expect(cols.lastDay.length).toBe(1000);
    expect([cols.lastDay[3], cols.lastDay[999]]).toEqual(['2024-07-03', '2024-03-31']);
    expect(row(cols, 0)).toEqual({ ...REFUSED, error: expect.stringMatching(UNDEFINED_DATE) });
    expect(row(cols, 998)).toEqual(row(cols, 0));
    expect(cols.error.filter((e) => e !== null)).toHaveLength(998);
  });

  test('a Proxy row whose read throws gets its error in its row', () => {
    const froms = new Proxy(['2024-06-03', '2024-06-04', '2024-06-05'], {
      get(target, key, receiver) {
        if (key === '1') throw new TypeError('boom');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const cols = deadlines('8.2', froms);
    expect(cols.lastDay).toEqual(['2024-07-03', null, '2024-07-05']);
    expect(cols.error[1]).toBe('Invalid froms[1] an array: expected a row that can be read (reading it threw).');
  });

  const revoked = Proxy.revocable<string[]>([], {});
  revoked.revoke();
  const lengthTrap = (length: () => unknown): string[] =>
    new Proxy<string[]>([], { get: (target, key, receiver) => (key === 'length' ? length() : (Reflect.get(target, key, receiver) as unknown)) });

  test.each([
    ['a string', '2024-06-03'],
    ['an array-like object', { length: 1, 0: '2024-06-03' }],
    ['a typed array', new Uint8Array(3)],
    ['a Set', new Set(['2024-06-03'])],
    ['null', null],
    ['undefined', undefined],
    ['a function', () => ['2024-06-03']],
    ['a revoked Proxy', revoked.proxy],
    ['a Proxy whose length throws', lengthTrap(() => { throw new TypeError('no'); })],
    ['a Proxy whose length is negative', lengthTrap(() => -1)],
    ['a Proxy whose length is not an integer', lengthTrap(() => 1.5)],
    ['a Proxy whose length is NaN', lengthTrap(() => Number.NaN)],
    ['a Proxy whose length is a string', lengthTrap(() => '3')],
    ['a Proxy whose length is 2⁵³', lengthTrap(() => 2 ** 53)],
  ] as const)('froms as %s: a typed error', (_, froms) => {
    const error = thrown(() => deadlines('8.2', froms as unknown as string[]));
    expect(isIsmapLiuError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('invalid_argument');
    expect((error as Error).message).toMatch(/^Invalid froms .*: expected an array of dates or instants/);
  });
});

describe('deadline and deadlines: options and clauses of any shape', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const OPTIONS: readonly (readonly [string, unknown])[] = [
    ['null', null],
    ['an array', []],
    ['a string', 'official'],
    ['an unknown key', { calender: undefined }],
    ['a calendar that is not one', { calendar: {} }],
    ['a revoked Proxy', revoked.proxy],
    ['a Proxy whose ownKeys trap throws', new Proxy({}, { ownKeys: () => { throw new TypeError('no'); } })],
    ['a throwing calendar getter', { get calendar(): never { throw new TypeError('no'); } }],
    ['a throwing recognizedAt getter', Object.defineProperty({}, 'recognizedAt', { enumerable: true, get: () => { throw new TypeError('no'); } })],
  ];

  test.each(OPTIONS)('options as %s: a typed error from both', (_, options) => {
    for (const call of [() => deadline('8.2', '2024-06-03', options as never), () => deadlines('8.2', ['2024-06-03'], options as never)]) {
      const error = thrown(call);
      expect(isIsmapLiuError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('invalid_argument');
    }
  });

  test.each(['nope', '10.8(1)(a)', '__proto__', 13.2, null, { toString: () => '8.2' }])('clause %j: a typed error from deadlines', (clause) => {
    const error = thrown(() => deadlines(clause as PeriodClauseId, ['2024-06-03']));
    expect(isIsmapLiuError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('invalid_argument');
  });
});
