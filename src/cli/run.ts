/**
 * The command-line interface as a function: arguments in, exit code and output out. The entry
 * point (`index.ts`) only connects it to the process.
 *
 * @module
 */
import { isIsmapLiuError } from '../errors.js';
import { calendarCommand } from './commands/calendar.js';
import { clausesCommand } from './commands/clauses.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { evaluateCommand } from './commands/evaluate.js';
import { HelpRequested, UsageError, type CommandResult, type Io } from './io.js';

const USAGE = `Usage: ismap-liu <command> [options]

Commands:
  deadline <clause> --from <date|instant> [--json] [--add-holiday YYYY-MM-DD]... [--remove-holiday YYYY-MM-DD]...
                      the deadline a clause sets, counted from an event (e.g. deadline 13.2 --from 2024-12-27T15:00+09:00)
  clauses [id] [--json] the clause catalogue, or one clause
  calendar [year] [--json]
                      the government holidays of a year (default 2026)
  evaluate <case.json> --as-of <date|instant> [--json]
                      where a case stands, what is owed and what may happen next
  demo [--json]       evaluate the bundled sample case as of 2025-03-01 (what npm start runs)

Options:
  --help, -h          show this message
  --version           show the version

Dates are YYYY-MM-DD (a day in Japan) or ISO date-times with an offset (Z or +09:00).
Exit codes: 0 success, 1 failure, 2 bad input.
`;

/**
 * Runs the CLI with `args` (without `node` and the script name).
 *
 * @param args - the command-line arguments
 * @param io - access to files and the package version (the only outside world the CLI touches)
 * @returns the exit code and what to print
 */
export function run(args: readonly string[], io: Io): CommandResult {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        return { code: 0, stdout: USAGE };
      case '--version':
        return { code: 0, stdout: `${io.version}\n` };
      case 'deadline':
        return deadlineCommand(rest);
      case 'clauses':
        return clausesCommand(rest);
      case 'calendar':
        return calendarCommand(rest);
      case 'evaluate':
        return evaluateCommand(rest, io);
      case 'demo':
        return demoCommand(rest);
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; expected deadline, clauses, calendar, evaluate or demo (see --help)`);
    }
  } catch (error) {
    if (error instanceof HelpRequested) return { code: 0, stdout: USAGE };
    if (error instanceof UsageError) return { code: 2, stderr: `ismap-liu: ${error.message}\n` };
    if (isIsmapLiuError(error)) return { code: 2, stderr: `ismap-liu: ${error.message.replace(/\s*\n[-\s]*/g, ' ')}\n` };
    const message = error instanceof Error ? error.message : String(error);
    return { code: 1, stderr: `ismap-liu: internal error: ${message}\n` };
  }
}
