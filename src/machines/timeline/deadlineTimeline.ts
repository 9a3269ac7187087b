/**
 * `deadlineTimeline`: a case's deadlines as a Mermaid gantt chart.
 *
 * @module
 */
import { printable } from '../../_lib/text.js';
import { governmentHolidaysBetween } from '../../calendar/governmentHolidaysBetween.js';
import type { CaseView } from '../case/types.js';
import { dayNumber, labelOf, timelineOf, type TimelineOptions } from './rows.js';

/** Text safe in a Mermaid gantt task name or section (no `:`, `;`, `#`, line breaks, control characters). */
function clean(text: string): string {
  return printable(text.replace(/[\n\r]/g, ' ')).replace(/[:;#\n\r]/g, (c) => (c === ':' ? ' -' : c === '#' ? 'No.' : ' ')).trim();
}

/**
 * The deadlines of an evaluation as Mermaid `gantt` text: a section per process (an incident
 * or change with its id), one task per dated obligation from the day its period is counted
 * from to its strict last day (`inclusiveEndDates`), labelled with its clause, forms and act;
 * overdue obligations tagged `crit`; a milestone on `lastDayIfExtended` when it differs (I2); a
 * vertical marker on the as-of day. Government holidays are `excludes` (`weekends` and, by date,
 * those in the window that are not weekends), so Mermaid shades them; tasks have explicit end days, which `excludes` does not move. Mermaid's
 * own "today" marker is turned off (it would read the viewer's clock). Obligations the rules
 * leave undated are listed as `%%` comments. Pure: the same evaluation gives the same text.
 *
 * @param evaluation - the result of {@link evaluateCase} (or any {@link CaseView})
 * @param options - processes, window, title, calendar
 * @returns the chart text, ending with a newline
 * @throws {@link InvalidArgumentError} when `from` or `to` is not a `YYYY-MM-DD` date or `to` is before `from`
 * @example
 * ```ts
 * // A Prior Application submitted on Friday 2024-12-20: OSO's review (4.3) ends on 3 January
 * const caseFile = {
 *   service: { name: 'Kintai Cloud' },
 *   events: [{
 *     type: 'applicant.submittedPriorApplication', at: '2024-12-20', submitted: ['form-1-1', 'form-1-2'],
 *     inJapanese: true, contentsComplete: true, onListOfTargetOperations: true,
 *     evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-12-01', result: 'low' }],
 *   }],
 * };
 * const text = deadlineTimeline(evaluateCase(caseFile, { asOf: '2024-12-25' }));
 * text.includes('4.3 Review the Prior Application Documents (in principle) :o1, 2024-12-20, 2025-01-03'); //=> true
 * text.includes('4.3 if extended (I2) :milestone, o1x, 2025-01-06, 0d'); //=> true
 * text.includes('excludes weekends, 2024-12-30, 2024-12-31, 2025-01-01, 2025-01-02, 2025-01-03'); //=> true
 * ```
 */
export function deadlineTimeline(evaluation: CaseView, options: TimelineOptions = {}): string {
  const t = timelineOf(evaluation, options, 'deadlineTimeline');
  const holidays = (t.calendar ?? { governmentHolidaysBetween }).governmentHolidaysBetween(t.from, t.to);
  const out = ['gantt', `  title ${printable(t.title)}`, '  dateFormat YYYY-MM-DD', `  axisFormat ${dayNumber(t.to) - dayNumber(t.from) > 92 ? '%Y-%m' : '%m-%d'}`, '  inclusiveEndDates', '  todayMarker off'];
  out.push(`  excludes ${['weekends', ...holidays.filter((h) => !h.kinds.includes('weekend')).map((h) => h.date)].join(', ')}`);
  out.push(`  as of ${t.view.asOf.day} :vert, asOf, ${t.view.asOf.day}, 0d`);
  let section: string | null = null;
  t.rows.forEach((row, i) => {
    if (row.section !== section) {
      section = row.section;
      out.push(`  section ${clean(section)}`);
    }
    const o = row.obligation;
    const tags = o.overdue ? 'crit, ' : '';
    out.push(`  ${clean(labelOf(o))} :${tags}o${i + 1}, ${row.start}, ${row.end}`);
    if (row.extended !== null) out.push(`  ${clean(`${o.clause} if extended (I2)`)} :milestone, o${i + 1}x, ${row.extended}, 0d`);
  });
  for (const o of t.undated) out.push(`  %% undated: ${clean(labelOf(o))}${o.due === null ? '' : ` (${clean(o.due)})`} (${o.process}${o.instance === null ? '' : ` ${o.instance}`})`);
  return `${out.join('\n')}\n`;
}
