/**
 * What a government holiday is called, in Japanese and in English: the English names of the
 * national holidays, and the labels of the days that have no name in law (29 December –
 * 3 January, weekends, days a caller added).
 *
 * @internal
 * @module
 */
import type { HolidayKind, HolidayNames } from '../types.js';
import { weekday } from './days.js';

/**
 * The English name of every holiday name in the generated table (2000–2099), keyed by its
 * Japanese name: the names of the Act on National Holidays Art. 2 in the Cabinet Office's
 * English, 体育の日 as it was called until 2019, the holidays of Art. 3(2) and 3(3), and the
 * two days of the 2019 special act. `test/calendar/names.test.ts` fails when the table lacks a
 * name (after `npm run generate:holidays`) or keeps one the table no longer has.
 *
 * @internal
 */
export const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  元日: "New Year's Day",
  成人の日: 'Coming of Age Day',
  建国記念の日: 'National Foundation Day',
  天皇誕生日: "The Emperor's Birthday",
  春分の日: 'Vernal Equinox Day',
  昭和の日: 'Showa Day',
  憲法記念日: 'Constitution Memorial Day',
  みどりの日: 'Greenery Day',
  こどもの日: "Children's Day",
  海の日: 'Marine Day',
  山の日: 'Mountain Day',
  敬老の日: 'Respect for the Aged Day',
  秋分の日: 'Autumnal Equinox Day',
  スポーツの日: 'Sports Day',
  体育の日: 'Health and Sports Day',
  文化の日: 'Culture Day',
  勤労感謝の日: 'Labour Thanksgiving Day',
  振替休日: 'Substitute Holiday',
  国民の休日: "Citizens' Holiday",
  即位の日: "Day of the Emperor's Enthronement",
  即位礼正殿の儀: 'Enthronement Ceremony Day',
};

/** 29 December – 3 January other than 元日 (行政機関の休日に関する法律 1(1)(iii)). @internal */
export const YEAR_END_NAMES: HolidayNames = { ja: '年末年始の休日', en: 'Year-end and New Year holiday' };

/** A day added by `createCalendar` without a name. @internal */
export const CUSTOM_NAMES: HolidayNames = { ja: '追加の休日', en: 'custom holiday' };

/**
 * The names of a government holiday: its name in law when it has one (a national, substitute,
 * citizens' or special-act holiday), else the year-end label, else the day of the week, else
 * (a day that is a holiday only because the caller added it) the custom label.
 *
 * @param day - the day number
 * @param kinds - the day's kinds, main reason first
 * @param name - the Japanese name in law, if any
 * @internal
 */
export function holidayNames(day: number, kinds: readonly HolidayKind[], name: string | undefined): HolidayNames {
  if (name !== undefined) return { ja: name, en: ENGLISH_NAMES[name] ?? name };
  if (kinds.includes('year-end')) return { ...YEAR_END_NAMES };
  if (kinds.includes('weekend')) return weekday(day) === 0 ? { ja: '日曜日', en: 'Sunday' } : { ja: '土曜日', en: 'Saturday' };
  return { ...CUSTOM_NAMES };
}
