/**
 * An iCalendar (RFC 5545) export of a case's dated obligations: one all-day event per deadline.
 *
 * @module
 */
import { optionalChoice, optionalString, readOptions } from '../../_lib/args.js';
import { caseViewArgument } from '../case/view.js';
import { dayOf, parseDay } from '../../calendar/_lib/parse.js';
import { civilFromDay, formatDay, pad2 } from '../../calendar/_lib/days.js';
import type { Evaluation } from '../case/evaluate.js';
import type { Obligation } from '../case/types.js';

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /**
   * Put each event on `lastDayIfExtended` (the last day moved past a government holiday) instead
   * of the strict `lastDay`. Default `false`: the strict day (interpretation I2).
   */
  readonly extended?: boolean;
  /** The right-hand side of every `UID` (`<hash>@<domain>`). Default `ismap-liu`. */
  readonly uidDomain?: string;
}

const CRLF = '\r\n';
const MS_PER_DAY = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;
const ACTORS: Readonly<Record<Obligation['actor'], string>> = {
  A: 'Applicant/Registrant',
  OSO: 'ISMAP Operation Support Organization',
  SC: 'ISMAP Steering Committee',
  MIN: 'Ministries',
};

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters (C0, DEL, C1), line and paragraph separators and bidirectional controls,
 * which a terminal or a calendar would act on, become spaces.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[^\t\x20-\x7e\xa0-\u{10ffff}]|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, ' ');
}

/** The UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines start
 * with one space, and a multi-byte UTF-8 character is never split.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    if (size + n > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** FNV-1a, 64 bits, over the UTF-16 code units of `text`, as 16 hex digits. */
function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** `YYYY-MM-DD` → `YYYYMMDD`. */
const basicDate = (date: string): string => date.replace(/-/g, '');

/** The day after `date`, as `YYYYMMDD`. */
const nextDay = (date: string): string => basicDate(formatDay(dayOf(date) + 1));

/**
 * The as-of instant in UTC (`YYYYMMDDTHHMMSSZ`, seconds truncated); a date stands for 00:00 JST
 * of that day.
 */
function stampOf(at: string): string {
  const parsed = parseDay(at);
  const ms = parsed.epochMs ?? parsed.day * MS_PER_DAY - JST_OFFSET_MS;
  const day = Math.floor(ms / MS_PER_DAY);
  const seconds = Math.floor((ms - day * MS_PER_DAY) / 1000);
  const { year, month, day: dayOfMonth } = civilFromDay(day);
  const time = `${pad2(Math.floor(seconds / 3600))}${pad2(Math.floor(seconds / 60) % 60)}${pad2(seconds % 60)}`;
  return `${year}${pad2(month)}${pad2(dayOfMonth)}T${time}Z`;
}

/** The identity of an obligation, stable across as-of dates: process, instance, clause, nature, act. */
const identity = (o: Obligation): string => [o.process, o.instance ?? '', o.clause, o.nature, o.act].join('\u001f');

function summaryOf(o: Obligation): string {
  const where = o.instance === null ? '' : ` (${o.process} ${o.instance})`;
  return `${o.overdue ? 'OVERDUE: ' : ''}${o.actor}: ${o.act}${where} [${o.clause}]`;
}

function descriptionOf(o: Obligation, evaluation: Evaluation, day: string): string {
  const lines = [
    `Clause: ${o.clause} (ISMAP-LIU Cloud Service Registration Rules)`,
    `Owed by: ${o.actor} (${ACTORS[o.actor]})`,
    `Act: ${o.act}`,
    `Form(s): ${o.forms.length === 0 ? 'none' : o.forms.join(', ')}`,
    `${o.nature === 'keep' ? 'Keep until' : 'Last day'} (strict, I2): ${o.lastDay ?? ''}`,
    `Last day if extended past a government holiday: ${o.lastDayIfExtended ?? o.lastDay ?? ''} (reported, not applied: I2)`,
    `This event is on: ${day}`,
    `Overdue as of ${evaluation.asOf.day}: ${o.overdue ? 'yes' : 'no'}`,
  ];
  if (o.kind !== null) lines.push(`Kind: ${o.kind === 'hard' ? 'hard (a consequence in the rules)' : 'target ("in principle")'}`);
  if (o.countedFrom !== null) lines.push(`Counted from: ${o.countedFrom}`);
  if (o.consequence !== null) lines.push(`If missed: ${o.consequence}`);
  if (o.provisional) lines.push('Provisional: depends on government holidays not yet officially published');
  lines.push(`Case: ${evaluation.service.name}; process ${o.process}${o.instance === null ? '' : ` ${o.instance}`}`);
  return lines.join('\n');
}

function todoDescriptionOf(o: Obligation, evaluation: Evaluation): string {
  return [
    `Clause: ${o.clause} (ISMAP-LIU Cloud Service Registration Rules)`,
    `Owed by: ${o.actor} (${ACTORS[o.actor]})`,
    `Act: ${o.act}`,
    `Form(s): ${o.forms.length === 0 ? 'none' : o.forms.join(', ')}`,
    `Time limit: ${o.due ?? ''} (no fixed period in the rules)`,
    ...(o.since === null ? [] : [`Arose on: ${o.since}`]),
    `Case: ${evaluation.service.name}; process ${o.process}${o.instance === null ? '' : ` ${o.instance}`}`,
  ].join('\n');
}

/**
 * Renders the dated obligations of an evaluation as an iCalendar file (RFC 5545): a
 * `VCALENDAR` with one all-day `VEVENT` per obligation that has a last day, on that day
 * (`DTSTART;VALUE=DATE`, `DTEND` the next day), its summary naming the actor, the act and the
 * clause, its description the clause, forms, strict and extended last days and whether it is
 * overdue. An act the rules leave without a fixed period ("promptly", "without delay") is an
 * open task, a `VTODO` with its time limit in words and, when known, the day it arose.
 *
 * Pure and deterministic: the `UID` of an event is a hash of the case name, the clause and the
 * obligation (so re-exporting later updates the same events), and `DTSTAMP` is the evaluation's
 * as-of instant (a date stands for 00:00 JST), never the clock. Lines end with CRLF and are
 * folded at 75 octets; text is escaped.
 *
 * @param evaluation - what {@link evaluateCase} returned
 * @param options - `extended`: put events on `lastDayIfExtended`; `uidDomain`: the `UID` domain
 * @returns the `.ics` text, ending with CRLF
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
 * const evaluation = evaluateCase(caseFile, { asOf: '2024-12-25' });
 * const ics = toICalendar(evaluation);
 * ics.split('\r\n')[0]; //=> 'BEGIN:VCALENDAR'
 * ics.includes('DTSTART;VALUE=DATE:20250103'); //=> true (the strict last day, a government holiday)
 * toICalendar(evaluation, { extended: true }).includes('DTSTART;VALUE=DATE:20250106'); //=> true
 * ```
 */
export function toICalendar(evaluation: Evaluation, options: ICalendarOptions = {}): string {
  caseViewArgument(evaluation, 'toICalendar');
  const o = readOptions(options, 'options of toICalendar', ['extended', 'uidDomain']);
  const extended = optionalChoice(o.extended, 'options.extended', [true, false]);
  const domain = optionalString(o.uidDomain, 'options.uidDomain', 'a domain name such as example.jp', (d) => /^[A-Za-z0-9.-]{1,253}$/.test(d)) ?? 'ismap-liu';
  const stamp = stampOf(evaluation.asOf.at);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ismap-liu//ISMAP-LIU obligations//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`ISMAP-LIU: ${evaluation.service.name}`)}`,
  ];
  const seen = new Map<string, number>();
  const uid = (o: Obligation): string => {
    const key = `${evaluation.service.name}\u001e${o.clause}\u001e${identity(o)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${hash64(n === 0 ? key : `${key}\u001e${n}`)}@${escapeText(domain)}`;
  };
  for (const o of evaluation.obligations) {
    if (o.lastDay !== null || o.due === null) continue;
    // An act without a fixed period: an open task, dated from the day it arose when known.
    lines.push(
      'BEGIN:VTODO',
      `UID:${uid(o)}`,
      `DTSTAMP:${stamp}`,
      ...(o.since === null ? [] : [`DTSTART;VALUE=DATE:${basicDate(o.since)}`]),
      `SUMMARY:${escapeText(summaryOf(o))}`,
      `DESCRIPTION:${escapeText(todoDescriptionOf(o, evaluation))}`,
      `CATEGORIES:${escapeText('ISMAP-LIU')},${escapeText(o.clause)}`,
      'STATUS:NEEDS-ACTION',
      'END:VTODO',
    );
  }
  for (const o of evaluation.obligations) {
    if (o.lastDay === null) continue;
    const day = extended === true ? (o.lastDayIfExtended ?? o.lastDay) : o.lastDay;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(o)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(day)}`,
      `DTEND;VALUE=DATE:${nextDay(day)}`,
      `SUMMARY:${escapeText(summaryOf(o))}`,
      `DESCRIPTION:${escapeText(descriptionOf(o, evaluation, day))}`,
      `CATEGORIES:${escapeText('ISMAP-LIU')},${escapeText(o.clause)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
