/**
 * `ismap-liu deadline <clause> --from <date|instant> [--json]`, through `run(args, io)`.
 */
import { describe, expect, test } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { PERIODS, deadline, type PeriodClauseId } from '../../src/rules/periods/index.js';
import { cli, expectSuccess, expectUsageError } from './fakeIo.js';

// The worked examples of docs/reference/calendar.md, and one case per remaining clause.
const CASES: readonly (readonly [PeriodClauseId, string])[] = [
  ['13.2', '2024-12-27T15:00+09:00'],
  ['13.2', '2026-09-18T10:00+09:00'],
  ['13.2', '2024-06-02T15:00Z'],
  ['13.3', '2024-11-30T10:00+09:00'],
  ['8.2', '2024-02-29'],
  ['8.2', '2024-01-30'],
  ['BR3.5', '2023-09-30'],
  ['5.3', '2024-09-30'],
  ...(Object.keys(PERIODS) as PeriodClauseId[]).map((clause) => [clause, '2025-12-26T16:30Z'] as const),
];

describe('deadline --json', () => {
  test.each(CASES)('%s --from %s prints JSON.stringify(deadline(…))', (clause, from) => {
    const stdout = expectSuccess(cli('deadline', clause, '--from', from, '--json'));
    const expected = deadline(clause, from);
    expect(JSON.parse(stdout)).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  test('the options may come in any order, and --from=value works', () => {
    const expected = JSON.parse(JSON.stringify(deadline('13.2', '2024-12-27T15:00+09:00')));
    for (const args of [
      ['deadline', '--json', '13.2', '--from', '2024-12-27T15:00+09:00'],
      ['deadline', '--from', '2024-12-27T15:00+09:00', '13.2', '--json'],
      ['deadline', '13.2', '--from=2024-12-27T15:00+09:00', '--json'],
    ]) {
      expect(JSON.parse(expectSuccess(cli(...args)))).toStrictEqual(expected);
    }
  });

  test('--add-holiday / --remove-holiday compute on a custom calendar and record it', () => {
    const stdout = expectSuccess(cli('deadline', '13.2', '--from', '2024-12-27T15:00+09:00', '--add-holiday', '2025-01-08', '--json'));
    const expected = deadline('13.2', '2024-12-27T15:00+09:00', { calendar: createCalendar({ addHolidays: ['2025-01-08'] }) });
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(JSON.parse(stdout)).toMatchObject({ lastDay: '2025-01-09', calendar: { id: 'custom', addHolidays: ['2025-01-08'], removeHolidays: [] } });

    const removed = JSON.parse(expectSuccess(cli('deadline', '13.2', '--from', '2026-09-18T10:00+09:00', '--remove-holiday', '2026-09-22', '--json')));
    expect(removed).toMatchObject({ lastDay: '2026-09-25', calendar: { id: 'custom', addHolidays: [], removeHolidays: ['2026-09-22'] } });
  });
});

describe('deadline (readable)', () => {
  test.each(CASES)('%s --from %s: clause, last day, extended day if different, steps', (clause, from) => {
    const stdout = expectSuccess(cli('deadline', clause, '--from', from));
    const d = deadline(clause, from);
    expect(stdout).toContain(clause);
    expect(stdout).toContain(d.lastDay);
    for (const step of d.steps) expect(stdout).toContain(step.text);
    if (d.lastDayIfExtended !== d.lastDay) {
      expect(stdout).toMatch(new RegExp(`extended.*${d.lastDayIfExtended}`));
    } else {
      expect(stdout).not.toMatch(/if extended/);
    }
  });

  test('13.3 from 2024-11-30T10:00+09:00 shows 2024-12-30 and, extended, 2025-01-06', () => {
    const stdout = expectSuccess(cli('deadline', '13.3', '--from', '2024-11-30T10:00+09:00'));
    expect(stdout.split('\n')[0]).toContain('13.3');
    expect(stdout).toMatch(/last day\s+2024-12-30/);
    expect(stdout).toMatch(/if extended\s+2025-01-06/);
  });

  test('13.2 from 2024-12-27T15:00+09:00 shows 2025-01-08 and no extended day', () => {
    const stdout = expectSuccess(cli('deadline', '13.2', '--from', '2024-12-27T15:00+09:00'));
    expect(stdout).toMatch(/last day\s+2025-01-08/);
    expect(stdout).not.toMatch(/if extended/);
    expect(stdout).not.toMatch(/^\{/);
  });

  test('a provisional result says so', () => {
    expect(expectSuccess(cli('deadline', '9.6(1)', '--from', '2027-11-30'))).toMatch(/provisional/);
  });
});

describe('deadline: bad input → exit 2, one line naming the value and what was expected', () => {
  test.each([
    ['an impossible date', ['13.2', '--from', '2024-02-30'], ['2024-02-30', /expected/]],
    ['a 13th month', ['8.2', '--from', '2024-13-01'], ['2024-13-01', /expected/]],
    ['a malformed date', ['8.2', '--from', 'yesterday'], ['yesterday', /expected/]],
    ['a date-time without offset', ['13.2', '--from', '2024-12-27T15:00'], ['2024-12-27T15:00', /offset/]],
    ['a date with a space and no offset', ['13.2', '--from', '2024-12-27 15:00'], ['2024-12-27 15:00', /offset/]],
    ['a date outside 2000–2099', ['8.2', '--from', '1999-12-31'], ['1999-12-31', /2000-01-01/]],
    ['an unknown clause', ['99.9', '--from', '2024-12-27'], ['99.9', /13\.2/, /BR3\.5/]],
    ['clause __proto__', ['__proto__', '--from', '2024-12-27'], ['__proto__', /13\.2/]],
    ['clause toString', ['toString', '--from', '2024-12-27'], ['toString', /13\.2/]],
    ['10.8(1)(a), a minimum length', ['10.8(1)(a)', '--from', '2024-12-27'], ['10.8(1)(a)', /minimum length/]],
    ['a missing --from', ['13.2'], ['--from', /date\|instant/]],
    ['--from without a value', ['13.2', '--from'], ['--from', /<value>/]],
    ['a missing clause', ['--from', '2024-12-27'], [/clause/, /13\.2/]],
    ['an extra argument', ['13.2', 'extra', '--from', '2024-12-27'], ['extra', /expected/]],
    ['13.2 before 2024-01-04', ['13.2', '--from', '2023-12-27'], ['2023-12-27', '2024-01-04', /Supplementary Provisions/]],
    ['a bad --add-holiday', ['8.2', '--from', '2024-02-29', '--add-holiday', '2024-13-01'], ['2024-13-01']],
    ['a value with a newline', ['8.2', '--from', '2024-12-27\nfoo'], ['2024-12-27', /expected/]],
    ['--json with a value', ['13.2', '--from', '2024-12-27', '--json=1'], ['--json']],
  ] as const)('%s', (_, args, mentions) => {
    expectUsageError(cli('deadline', ...args), ...mentions);
  });

  // "naming the bad value and what was expected": the accepted options are what is expected.
  test('an unknown option names it and the options that are accepted', () => {
    expectUsageError(cli('deadline', '13.2', '--from', '2024-12-27', '--bogus'), '--bogus', /--from/);
  });

  test('a day both added and removed', () => {
    expectUsageError(cli('deadline', '8.2', '--from', '2024-02-29', '--add-holiday', '2024-04-01', '--remove-holiday', '2024-04-01'), '2024-04-01');
  });
});
