/**
 * National holidays from the `japanese-holidays` package, sorted into the kinds of
 * 行政機関の休日に関する法律 Art. 1(1) item 2.
 *
 * @internal
 * @module
 */
import JapaneseHolidays from 'japanese-holidays';

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
 * The national holidays of `year` with their kinds, in date order.
 *
 * @internal
 */
export function nationalHolidaysOf(year: number): NationalHoliday[] {
  return JapaneseHolidays.getHolidaysOf(year).map(({ month, date, name }) => ({
    month,
    day: date,
    name,
    kind: kindOf(year, month, date, name),
  }));
}

function kindOf(year: number, month: number, day: number, name: string): NationalKind {
  if (name === '振替休日') return 'substitute';
  if (name === '国民の休日') return 'citizens';
  const key = `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  return SPECIAL_ACT_DAYS.has(key) ? 'special-act' : 'national';
}
