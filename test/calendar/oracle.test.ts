/**
 * The calendar against independent data, day by day: `@holiday-jp/holiday_jp` (which matches the
 * Cabinet Office's syukujitsu.csv on every date 1970–2027) for 2000–2027, and its projection to
 * 2050; and `japanese-holidays` (the library's data source) against holiday_jp for 1970–2027.
 */
import { describe, expect, test } from 'vitest';
import { getGovernmentHoliday, governmentHolidaysBetween, isGovernmentBusinessDay, isGovernmentHoliday } from '../../src/calendar/index.js';
import JapaneseHolidays from 'japanese-holidays';
import { nationalHolidaysOf } from '../../src/calendar/_lib/nationalHolidays.js';
import { HOLIDAY_JP, dayNumber, isGovernmentHolidayOracle, isoOf } from './oracle.js';

/**
 * holiday_jp and the official CSV name substitute and citizens' holidays 「休日」 or
 * 「<holiday> 振替休日」, the 2019 special-act days 「休日（祝日扱い）」; the library uses the
 * statutory names. This maps holiday_jp's name to the library's for one date.
 */
function expectedName(date: string, holidayJpName: string): string {
  if (holidayJpName.endsWith('振替休日')) return '振替休日';
  if (holidayJpName === '休日') return '国民の休日';
  if (date === '2019-05-01') return '即位の日';
  if (date === '2019-10-22') return '即位礼正殿の儀';
  if (holidayJpName === '体育の日（スポーツの日）') return '体育の日';
  if (holidayJpName === '大喪の礼') return '昭和天皇の大喪の礼';
  if (holidayJpName === '結婚の儀') return '皇太子徳仁親王の結婚の儀';
  return holidayJpName;
}

function* days(from: string, to: string): Generator<string> {
  for (let d = dayNumber(from); d <= dayNumber(to); d++) yield isoOf(d);
}

describe('every day 2000-01-01 … 2027-12-31 (official years)', () => {
  test('isGovernmentHoliday = weekend || holiday_jp || 29 Dec – 3 Jan, and names match', () => {
    const mismatches: string[] = [];
    const renamed = new Map<string, number>();
    let holidays = 0;
    for (const d of days('2000-01-01', '2027-12-31')) {
      const expected = isGovernmentHolidayOracle(d);
      if (isGovernmentHoliday(d) !== expected || isGovernmentBusinessDay(d) === expected) mismatches.push(`${d}: expected holiday=${expected}`);
      if (expected) holidays++;
      const listed = HOLIDAY_JP[d];
      const name = getGovernmentHoliday(d)?.name;
      if (listed === undefined) {
        if (name !== undefined) mismatches.push(`${d}: unexpected name ${name}`);
        continue;
      }
      if (name !== expectedName(d, listed.name)) mismatches.push(`${d}: name ${name}, holiday_jp ${listed.name}`);
      if (name !== listed.name) renamed.set(`${listed.name} → ${name}`, (renamed.get(`${listed.name} → ${name}`) ?? 0) + 1);
    }
    expect(mismatches).toEqual([]);
    // The naming differences, pinned so that a change of data or naming shows up here.
    expect([...renamed.keys()].filter((k) => !k.includes('振替休日 →')).sort()).toEqual([
      '休日 → 国民の休日',
      '休日（祝日扱い） → 即位の日',
      '休日（祝日扱い） → 即位礼正殿の儀',
      '体育の日（スポーツの日） → 体育の日',
    ]);
    expect(renamed.get('休日 → 国民の休日')).toBe(11);
    expect(governmentHolidaysBetween('2000-01-01', '2027-12-31')).toHaveLength(holidays);
  });

  test('kinds agree with holiday_jp’s naming of substitute and citizens’ holidays', () => {
    for (const [date, { name }] of Object.entries(HOLIDAY_JP)) {
      if (date < '2000' || date > '2027-12-31') continue;
      const kind = getGovernmentHoliday(date)?.kind;
      if (name.endsWith('振替休日')) expect(kind, date).toBe('substitute');
      else if (name === '休日') expect(kind, date).toBe('citizens');
      else expect(['national', 'special-act'], date).toContain(kind);
    }
  });
});

test('2028-01-01 … 2050-12-31 (provisional) agrees with holiday_jp’s projection', () => {
  const mismatches: string[] = [];
  for (const d of days('2028-01-01', '2050-12-31')) {
    if (isGovernmentHoliday(d) !== isGovernmentHolidayOracle(d)) mismatches.push(d);
    if (getGovernmentHoliday(d)?.provisional === false) mismatches.push(`${d} not provisional`);
  }
  expect(mismatches).toEqual([]);
});

test('japanese-holidays (before 2000) and its generated table (from 2000) list the same national holidays as holiday_jp, 1970–2027', () => {
  const mismatches: string[] = [];
  const source = (year: number) => (year < 2000 ? JapaneseHolidays.getHolidaysOf(year).map((h) => ({ month: h.month, day: h.date, name: h.name })) : nationalHolidaysOf(year));
  for (let year = 1970; year <= 2027; year++) {
    const ours = new Map(source(year).map((h) => [`${year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`, h]));
    const theirs = Object.keys(HOLIDAY_JP).filter((d) => d.startsWith(`${year}-`));
    for (const d of theirs) {
      const h = ours.get(d);
      if (h === undefined) mismatches.push(`${d} missing from japanese-holidays`);
      else if (h.name !== expectedName(d, (HOLIDAY_JP[d] as { name: string }).name)) mismatches.push(`${d}: ${h.name} vs ${HOLIDAY_JP[d]?.name}`);
    }
    for (const d of ours.keys()) if (!(d in HOLIDAY_JP)) mismatches.push(`${d} missing from holiday_jp`);
  }
  expect(mismatches).toEqual([]);
});

test('nationalHolidaysOf sorts the kinds', () => {
  const kinds = (year: number): string[] => nationalHolidaysOf(year).filter((h) => h.kind !== 'national').map((h) => `${h.month}-${h.day} ${h.kind}`);
  expect(kinds(2019)).toEqual(['4-30 citizens', '5-1 special-act', '5-2 citizens', '5-6 substitute', '8-12 substitute', '10-22 special-act', '11-4 substitute']);
  expect(kinds(2020)).toEqual(['2-24 substitute', '5-6 substitute', '7-23 special-act', '7-24 special-act', '8-10 special-act']);
  expect(kinds(2021)).toEqual(['7-22 special-act', '7-23 special-act', '8-8 special-act', '8-9 substitute']);
});
