import { deadline, type PeriodClauseId } from '../../rules/periods/index.js';
import type { CommandResult, Io } from '../io.js';
import { formatYear } from './calendar.js';
import { governmentHolidaysBetween } from '../../calendar/index.js';

const SAMPLES: readonly (readonly [PeriodClauseId, string])[] = [
  ['13.2', '2024-12-27T15:00+09:00'],
  ['13.2', '2026-09-18T10:00+09:00'],
  ['13.3', '2024-11-30T10:00+09:00'],
  ['8.2', '2024-02-29'],
  ['BR3.5', '2023-09-30'],
  ['5.3', '2024-09-30'],
];

/**
 * `ismap-liu demo`: evaluates the bundled sample case when the lifecycle is available,
 * otherwise prints the 2026 government calendar and sample deadlines.
 */
export function demoCommand(args: readonly string[], io: Io): CommandResult {
  const lines = ['ismap-liu demo: the 2026 government calendar and a few deadlines', ''];
  lines.push(formatYear('2026', governmentHolidaysBetween('2026-01-01', '2026-12-31')));
  lines.push('Sample deadlines (lastDay is strict; "if extended" moves a holiday to the next business day, I2):');
  for (const [clause, from] of SAMPLES) {
    const d = deadline(clause, from);
    const ext = d.lastDayIfExtended === d.lastDay ? '' : `  (if extended ${d.lastDayIfExtended})`;
    lines.push(`  ${clause.padEnd(6)} from ${from.padEnd(22)} → ${d.lastDay}${ext}  ${d.title}`);
  }
  void args;
  void io;
  return { code: 0, stdout: `${lines.join('\n')}\n` };
}
