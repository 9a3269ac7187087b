/**
 * Types for the `japanese-holidays` package, which ships none.
 *
 * @internal
 */
declare module 'japanese-holidays' {
  /** A national holiday as returned by `getHolidaysOf`. */
  interface JapaneseHoliday {
    /** Month, 1–12. */
    month: number;
    /** Day of the month, 1–31. */
    date: number;
    /** The holiday's Japanese name (`元日`, `振替休日`, `国民の休日`, …). */
    name: string;
  }
  /** The holidays of a year in date order; with `furikae = false`, without substitute and citizens' holidays. */
  export function getHolidaysOf(year: number, furikae?: boolean): JapaneseHoliday[];
  /** The holiday name of the date's local calendar day, or `undefined`. */
  export function isHoliday(date: Date, furikae?: boolean): string | undefined;
  /** The holiday name of the date's calendar day in Japan, or `undefined`. */
  export function isHolidayAt(date: Date, furikae?: boolean): string | undefined;
  const JapaneseHolidays: {
    getHolidaysOf: typeof getHolidaysOf;
    isHoliday: typeof isHoliday;
    isHolidayAt: typeof isHolidayAt;
  };
  export default JapaneseHolidays;
}
