/**
 * Government holidays worked by hand (行政機関の休日に関する法律 Art. 1(1)): the year end, Golden
 * Week, the September 2026 run, the 2019 special-act days, the Olympic moves, substitute and
 * citizens' holidays.
 */
import { describe, expect, test } from 'vitest';
import {
  addGovernmentBusinessDays,
  countGovernmentBusinessDays,
  getGovernmentHoliday,
  governmentHolidaysBetween,
  isGovernmentBusinessDay,
  isGovernmentHoliday,
  nextGovernmentBusinessDay,
  previousGovernmentBusinessDay,
} from '../../src/calendar/index.js';
import { weekdayOf } from './oracle.js';

const summary = (from: string, to: string): string[] =>
  governmentHolidaysBetween(from, to).map((h) => [h.date, h.kinds.join('+'), h.name ?? ''].join(' ').trim());

describe('year end: 29 December – 3 January (item 3)', () => {
  test('2024-12-27 (Fri) + 1 business day = 2025-01-06 (Mon), and back', () => {
    expect(addGovernmentBusinessDays('2024-12-27', 1)).toBe('2025-01-06');
    expect(addGovernmentBusinessDays('2025-01-06', -1)).toBe('2024-12-27');
    expect(countGovernmentBusinessDays('2024-12-27', '2025-01-06')).toBe(1);
    expect(countGovernmentBusinessDays('2024-12-27', '2025-01-05')).toBe(0);
    expect(nextGovernmentBusinessDay('2024-12-28')).toBe('2025-01-06');
    expect(previousGovernmentBusinessDay('2025-01-05')).toBe('2024-12-27');
  });

  test('every year 2000–2099: 12-29 … 01-03 are holidays, 12-28 and 01-04 are not year-end', () => {
    for (let year = 2000; year <= 2099; year++) {
      for (const md of ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03']) {
        const h = getGovernmentHoliday(`${year}-${md}`);
        expect(h?.kinds, `${year}-${md}`).toContain('year-end');
      }
      for (const md of ['12-28', '01-04']) {
        expect(getGovernmentHoliday(`${year}-${md}`)?.kinds ?? [], `${year}-${md}`).not.toContain('year-end');
      }
    }
  });

  test('1 January is 元日 first, then year-end (and weekend on a Saturday or Sunday)', () => {
    expect(getGovernmentHoliday('2025-01-01')).toEqual({
      date: '2025-01-01',
      kind: 'national',
      kinds: ['national', 'year-end'],
      name: '元日',
      names: { ja: '元日', en: "New Year's Day" },
      provisional: false,
    });
    expect(getGovernmentHoliday('2022-01-01')?.kinds).toEqual(['national', 'year-end', 'weekend']);
    for (let year = 2000; year <= 2099; year++) {
      const h = getGovernmentHoliday(`${year}-01-01`);
      const weekend = [0, 6].includes(weekdayOf(`${year}-01-01`));
      expect(h?.kinds, String(year)).toEqual(weekend ? ['national', 'year-end', 'weekend'] : ['national', 'year-end']);
      expect(h?.name).toBe('元日');
    }
  });

  test('a 振替休日 on 2 January (2023) is both substitute and year-end', () => {
    expect(getGovernmentHoliday('2023-01-02')).toMatchObject({ kind: 'substitute', kinds: ['substitute', 'year-end'], name: '振替休日' });
  });
});

describe('Golden Week', () => {
  test('2025: 04-29 Tue, 05-03 Sat … 05-06 Tue (振替休日 for 05-04 Sunday)', () => {
    expect(summary('2025-04-26', '2025-05-07')).toEqual([
      '2025-04-26 weekend',
      '2025-04-27 weekend',
      '2025-04-29 national 昭和の日',
      '2025-05-03 national+weekend 憲法記念日',
      '2025-05-04 national+weekend みどりの日',
      '2025-05-05 national こどもの日',
      '2025-05-06 substitute 振替休日',
    ]);
    expect(['2025-04-28', '2025-04-30', '2025-05-01', '2025-05-02', '2025-05-07'].every((d) => isGovernmentBusinessDay(d))).toBe(true);
    expect(addGovernmentBusinessDays('2025-05-02', 1)).toBe('2025-05-07');
  });

  test('2026: 04-29 Wed, 05-02 Sat … 05-06 Wed (振替休日 for 05-03 Sunday)', () => {
    expect(summary('2026-04-29', '2026-05-07')).toEqual([
      '2026-04-29 national 昭和の日',
      '2026-05-02 weekend',
      '2026-05-03 national+weekend 憲法記念日',
      '2026-05-04 national みどりの日',
      '2026-05-05 national こどもの日',
      '2026-05-06 substitute 振替休日',
    ]);
    expect(addGovernmentBusinessDays('2026-05-01', 1)).toBe('2026-05-07');
    expect(countGovernmentBusinessDays('2026-04-28', '2026-05-07')).toBe(3); // 04-30, 05-01, 05-07
  });
});

test('September 2026: 09-19 … 09-23 with 09-22 a citizens’ holiday (Art. 3(3))', () => {
  expect(summary('2026-09-18', '2026-09-24')).toEqual([
    '2026-09-19 weekend',
    '2026-09-20 weekend',
    '2026-09-21 national 敬老の日',
    '2026-09-22 citizens 国民の休日',
    '2026-09-23 national 秋分の日',
  ]);
  expect(isGovernmentHoliday('2026-09-22')).toBe(true);
  expect(addGovernmentBusinessDays('2026-09-18', 1)).toBe('2026-09-24');
  expect(addGovernmentBusinessDays('2026-09-18', 3)).toBe('2026-09-28');
});

describe('special acts (item 2)', () => {
  test('2019: 即位の日 (05-01) and 即位礼正殿の儀 (10-22); 04-30 and 05-02 become 国民の休日', () => {
    expect(summary('2019-04-27', '2019-05-07')).toEqual([
      '2019-04-27 weekend',
      '2019-04-28 weekend',
      '2019-04-29 national 昭和の日',
      '2019-04-30 citizens 国民の休日',
      '2019-05-01 special-act 即位の日',
      '2019-05-02 citizens 国民の休日',
      '2019-05-03 national 憲法記念日',
      '2019-05-04 national+weekend みどりの日',
      '2019-05-05 national+weekend こどもの日',
      '2019-05-06 substitute 振替休日',
    ]);
    expect(getGovernmentHoliday('2019-10-22')).toMatchObject({ kind: 'special-act', kinds: ['special-act'], name: '即位礼正殿の儀' });
    expect(getGovernmentHoliday('2019-05-06')).toMatchObject({ kind: 'substitute', name: '振替休日' });
  });

  test('2020 Olympic moves: 07-23, 07-24, 08-10 are holidays; the usual days are not', () => {
    for (const d of ['2020-07-23', '2020-07-24', '2020-08-10']) expect(getGovernmentHoliday(d)?.kind, d).toBe('special-act');
    expect(getGovernmentHoliday('2020-07-23')?.name).toBe('海の日');
    expect(getGovernmentHoliday('2020-07-24')?.name).toBe('スポーツの日');
    expect(getGovernmentHoliday('2020-08-10')?.name).toBe('山の日');
    // 海の日 would have been Mon 07-20, スポーツの日 Mon 10-12, 山の日 Tue 08-11.
    for (const d of ['2020-07-20', '2020-10-12', '2020-08-11']) expect(isGovernmentBusinessDay(d), d).toBe(true);
  });

  test('2021 Olympic moves: 07-22, 07-23, 08-08 (Sun) with 08-09 its 振替休日', () => {
    for (const d of ['2021-07-22', '2021-07-23', '2021-08-08']) expect(getGovernmentHoliday(d)?.kind, d).toBe('special-act');
    expect(getGovernmentHoliday('2021-08-08')?.kinds).toEqual(['special-act', 'weekend']);
    expect(getGovernmentHoliday('2021-08-09')).toMatchObject({ kind: 'substitute', name: '振替休日' });
    for (const d of ['2021-07-19', '2021-10-11', '2021-08-11']) expect(isGovernmentBusinessDay(d), d).toBe(true);
  });
});

test('an ordinary weekend has no name in law (it is labelled Saturday); a business day has no record', () => {
  expect(getGovernmentHoliday('2024-06-08')).toEqual({ date: '2024-06-08', kind: 'weekend', kinds: ['weekend'], names: { ja: '土曜日', en: 'Saturday' }, provisional: false });
  expect(getGovernmentHoliday('2024-06-07')).toBeUndefined();
});
