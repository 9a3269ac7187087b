/**
 * National holidays (Act on National Holidays), sorted into the kinds of
 * 行政機関の休日に関する法律 Art. 1(1) item 2, from the generated table {@link HOLIDAY_DATA}.
 *
 * @internal
 * @module
 */
import { HOLIDAY_DATA, HOLIDAY_DATA_FIRST_YEAR, HOLIDAY_NAMES } from './holidayData.js';

/** Kinds of national holiday (Act on National Holidays). @internal */
export type NationalKind = 'national' | 'substitute' | 'citizens' | 'special-act';

/** A national holiday of one year. @internal */
export interface NationalHoliday {
  readonly month: number;
  readonly day: number;
  readonly name: string;
  readonly kind: NationalKind;
}

/**
 * Days made holidays, or moved, by special acts: the 2019 enthronement (即位の日, 即位礼正殿の儀)
 * and the Olympic and Paralympic special measures of 2020 and 2021.
 */
const SPECIAL_ACT_DAYS: ReadonlySet<string> = new Set([
  '2019-05-01',
  '2019-10-22',
  '2020-07-23',
  '2020-07-24',
  '2020-08-10',
  '2021-07-22',
  '2021-07-23',
  '2021-08-08',
]);

/**
 * The national holidays of `year` (2000–2099) with their kinds, in date order.
 *
 * @internal
 */
export function nationalHolidaysOf(year: number): NationalHoliday[] {
  const records = HOLIDAY_DATA[year - HOLIDAY_DATA_FIRST_YEAR] ?? '';
  const out: NationalHoliday[] = [];
  for (let i = 0; i < records.length; i += 5) {
    const month = Number(records.slice(i, i + 2));
    const day = Number(records.slice(i + 2, i + 4));
    const name = HOLIDAY_NAMES[records.charCodeAt(i + 4) - 97] as string;
    out.push({ month, day, name, kind: kindOf(year, records.slice(i, i + 4), name) });
  }
  return out;
}

function kindOf(year: number, mmdd: string, name: string): NationalKind {
  if (name === '振替休日') return 'substitute';
  if (name === '国民の休日') return 'citizens';
  return SPECIAL_ACT_DAYS.has(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`) ? 'special-act' : 'national';
}
