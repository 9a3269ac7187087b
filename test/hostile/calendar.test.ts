/**
 * Hostile inputs at the calendar door (src/calendar/index.ts) and the methods of a calendar
 * made by `createCalendar`: see `_support/suite.ts` for what every call must keep, and issue 11.
 */
import { describeDoor } from './_support/suite.js';

describeDoor({
  door: 'calendar',
  // Pinned: 9180 calls with named hostile values, plus 108 per property run.
  minCalls: { fixed: 9180, perRun: 108 },
  runs: 12,
  exports: {
    DateOutOfRangeError: 'class',
    HOLIDAY_DATA_BASIS: 'data',
    InvalidArgumentError: 'class',
    InvalidDateError: 'class',
    IsmapLiuError: 'class',
    LAST_OFFICIAL_HOLIDAY_YEAR: 'number',
    SUPPORTED_RANGE: 'data',
    addGovernmentBusinessDays: 'function',
    calendarBasis: 'function',
    countGovernmentBusinessDays: 'function',
    createCalendar: 'function',
    getGovernmentHoliday: 'function',
    governmentHolidaysBetween: 'function',
    isGovernmentBusinessDay: 'function',
    isGovernmentCalendar: 'function',
    isGovernmentHoliday: 'function',
    isIsmapLiuError: 'function',
    isProvisional: 'function',
    nextGovernmentBusinessDay: 'function',
    periodEnd: 'function',
    previousGovernmentBusinessDay: 'function',
    toJapanDate: 'function',
  },
});
