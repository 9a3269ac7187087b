import { createCalendar } from '../../calendar/index.js';
import { PERIODS, deadline, type Deadline, type PeriodClauseId } from '../../rules/periods/index.js';
import { quote } from '../../_lib/text.js';
import { parse } from '../args.js';
import { UsageError, type CommandResult } from '../io.js';
import { jsonText } from '../output.js';

/** `ismap-liu deadline <clause> --from <date|instant> [--json]`. */
export function deadlineCommand(args: readonly string[]): CommandResult {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    json: { type: 'boolean', default: false },
    'add-holiday': { type: 'string', multiple: true },
    'remove-holiday': { type: 'string', multiple: true },
  });
  const clause = positionals[0];
  if (clause === undefined) throw new UsageError(`missing clause; expected one of ${Object.keys(PERIODS).join(', ')}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${quote(positionals[1] ?? '')}; expected only the clause`);
  if (values.from === undefined) throw new UsageError('missing --from <date|instant>, e.g. --from 2024-12-27T15:00+09:00');
  const add = values['add-holiday'];
  const remove = values['remove-holiday'];
  const options =
    add === undefined && remove === undefined ? {} : { calendar: createCalendar({ addHolidays: add, removeHolidays: remove }) };
  const result = deadline(clause as PeriodClauseId, values.from, options);
  return { code: 0, stdout: values.json ? jsonText(result) : formatDeadline(result) };
}

/** A readable summary of a deadline: the clause, last day, extended day and the steps. */
export function formatDeadline(d: Deadline): string {
  const lines = [
    `${d.clause}  ${d.title}`,
    `  owed by     ${d.owedBy} (${d.kind}${d.inPrinciple ? ', in principle' : ''})`,
    `  act         ${d.act}`,
    `  from        ${d.from}${d.fromMidnight ? ' 00:00 JST (the day counts)' : ''}`,
    `  period      ${d.period}, ${d.startDay} … ${d.lastDay}`,
    `  last day    ${d.lastDay}${d.provisional ? '  (provisional: holidays after 2027)' : ''}`,
  ];
  if (d.lastDayIfExtended !== d.lastDay) lines.push(`  if extended ${d.lastDayIfExtended}  (the last day is a government holiday; I2)`);
  if (d.consequence !== null) lines.push(`  if missed   ${d.consequence}`);
  if (d.calendar.id === 'custom') {
    lines.push(`  calendar    custom: +[${d.calendar.addHolidays.join(', ')}] −[${d.calendar.removeHolidays.join(', ')}]`);
  }
  lines.push('  steps');
  for (const step of d.steps) lines.push(`    [${step.article}] ${step.text}`);
  lines.push(`  interpretations ${d.interpretations.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
