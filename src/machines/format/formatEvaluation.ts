/**
 * A readable text report of an evaluation, for the command line.
 *
 * @module
 */
import { isArray, isRecord } from '../../_lib/args.js';
import { printable, truncate } from '../../_lib/text.js';
import type { Evaluation } from '../case/evaluate.js';
import { caseViewArgument } from '../case/view.js';
import type { AllowedEvent, Obligation, Refusal } from '../case/types.js';

/** The longest value from the case file (a name, an id) shown whole; longer ones are cut. */
const MAX_VALUE = 200;
/** The longest line of the report (in UTF-16 code units, before escaping); longer ones are cut. */
const MAX_LINE = 2000;
/** A value from the case file (a name, an id), cut to {@link MAX_VALUE}. */
const given = (text: string): string => truncate(text, MAX_VALUE);

const ACTORS: Readonly<Record<string, string>> = { A: 'Applicant', OSO: 'OSO', SC: 'Steering Committee', MIN: 'Ministries', assessor: 'Assessor', clock: 'Clock' };
const pad = (text: string, width: number): string => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const cite = (clauses: readonly string[]): string => (clauses.length === 0 ? '' : ` [${clauses.join(', ')}]`);

function due(o: Obligation): string {
  if (o.lastDay === null) return `${o.due ?? 'no date set'}${o.since === null ? '' : `, since ${o.since}`}`;
  const extended = o.lastDayIfExtended !== null && o.lastDayIfExtended !== o.lastDay ? ` (${o.lastDayIfExtended} if extended past holidays)` : '';
  return `${o.nature === 'keep' ? 'until' : 'by'} ${o.lastDay}${extended}${o.provisional ? ', provisional calendar' : ''}`;
}

function obligationLine(o: Obligation): string {
  const flag = o.overdue ? 'OVERDUE ' : '        ';
  const who = pad(ACTORS[o.actor] ?? o.actor, 18);
  const where = o.instance === null ? '' : ` (${o.process} ${given(o.instance)})`;
  const forms = o.forms.length === 0 ? '' : `, Form ${o.forms.join('/')}`;
  return `  ${flag}${who} ${o.act}${where} -- ${o.clause}${forms}; ${due(o)}${o.kind === 'target' ? ' [target, in principle]' : ''}`;
}

function allowedLine(a: AllowedEvent): string {
  const variant = Object.keys(a.variant).length === 0 ? '' : ` ${JSON.stringify(a.variant)}`;
  const where = a.instance === null ? '' : ` (${a.process} ${given(a.instance)})`;
  const until = a.until === null ? '' : `, until ${a.until}`;
  return `  ${pad(ACTORS[a.actor] ?? a.actor, 18)} ${a.type}${variant}${where} -- ${a.label}${cite(a.clauses)}${until}`;
}

function refusalLine(r: Refusal): string {
  return `  #${r.index ?? '-'} ${given(r.at)} ${given(r.type)}: ${r.message}${cite(r.clauses)}`;
}

/**
 * Renders an {@link Evaluation} as a multi-line text report: the status, each process, the
 * obligations with their deadlines (overdue ones flagged), the list entry and its
 * announcements, what expired by the as-of date, the events dated after the as-of instant (not
 * yet applied: refusals with code `after_as_of`), the other refused events, and what may happen
 * next. Plain ASCII apart from names given in the case file; no colours.
 *
 * Safe to print on a terminal whatever the case file holds: every line has its control
 * characters (C0 including line breaks, DEL, C1), line and paragraph separators, bidirectional
 * controls and lone surrogates written as visible `\uXXXX` escapes, so a value can neither
 * move the cursor, recolour the terminal, reorder the text nor add a line; names and ids longer
 * than 200 characters and lines longer than 2,000 are cut (with `…` and their length).
 *
 * @param result - what {@link evaluateCase} returned
 * @returns the report, lines separated by `\n`, ending with a newline
 * @example
 * ```ts
 * const text = formatEvaluation(evaluateCase({ service: { name: 'Kintai Cloud' }, events: [] }, { asOf: '2025-03-01' }));
 * text.split('\n').slice(0, 2); //=> ['Kintai Cloud -- as of 2025-03-01 (2025-03-01 in Japan)', 'Status: No procedure started']
 * ```
 */
export function formatEvaluation(result: Evaluation): string {
  caseViewArgument(result, 'formatEvaluation', true);
  const lines: string[] = [];
  lines.push(`${given(result.service.name)} -- as of ${result.asOf.at} (${result.asOf.day} in Japan)`);
  lines.push(`Status: ${result.headline}`, '');
  lines.push('Processes');
  for (const p of result.processes) {
    const name = p.instance === null ? p.process : `${p.process} ${given(p.instance)}`;
    p.states.forEach((s, i) => lines.push(`  ${pad(i === 0 ? name : '', 22)} ${s.label}${cite(s.clauses)}`));
  }
  lines.push('', `Obligations (${result.obligations.filter((o) => o.overdue).length} overdue)`);
  if (result.obligations.length === 0) lines.push('  none');
  const sorted = [...result.obligations].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.lastDay ?? '9999').localeCompare(b.lastDay ?? '9999'));
  for (const o of sorted) lines.push(obligationLine(o));
  const entry = result.listEntry;
  lines.push('', 'ISMAP-LIU Cloud Service List (11.5)');
  if (entry === null) lines.push('  not registered');
  else {
    const f = entry.fields;
    lines.push(`  ${entry.listed ? 'Listed' : 'Not listed'}: ${entry.status}${entry.removal === null ? '' : ` (deleted on ${entry.removal.on}, ${entry.removal.ground})`}`);
    lines.push(`  Registered ${f.registrationDate ?? '-'}, expires ${f.expirationDate ?? '-'}, assessment period ${f.assessmentPeriod === null ? '-' : `${f.assessmentPeriod.start} .. ${f.assessmentPeriod.end}`}, improvement plan ${f.improvementPlan === null ? '-' : f.improvementPlan ? 'yes' : 'no'}`);
    for (const a of entry.announcements) lines.push(`  ANNOUNCED: ${a.kind === 'suspended' ? 'registration suspended' : 're-audit in progress'} since ${a.since ?? '-'} -- ${a.source} [${a.clause}]`);
  }
  if (result.expiredAtAsOf.length > 0) {
    lines.push('', `Periods that ran out by ${result.asOf.day}`);
    for (const s of result.expiredAtAsOf) lines.push(`  ${s.process}${s.instance === null ? '' : ` ${given(s.instance)}`}: ${s.label}${cite(s.clauses)}`);
  }
  const notYet = result.refused.filter((r) => r.code === 'after_as_of');
  const refused = result.refused.filter((r) => r.code !== 'after_as_of');
  if (notYet.length > 0) {
    lines.push('', `Not yet (after the as-of date): ${notYet.length} event(s) dated after ${result.asOf.at}, not applied`);
    for (const r of notYet) lines.push(`  #${r.index ?? '-'} ${given(r.at)} ${given(r.type)}`);
  }
  if (refused.length > 0) {
    lines.push('', `Refused events (${refused.length}; nothing else changed)`);
    for (const r of refused) lines.push(refusalLine(r));
  }
  lines.push('', 'What may happen next');
  for (const a of result.allowed) lines.push(allowedLine(a));
  lines.push('', `${result.applied} event(s) applied; ${result.trace.length} trace entr${result.trace.length === 1 ? 'y' : 'ies'} (use --json for the trace).`);
  const basis = basisLine((result as Partial<Evaluation>).basis);
  if (basis !== null) lines.push(basis);
  return `${lines.map((line) => printable(truncate(line, MAX_LINE))).join('\n')}\n`;
}

/**
 * The basis in one line: rules revision, holiday data, provisions applied, release; `null` for
 * an evaluation stored before answers carried one (or whose basis is not in the expected form).
 */
function basisLine(basis: unknown): string | null {
  if (!isRecord(basis)) return null;
  const { rules, calendar, library, provisions } = basis;
  const data = isRecord(calendar) ? calendar['holidayData'] : undefined;
  if (!isRecord(rules) || !isRecord(data) || !isRecord(library) || !isArray(provisions)) return null;
  const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');
  const applied = provisions.length === 0 ? 'none' : provisions.map(text).join(', ');
  return `Computed under the rules as revised on ${text(rules['revision'])}; holidays as published through ${text(data['lastOfficialYear'])}; provisions applied: ${applied}; ${text(library['name'])} ${text(library['version'])}.`;
}
