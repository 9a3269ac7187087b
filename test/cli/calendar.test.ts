/**
 * `ismap-liu calendar [year] [--json]`: the government holidays of a year.
 */
import { describe, expect, test } from 'vitest';
import { governmentHolidaysBetween } from '../../src/calendar/index.js';
import { addIsoDays, isGovernmentHolidayOracle } from '../calendar/oracle.js';
import { cli, expectSuccess, expectUsageError } from './fakeIo.js';

function oracleHolidays(year: number): string[] {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addIsoDays(d, 1)) if (isGovernmentHolidayOracle(d)) out.push(d);
  return out;
}

describe('calendar', () => {
  test('calendar 2026 lists the holidays that are not weekends, with counts', () => {
    const stdout = expectSuccess(cli('calendar', '2026'));
    expect(stdout.split('\n')[0]).toContain('2026');
    // The September run, Golden Week and the year end.
    for (const day of ['2026-09-21', '2026-09-22', '2026-09-23', '2026-05-04', '2026-05-05', '2026-05-06', '2026-01-01', '2026-01-02', '2026-12-29', '2026-12-31']) {
      expect(stdout).toContain(day);
    }
    expect(stdout).toMatch(/敬老の日/);
    // 2026-05-03 is a Sunday and a holiday; 2026-09-19 is an ordinary Saturday.
    expect(stdout).not.toContain('2026-09-19');
    const count = oracleHolidays(2026).length;
    expect(stdout).toContain(`${count} government holidays`);
    expect(stdout).toContain(`${365 - count} government business days`);
  });

  test('calendar 2026 --json lists every government holiday of the year, stamped with its basis', () => {
    const json = JSON.parse(expectSuccess(cli('calendar', '2026', '--json'))) as { year: number; provisional: boolean; holidays: { date: string }[]; basis: unknown };
    expect(json.year).toBe(2026);
    expect(json.provisional).toBe(false);
    expect(json.holidays.map((h) => h.date)).toEqual(oracleHolidays(2026));
    expect(json.holidays).toEqual(JSON.parse(JSON.stringify(governmentHolidaysBetween('2026-01-01', '2026-12-31'))));
    expect(json.basis).toEqual({ id: 'official', holidayData: { officialList: '内閣府「国民の祝日」 (syukujitsu.csv)', lastOfficialYear: 2027, computedWith: 'japanese-holidays@1.0.10' } });
    expect((JSON.parse(expectSuccess(cli('calendar', '2030', '--json'))) as { provisional: boolean }).provisional).toBe(true);
  });

  test('a leap year counts 366 days', () => {
    const stdout = expectSuccess(cli('calendar', '2024'));
    expect(stdout).toContain(`${366 - oracleHolidays(2024).length} government business days`);
  });

  test('without a year: the current year in Japan (io.now), and the heading says so', () => {
    // FAKE_NOW is 2026-12-31T15:30Z: still 2026 in UTC, already 2027-01-01 in Japan
    const stdout = expectSuccess(cli('calendar'));
    expect(stdout.split('\n')[0]).toBe('Government holidays 2027 (the current year in Japan: today is 2027-01-01)');
    expect(stdout).toBe(expectSuccess(cli('calendar', '2027')).replace('Government holidays 2027', 'Government holidays 2027 (the current year in Japan: today is 2027-01-01)'));
    expect(JSON.parse(expectSuccess(cli('calendar', '--json')))).toEqual(JSON.parse(expectSuccess(cli('calendar', '2027', '--json'))));
  });

  test('--as-of: the year of that day in Japan, named in the heading', () => {
    expect(expectSuccess(cli('calendar', '--as-of', '2024-12-31T15:00Z')).split('\n')[0]).toBe('Government holidays 2025 (the year of 2025-01-01 in Japan)');
    expect(expectSuccess(cli('calendar', '--as-of', '2028-06-01')).split('\n')[0]).toBe('Government holidays 2028 (the year of 2028-06-01 in Japan) (provisional: after the last published year)');
    expect(JSON.parse(expectSuccess(cli('calendar', '--as-of', '2024-02-29', '--json')))).toEqual(JSON.parse(expectSuccess(cli('calendar', '2024', '--json'))));
  });

  test('a year and --as-of together, or a bad --as-of → exit 2, one line', () => {
    expectUsageError(cli('calendar', '2026', '--as-of', '2025-01-01'), '"2026"', '--as-of');
    expectUsageError(cli('calendar', '--as-of', '2025-02-30'), '2025-02-30');
    expectUsageError(cli('calendar', '--as-of', '2025-01-01T10:00'), /offset/);
  });

  test('a year after 2027 is marked provisional', () => {
    expect(expectSuccess(cli('calendar', '2028')).split('\n')[0]).toMatch(/provisional/);
    expect(expectSuccess(cli('calendar', '2027')).split('\n')[0]).not.toMatch(/provisional/);
  });

  test.each(['1999', '2100', 'abc', '26', '2026.0', '20260', '２０２６', ''])('bad year %j → exit 2, one line', (year) => {
    expectUsageError(cli('calendar', year), JSON.stringify(year), /2000/, /2099/);
  });

  test('an unknown option → exit 2, one line', () => {
    expectUsageError(cli('calendar', '2026', '--bogus'), '--bogus');
  });

  test('an extra argument → exit 2, one line (as deadline and clauses do)', () => {
    expectUsageError(cli('calendar', '2026', '2027'), '2027');
  });
});
