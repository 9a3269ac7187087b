import { governmentHolidaysBetween, isProvisional } from '../../calendar/index.js';
import { parse } from '../args.js';
import { UsageError, type CommandResult } from '../io.js';

const DEFAULT_YEAR = '2026';

/** `ismap-liu calendar [year] [--json]`: the government holidays of a year. */
export function calendarCommand(args: readonly string[]): CommandResult {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}; expected at most one year`);
  const year = positionals[0] ?? DEFAULT_YEAR;
  if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2099) {
    throw new UsageError(`invalid year ${JSON.stringify(year)}; expected a year from 2000 to 2099`);
  }
  const holidays = governmentHolidaysBetween(`${year}-01-01`, `${year}-12-31`);
  if (values.json) return { code: 0, stdout: `${JSON.stringify(holidays, null, 2)}\n` };
  return { code: 0, stdout: formatYear(year, holidays) };
}

/** The non-weekend government holidays of a year, one per line, with counts. */
export function formatYear(year: string, holidays: ReturnType<typeof governmentHolidaysBetween>): string {
  const lines = [`Government holidays ${year}${isProvisional(`${year}-01-01`) ? ' (provisional: after the last published year)' : ''}`];
  for (const h of holidays) {
    if (h.kind === 'weekend') continue;
    const also = h.kinds.length > 1 ? ` (also ${h.kinds.slice(1).join(', ')})` : '';
    lines.push(`  ${h.date}  ${h.kind.padEnd(11)} ${h.name ?? ''}${also}`);
  }
  const weekends = holidays.filter((h) => h.kinds.includes('weekend')).length;
  const days = Number(year) % 4 === 0 ? 366 : 365;
  lines.push(`  ${holidays.length} government holidays (${weekends} on weekends); ${days - holidays.length} government business days`);
  return `${lines.join('\n')}\n`;
}
