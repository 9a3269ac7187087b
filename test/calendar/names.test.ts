/**
 * Names for people: every government holiday carries `names` in Japanese and English — the
 * holiday's name in law and its English name, or a label for 29 December – 3 January
 * (行政機関の休日に関する法律 1(1)(iii)), weekends and days a caller added — so that no closed day
 * is nameless.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ENGLISH_NAMES } from '../../src/calendar/_lib/holidayNames.js';
import { HOLIDAY_DATA, HOLIDAY_NAMES } from '../../src/calendar/_lib/holidayData.js';
import { createCalendar, getGovernmentHoliday, governmentHolidaysBetween } from '../../src/calendar/index.js';
import { isoDateArb } from './arbitraries.js';
import { addIsoDays, weekdayOf } from './oracle.js';

/** The Japanese names the generated table uses, decoded from its `MMDDn` records. */
function namesInData(): Set<string> {
  const used = new Set<string>();
  for (const records of HOLIDAY_DATA) {
    for (let i = 4; i < records.length; i += 5) {
      const name = HOLIDAY_NAMES[records.charCodeAt(i) - 97];
      if (name === undefined) throw new Error(`bad record letter ${records[i] ?? ''}`);
      used.add(name);
    }
  }
  return used;
}

/** The names of `used` that `table` gives no English name (a non-empty string) for. */
function missingEnglish(used: Iterable<string>, table: Readonly<Record<string, string>>): string[] {
  return [...used].filter((ja) => !(Object.hasOwn(table, ja) && typeof table[ja] === 'string' && (table[ja] as string).trim() !== ''));
}

describe('the English table', () => {
  test('has an English name for every Japanese name in the holiday table 2000–2099', () => {
    const used = namesInData();
    expect(used.size).toBe(21);
    expect(missingEnglish(used, ENGLISH_NAMES)).toEqual([]);
  });

  test('the completeness check fails when a name is missing or empty', () => {
    const { 成人の日: _dropped, ...withoutOne } = ENGLISH_NAMES;
    expect(missingEnglish(namesInData(), withoutOne)).toEqual(['成人の日']);
    expect(missingEnglish(['元日'], { 元日: ' ' })).toEqual(['元日']);
    expect(missingEnglish(['toString'], {})).toEqual(['toString']);
  });

  test('keeps no name the holiday table lacks, and no two names share an English name', () => {
    const used = namesInData();
    expect(Object.keys(ENGLISH_NAMES).filter((ja) => !used.has(ja))).toEqual([]);
    expect(new Set(Object.values(ENGLISH_NAMES)).size).toBe(Object.keys(ENGLISH_NAMES).length);
  });

  test('2025 has the 16 holidays of the Act on National Holidays Art. 2, in English', () => {
    const national = governmentHolidaysBetween('2025-01-01', '2025-12-31').filter((h) => h.kind === 'national');
    expect(national.map((h) => h.names.en)).toEqual([
      "New Year's Day",
      'Coming of Age Day',
      'National Foundation Day',
      "The Emperor's Birthday",
      'Vernal Equinox Day',
      'Showa Day',
      'Constitution Memorial Day',
      'Greenery Day',
      "Children's Day",
      'Marine Day',
      'Mountain Day',
      'Respect for the Aged Day',
      'Autumnal Equinox Day',
      'Sports Day',
      'Culture Day',
      'Labour Thanksgiving Day',
    ]);
  });
});

describe('worked by hand', () => {
  test.each([
    ['2024-01-08', 'national', '成人の日', 'Coming of Age Day'], // second Monday of January
    ['2024-02-12', 'substitute', '振替休日', 'Substitute Holiday'], // for 建国記念の日 on Sunday 02-11
    ['2019-05-01', 'special-act', '即位の日', "Day of the Emperor's Enthronement"],
    ['2019-04-30', 'citizens', '国民の休日', "Citizens' Holiday"], // between 04-29 and the special-act 05-01
    ['2019-10-22', 'special-act', '即位礼正殿の儀', 'Enthronement Ceremony Day'],
    ['2019-10-14', 'national', '体育の日', 'Health and Sports Day'], // second Monday of October, before the 2020 rename
    ['2020-07-24', 'special-act', 'スポーツの日', 'Sports Day'], // moved for the Olympics
    ['2023-01-02', 'substitute', '振替休日', 'Substitute Holiday'], // also year-end: the name in law wins
    ['2025-01-01', 'national', '元日', "New Year's Day"],
  ])('%s (%s): %s, %s', (date, kind, ja, en) => {
    expect(getGovernmentHoliday(date)).toMatchObject({ date, kind, name: ja, names: { ja, en } });
  });

  test.each([
    ['2024-12-30', 'year-end', ['year-end'], '年末年始の休日', 'Year-end and New Year holiday'], // Monday
    ['2024-12-29', 'year-end', ['year-end', 'weekend'], '年末年始の休日', 'Year-end and New Year holiday'], // Sunday
    ['2025-01-03', 'year-end', ['year-end'], '年末年始の休日', 'Year-end and New Year holiday'], // Friday
    ['2025-01-04', 'weekend', ['weekend'], '土曜日', 'Saturday'], // the day after the year end
    ['2024-06-09', 'weekend', ['weekend'], '日曜日', 'Sunday'],
  ])('%s (%s): no name in law, labelled %s, %s', (date, kind, kinds, ja, en) => {
    const h = getGovernmentHoliday(date);
    expect(h).toEqual({ date, kind, kinds, names: { ja, en }, provisional: false });
    expect(h).not.toHaveProperty('name');
  });

  test('the names survive JSON (the shape of `calendar --json`)', () => {
    const [h] = JSON.parse(JSON.stringify(governmentHolidaysBetween('2024-12-30', '2024-12-30'))) as unknown[];
    expect(h).toEqual({ date: '2024-12-30', kind: 'year-end', kinds: ['year-end'], names: { ja: '年末年始の休日', en: 'Year-end and New Year holiday' }, provisional: false });
  });
});

test('every government holiday 2000–2099 has names: its name in law, else year-end, else its weekday', () => {
  const problems: string[] = [];
  for (let year = 2000; year <= 2099; year++) {
    for (const h of governmentHolidaysBetween(`${year}-01-01`, `${year}-12-31`)) {
      const { ja, en } = h.names;
      let expected: string;
      if (h.name !== undefined) expected = `${h.name}/${ENGLISH_NAMES[h.name] ?? '(none)'}`;
      else if (h.kinds.includes('year-end')) expected = '年末年始の休日/Year-end and New Year holiday';
      else expected = weekdayOf(h.date) === 0 ? '日曜日/Sunday' : '土曜日/Saturday';
      if (`${ja}/${en}` !== expected) problems.push(`${h.date}: ${ja}/${en}, expected ${expected}`);
      if (/[\u3000-\u30ff\u4e00-\u9fff]/.test(en) || en.trim() === '') problems.push(`${h.date}: English name ${JSON.stringify(en)}`);
      if (h.name === undefined && h.kinds.some((k) => k !== 'year-end' && k !== 'weekend')) problems.push(`${h.date}: ${h.kinds.join('+')} without a name`);
    }
  }
  expect(problems).toEqual([]);
});

describe('a calendar with added days (createCalendar)', () => {
  const cal = createCalendar({ addHolidays: ['2026-12-28', '2026-12-26', '2026-11-23', '2026-12-29'], removeHolidays: ['2026-12-30'] });

  test('a day added on a business day is a custom holiday; an added day keeps any other name', () => {
    expect(cal.getGovernmentHoliday('2026-12-28')?.names).toEqual({ ja: '追加の休日', en: 'custom holiday' });
    expect(cal.getGovernmentHoliday('2026-12-26')).toMatchObject({ kind: 'custom', kinds: ['custom', 'weekend'], names: { ja: '土曜日', en: 'Saturday' } });
    expect(cal.getGovernmentHoliday('2026-11-23')).toMatchObject({ kind: 'custom', name: '勤労感謝の日', names: { en: 'Labour Thanksgiving Day' } });
    expect(cal.getGovernmentHoliday('2026-12-29')).toMatchObject({ kind: 'custom', kinds: ['custom', 'year-end'], names: { ja: '年末年始の休日' } });
    expect(cal.getGovernmentHoliday('2026-12-30')).toBeUndefined();
  });

  test.prop([fc.uniqueArray(isoDateArb, { minLength: 1, maxLength: 5 })])('no holiday of a custom calendar is nameless; only a day added alone is a custom holiday', (added) => {
    const custom = createCalendar({ addHolidays: added });
    for (const day of added) {
      for (const h of custom.governmentHolidaysBetween(day === '2000-01-01' ? day : addIsoDays(day, -1), addIsoDays(day, 1))) {
        expect(h.names.ja.length * h.names.en.length, h.date).toBeGreaterThan(0);
        const onlyAdded = h.kinds.length === 1 && h.kinds[0] === 'custom';
        expect(h.names.en === 'custom holiday', h.date).toBe(onlyAdded);
      }
    }
  });
});
