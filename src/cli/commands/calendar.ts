import { calendarBasis, governmentHolidaysBetween, isProvisional, toJapanDate } from '../../calendar/index.js';
import { printable, quote } from '../../_lib/text.js';
import { parse } from '../args.js';
import { UsageError, type CommandResult, type Io } from '../io.js';
import { jsonText } from '../output.js';

/**
 * `ismap-liu calendar [year | --as-of <date|instant>] [--json]`: the government holidays of a
 * year (`--json`: `{ year, provisional, holidays, basis }`). Without a year, the year of `--as-of` in Japan, or else the current year in Japan (the
 * one place the command reads the clock, through `io.now`); the report's first line says which
 * year it shows and why.
 */
export function calendarCommand(args: readonly string[], io: Io): CommandResult {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } });
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${quote(positionals[1] ?? '')}; expected at most one year`);
  const given = positionals[0];
  const asOf = values['as-of'];
  if (given !== undefined && asOf !== undefined) throw new UsageError(`a year (${quote(given)}) and --as-of given together; expected one of them`);
  let year: string;
  let why = '';
  if (given !== undefined) year = given;
  else if (asOf !== undefined) {
    const day = toJapanDate(asOf).date;
    year = day.slice(0, 4);
    why = ` (the year of ${day} in Japan)`;
  } else {
    const today = toJapanDate(io.now()).date;
    year = today.slice(0, 4);
    why = ` (the current year in Japan: today is ${today})`;
  }
  if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2099) {
    throw new UsageError(`invalid year ${quote(year)}; expected a year from 2000 to 2099`);
  }
  const holidays = governmentHolidaysBetween(`${year}-01-01`, `${year}-12-31`);
  if (values.json) {
    return { code: 0, stdout: jsonText({ year: Number(year), provisional: isProvisional(`${year}-01-01`), holidays, basis: calendarBasis() }) };
  }
  return { code: 0, stdout: formatYear(year, holidays, why) };
}

/** The non-weekend government holidays of a year, one per line, with counts; `why` follows the year in the heading. */
export function formatYear(year: string, holidays: ReturnType<typeof governmentHolidaysBetween>, why = ''): string {
  const lines = [`Government holidays ${year}${why}${isProvisional(`${year}-01-01`) ? ' (provisional: after the last published year)' : ''}`];
  for (const h of holidays) {
    if (h.kind === 'weekend') continue;
    const also = h.kinds.length > 1 ? ` (also ${h.kinds.slice(1).join(', ')})` : '';
    lines.push(`  ${h.date}  ${h.kind.padEnd(11)} ${printable(`${h.names.ja} ${h.names.en}`)}${also}`);
  }
  const weekends = holidays.filter((h) => h.kinds.includes('weekend')).length;
  const days = Number(year) % 4 === 0 ? 366 : 365;
  lines.push(`  ${holidays.length} government holidays (${weekends} on weekends); ${days - holidays.length} government business days`);
  return `${lines.join('\n')}\n`;
}
