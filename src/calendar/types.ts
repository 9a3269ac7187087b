/**
 * Public types of the government calendar.
 *
 * @module
 */

/**
 * A day or an instant as a caller hands it in (a date is a day in Japan; an instant carries an offset, I8):
 * * a calendar date `YYYY-MM-DD`: something that happened during that day in Japan;
 * * an ISO 8601 date-time with an offset (`2024-06-02T15:00Z`, `2024-12-27T15:00+09:00`),
 *   converted to Asia/Tokyo;
 * * a `Date`, taken as the instant it is and seen in Asia/Tokyo (never in the host's zone).
 *
 * A date-time without an offset is refused (interpretation I8).
 */
export type DayInput = string | Date;

/** A calendar date in Japan written `YYYY-MM-DD` (always Asia/Tokyo). */
export type IsoDate = string;

/**
 * Why a day is a government holiday (行政機関の休日に関する法律 Art. 1(1)):
 * * `weekend`: a Saturday or Sunday (item 1);
 * * `national`: a national holiday of Art. 2 of the Act on National Holidays (item 2);
 * * `substitute`: 振替休日, Art. 3(2) of that Act;
 * * `citizens`: 国民の休日, Art. 3(3) of that Act;
 * * `special-act`: a day made a holiday by a special act (2019-05-01, 2019-10-22) or moved by
 *   the Olympic special measures (2020, 2021);
 * * `year-end`: 29 December to 3 January (item 3);
 * * `custom`: added by the caller through {@link GovernmentCalendar | createCalendar}.
 */
export type HolidayKind = 'weekend' | 'national' | 'substitute' | 'citizens' | 'special-act' | 'year-end' | 'custom';

/** A holiday's name, or the label of a day without one, in Japanese and in English. */
export interface HolidayNames {
  /** In Japanese (`元日`, `年末年始の休日`, `土曜日`). */
  readonly ja: string;
  /** In English (`New Year's Day`, `Year-end and New Year holiday`, `Saturday`). */
  readonly en: string;
}

/** One government holiday, as listed by `governmentHolidaysBetween`. */
export interface GovernmentHoliday {
  /** The day, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** The main reason the day is a holiday (national holidays before year-end, year-end before weekend). */
  readonly kind: HolidayKind;
  /** Every reason that applies, main reason first (e.g. `['national', 'year-end']` for 1 January). */
  readonly kinds: readonly HolidayKind[];
  /** The Japanese name of the holiday where it has one in law (`元日`, `振替休日`); absent for a day without one (an ordinary weekend, 29 December – 3 January other than 元日, a day only added). */
  readonly name?: string;
  /**
   * What to call the day, in Japanese and English, so that no holiday is nameless: `name` and
   * its English name where the day has one (`成人の日`, Coming of Age Day); else, for 29 December –
   * 3 January, 年末年始の休日 (Year-end and New Year holiday, 行政機関の休日に関する法律 1(1)(iii));
   * else the day of the week (土曜日 Saturday, 日曜日 Sunday); else, for a day that is a holiday only
   * because {@link GovernmentCalendar | createCalendar} added it, 追加の休日 (custom holiday).
   */
  readonly names: HolidayNames;
  /** `true` when the day lies after the last officially published holiday year. */
  readonly provisional: boolean;
}

/**
 * A period under the Civil Code, one unit at a time, except that `years` and `months` may be
 * combined (`{ years: 1, months: 4 }` is 16 months, as in BR3.5).
 */
export type PeriodLength =
  | {
      /** Calendar days (民法 140: last day = start + N − 1). */
      readonly days: number;
    }
  | {
      /** Weeks of seven days (民法 143). */
      readonly weeks: number;
    }
  | {
      /** Months counted by the calendar (民法 143). */
      readonly months: number;
      /** Years, added to the months as 12 months each. */
      readonly years?: number;
    }
  | {
      /** Years counted by the calendar (民法 143). */
      readonly years: number;
      /** Months, added to the years. */
      readonly months?: number;
    }
  | {
      /** Government business days (行政機関の休日に関する法律 1): day 1 is the first business day on or after the start day. */
      readonly businessDays: number;
    };

/** The article a computation step relies on. */
export type Article = '民法 140' | '民法 141' | '民法 143' | '行政機関の休日に関する法律 1' | '行政機関の休日に関する法律 1(1)';

/** One step of a period computation, citing the article behind it. */
export interface PeriodStep {
  /** The statute and article applied. */
  readonly article: Article;
  /** The rule in a sentence, with the dates it produced. */
  readonly text: string;
  /** The day this step arrived at, when it produced one. */
  readonly day?: IsoDate;
}

/** Which calendar a result was computed on. */
export type CalendarInfo =
  | {
      /** The official calendar. */
      readonly id: 'official';
    }
  | {
      /** A calendar made by `createCalendar`. */
      readonly id: 'custom';
      /** The days added as holidays, sorted. */
      readonly addHolidays: readonly IsoDate[];
      /** The official holidays removed, sorted. */
      readonly removeHolidays: readonly IsoDate[];
    };

/** The holiday data a calendar computes with (see `HOLIDAY_DATA_BASIS`). */
export interface HolidayDataBasis {
  /** The official list of national holidays the data agrees with. */
  readonly officialList: string;
  /** The last year that list confirms; later years are computed from the statute and `provisional`. */
  readonly lastOfficialYear: number;
  /** The program (and version) that generated the table of 2000–2099. */
  readonly computedWith: string;
}

/** What a calendar's answers are computed under: the calendar and its holiday data (see `calendarBasis`). */
export type CalendarBasis = CalendarInfo & {
  /** The holiday data. */
  readonly holidayData: HolidayDataBasis;
};

/** The result of `periodEnd`: a period counted under the Civil Code (民法 140–143). */
export interface PeriodEndResult {
  /** The date of the event the period is counted from (in Asia/Tokyo). */
  readonly from: IsoDate;
  /** `true` when `from` was an instant at exactly 00:00:00.000 JST, so that day counts (民法 140). */
  readonly fromMidnight: boolean;
  /** The first day of the period. */
  readonly startDay: IsoDate;
  /** The strict last day (interpretation I2). */
  readonly lastDay: IsoDate;
  /** `lastDay`, moved to the next government business day when it is a government holiday. */
  readonly lastDayIfExtended: IsoDate;
  /** The instant the period expires under 民法 141 (the end of `lastDay`), `YYYY-MM-DDT00:00:00+09:00` of the next day. */
  readonly expiresAt: string;
  /** `true` when a holiday consulted lies after the last officially published year. */
  readonly provisional: boolean;
  /** The steps of the computation, each citing its article. */
  readonly steps: readonly PeriodStep[];
  /** The calendar used. */
  readonly calendar: CalendarInfo;
  /** What the result is computed under: the calendar and its holiday data. */
  readonly basis: CalendarBasis;
}

/** Changes a caller makes to the official calendar (行政機関の休日に関する法律 1). */
export interface CalendarChanges {
  /** Days to treat as government holidays (a special holiday by a new act, an office closure). */
  readonly addHolidays?: readonly IsoDate[] | undefined;
  /** Days to treat as government business days although the official calendar has them as holidays. */
  readonly removeHolidays?: readonly IsoDate[] | undefined;
}
