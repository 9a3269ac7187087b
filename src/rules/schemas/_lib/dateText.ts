/**
 * Reading date and instant strings for the schemas (a date is a day in Japan; an instant carries an offset, I8), with a reason a person can
 * act on when they cannot be read. These are the calendar's own reader (`readDayText`), so a
 * value the schemas accept never makes the calendar throw.
 *
 * @internal
 * @module
 */
import { formatDay } from '../../../calendar/_lib/days.js';
import { readDayText, type DateProblemCode, type DayForm } from '../../../calendar/_lib/parse.js';

export type { DateProblemCode };

/** The outcome of reading a string: the date in Japan, or why not. @internal */
export type DateReading =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly code: DateProblemCode; readonly detail: string };

function reader(form: DayForm): (text: string) => DateReading {
  return (text) => {
    const r = readDayText(text, form);
    return r.ok ? { ok: true, date: formatDay(r.day) } : r;
  };
}

/** Reads a `YYYY-MM-DD` calendar date. @internal */
export const readIsoDate: (text: string) => DateReading = /* @__PURE__ */ reader('date');

/** Reads an ISO 8601 date-time with an offset and returns its date in Asia/Tokyo. @internal */
export const readInstant: (text: string) => DateReading = /* @__PURE__ */ reader('instant');

/** Reads either form: a `YYYY-MM-DD` date, or an instant with an offset. @internal */
export const readDayInput: (text: string) => DateReading = /* @__PURE__ */ reader('either');
