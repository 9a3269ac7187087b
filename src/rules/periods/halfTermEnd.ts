/**
 * The collective judgment date of 5.3: the end of the third month after the fiscal half-term
 * in which the Prior Application was made (interpretation I4).
 *
 * @internal
 * @module
 */
import { formatDay } from '../../calendar/_lib/days.js';
import { parseDay } from '../../calendar/_lib/parse.js';
import { closingSteps } from '../../calendar/_lib/computePeriod.js';
import { isProvisionalDay } from '../../calendar/_lib/describeHoliday.js';
import { contextOf } from '../../calendar/createCalendar.js';
import type { GovernmentCalendar, PeriodEndResult } from '../../calendar/index.js';
import type { DeadlineStep } from './deadline.js';

/** A period end whose steps may cite clauses of the rules. @internal */
export type RulePeriodEnd = Omit<PeriodEndResult, 'steps'> & { readonly steps: readonly DeadlineStep[] };

/** @internal */
export function halfTermEnd(from: string | Date, calendar: GovernmentCalendar | undefined): RulePeriodEnd {
  const parsed = parseDay(from);
  const date = formatDay(parsed.day);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  // Fiscal half-terms: April–September and October–March.
  const firstHalf = month >= 4 && month <= 9;
  const fiscalYear = month >= 4 ? year : year - 1;
  const termEnd = firstHalf ? `${fiscalYear}-09-30` : `${fiscalYear + 1}-03-31`;
  const lastDay = firstHalf ? `${fiscalYear}-12-31` : `${fiscalYear + 1}-06-30`;
  const expiresOn = firstHalf ? `${fiscalYear + 1}-01-01` : `${fiscalYear + 1}-07-01`;
  const last = parseDay(lastDay).day;
  const ctx = contextOf(calendar);
  const extended = ctx.engine.nextBusinessDay(last);
  const next = formatDay(extended);
  const steps: DeadlineStep[] = [
    {
      article: '5.3',
      text: `The Prior Application was made on ${date}, in the ${firstHalf ? 'first' : 'second'} half-term of fiscal ${fiscalYear} (${firstHalf ? 'April–September' : 'October–March'}), which ends on ${termEnd} (interpretation I4).`,
      day: termEnd,
    },
    {
      article: '民法 143',
      text: `Three months counted by the calendar from the day after the half-term: the judgment is due by ${lastDay}.`,
      day: lastDay,
    },
    ...closingSteps(last, extended),
  ];
  return {
    from: date,
    fromMidnight: parsed.midnight,
    startDay: formatDay(parsed.midnight ? parsed.day : parsed.day + 1),
    lastDay,
    lastDayIfExtended: next,
    expiresAt: `${expiresOn}T00:00:00+09:00`,
    provisional: isProvisionalDay(extended),
    steps,
    calendar: ctx.info,
    basis: ctx.basis,
  };
}
