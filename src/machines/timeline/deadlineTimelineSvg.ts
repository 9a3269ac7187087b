/**
 * `deadlineTimelineSvg`: a case's deadlines as a self-contained SVG picture.
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import { governmentHolidaysBetween } from '../../calendar/governmentHolidaysBetween.js';
import type { CaseView } from '../case/types.js';
import { dayNumber, labelOf, timelineOf, type Row, type TimelineOptions } from './rows.js';
import { axis, holidayRuns, xml } from './svgParts.js';

/** Options of {@link deadlineTimelineSvg}. */
export interface TimelineSvgOptions extends TimelineOptions {
  /** Pixels per day, 1–64 (default: the window fitted into about 960 pixels, 2–28 per day). */
  readonly dayWidth?: number;
}

const LABEL = 330;
const TOP = 34;
const FIRST_ROW = 72;
const ROW = 36;
const STYLE =
  'text{font-family:sans-serif;font-size:11px;fill:#1f2937}.title{font-size:14px;font-weight:bold}.clause{font-weight:bold}.day,.due{fill:#4b5563}.day{font-size:9px;text-anchor:middle}' +
  '.monthLabel{fill:#4b5563;font-weight:bold}.month{stroke:#9ca3af}.holiday{fill:#e5e7eb}.bar{fill:#2563eb}.keep{fill:#9ca3af}.overdue{fill:#dc2626}.extension{fill:none;stroke:#2563eb;stroke-dasharray:3 2}.asof{stroke:#111827;stroke-dasharray:4 3}';

function short(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function bar(row: Row, i: number, from: string, to: string, x: (day: string) => number, w: number): string {
  const o = row.obligation;
  const y = FIRST_ROW + i * ROW;
  const left = x(row.start < from ? from : row.start);
  const right = x(row.end > to ? to : row.end) + w;
  const kind = o.overdue ? 'overdue' : o.nature === 'keep' ? 'keep' : 'bar';
  const due = `${row.end}${row.extended === null ? '' : ` (extended: ${row.extended})`}${o.overdue ? ' overdue' : ''}`;
  const parts = [
    `<g class="obligation"><title>${xml(`${labelOf(o)}: ${o.countedFrom ?? '—'} → ${due}`)}</title>`,
    `<text x="6" y="${y + 13}"><tspan class="clause">${xml(o.clause + (o.forms.length > 0 ? ` Form ${o.forms.join(', ')}` : ''))}</tspan> · ${xml(row.section)}</text>`,
    `<text x="6" y="${y + 27}">${xml(short(o.act, 56))}</text>`,
  ];
  if (row.end >= from) parts.push(`<rect class="${kind}" x="${left}" y="${y + 8}" width="${Math.max(right - left, 2)}" height="16" rx="2"/>`);
  if (row.extended !== null && row.extended >= from) {
    const start = x(row.end < from ? from : row.end) + (row.end < from ? 0 : w);
    parts.push(`<rect class="extension" x="${start}" y="${y + 8}" width="${x(row.extended > to ? to : row.extended) + w - start}" height="16" rx="2"/>`);
  }
  parts.push(`<text class="due" x="${x(row.extended !== null && row.extended <= to ? row.extended : row.end > to ? to : row.end) + w + 4}" y="${y + 20}">${xml(due)}</text></g>`);
  return parts.join('');
}

/**
 * The deadlines of an evaluation as a self-contained SVG (no scripts, fonts or external
 * references): days on the x axis (months labelled, day numbers when there is room),
 * government holidays shaded (from the calendar's {@link governmentHolidaysBetween}, each run
 * with a tooltip naming its days), one bar per dated obligation from the day its period is
 * counted from to its strict last day inclusive, a dashed extension to `lastDayIfExtended`
 * when it differs (I2), overdue bars red and duties to keep records grey, each labelled with
 * its clause, forms, process and act, and a dashed line on the as-of day. Bars are clipped to
 * the window. Pure: the same evaluation and options give the same text in every time zone.
 *
 * @param evaluation - the result of {@link evaluateCase} (or any {@link CaseView})
 * @param options - processes, window, title, calendar, pixels per day
 * @returns the SVG document text
 * @throws {@link InvalidArgumentError} when `from`, `to` or `dayWidth` is invalid
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
 * const svg = deadlineTimelineSvg(evaluateCase(caseFile, { asOf: '2024-12-25' }), { from: '2024-12-16', to: '2025-01-10' });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); //=> true
 * svg.includes('<title>2024-12-28 … 2025-01-05: government holidays'); //=> true
 * svg.includes('2024-12-20 → 2025-01-03 (extended: 2025-01-06)'); //=> true
 * ```
 */
export function deadlineTimelineSvg(evaluation: CaseView, options: TimelineSvgOptions = {}): string {
  const t = timelineOf(evaluation, options, 'deadlineTimelineSvg', ['dayWidth']);
  const days = dayNumber(t.to) - dayNumber(t.from) + 1;
  const w = (options as TimelineSvgOptions).dayWidth ?? Math.min(28, Math.max(2, Math.floor(960 / days)));
  if (!Number.isInteger(w) || w < 1 || w > 64) throw new InvalidArgumentError('dayWidth', w, 'an integer from 1 to 64');
  const x = (day: string): number => LABEL + (dayNumber(day) - dayNumber(t.from)) * w;
  const bottom = FIRST_ROW + t.rows.length * ROW;
  const width = LABEL + days * w + 190;
  const holidays = (t.calendar ?? { governmentHolidaysBetween }).governmentHolidaysBetween(t.from, t.to);
  const shade = holidayRuns(holidays).map(
    (r) => `<rect class="holiday" x="${x(r.first)}" y="${TOP}" width="${(dayNumber(r.last) - dayNumber(r.first) + 1) * w}" height="${bottom - TOP}"><title>${xml(`${r.first} … ${r.last}: government holidays\n${r.days.join('\n')}`)}</title></rect>`,
  );
  const asOf = evaluation.asOf.day >= t.from && evaluation.asOf.day <= t.to ? [`<line class="asof" x1="${x(evaluation.asOf.day) + w / 2}" y1="${TOP}" x2="${x(evaluation.asOf.day) + w / 2}" y2="${bottom}"/>`, `<text x="${x(evaluation.asOf.day) + w / 2 + 3}" y="${bottom + 14}">as of ${evaluation.asOf.day}</text>`] : [];
  const undated = t.undated.map((o, i) => `<text x="6" y="${bottom + 32 + i * 14}">${xml(`Undated (${o.process}${o.instance === null ? '' : ` ${o.instance}`}): ${labelOf(o)}${o.due === null ? '' : ` (${o.due})`}`)}</text>`);
  const height = bottom + 24 + t.undated.length * 14 + 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xml(t.title)}">`,
    `<style>${STYLE}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="6" y="20">${xml(t.title)}</text>`,
    ...shade,
    ...axis(t.from, t.to, x, w, TOP),
    ...t.rows.map((row, i) => bar(row, i, t.from, t.to, x, w)),
    ...asOf,
    ...undated,
    '</svg>',
    '',
  ].join('\n');
}
