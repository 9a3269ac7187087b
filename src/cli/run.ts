/**
 * The command-line interface as a function: arguments in, exit code and output out. The entry
 * point (`index.ts`) only connects it to the process.
 *
 * @module
 */
import { quote } from '../_lib/text.js';
import { isIsmapLiuError } from '../errors.js';
import { calendarCommand } from './commands/calendar.js';
import { checkCommand } from './commands/check.js';
import { clausesCommand } from './commands/clauses.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { evaluateCommand } from './commands/evaluate.js';
import { HelpRequested, UsageError, type CommandResult, type Io } from './io.js';
import { DEFAULT_MAX_INPUT_BYTES, MAX_INPUT_BYTES_CEILING, MAX_LISTED_PROBLEMS, describeBytes } from './limits.js';
import { errorLine } from './output.js';

const USAGE = `Usage: ismap-liu <command> [options]

Commands:
  deadline <clause> --from <date|instant> [--json] [--add-holiday YYYY-MM-DD]... [--remove-holiday YYYY-MM-DD]...
                      the deadline a clause sets, counted from an event (e.g. deadline 13.2 --from 2024-12-27T15:00+09:00)
  clauses [id] [--json] the clause catalogue, or one clause
  calendar [year | --as-of <date|instant>] [--json]
                      the government holidays of a year (default: the current year in Japan; the
                      report names the year it shows)
  evaluate <case.json | -> --as-of <date|instant> [--json | --ics] [--max-input-bytes N]
                      where a case stands, what is owed and what may happen next; events dated
                      after --as-of are listed as not yet applied. --ics prints the dated
                      obligations as an iCalendar file instead. - reads the case from standard input
  evaluate --ndjson <cases.ndjson | -> [--as-of <date|instant>] [--workers N] [--flat | --parquet out.parquet]
                      a population: one case file, or { "id", "caseFile", "asOf" }, per line in;
                      one result per line out, in the same order ({ index, id, ok, evaluation } or
                      { index, id, ok: false, error }); a bad line is a result too. --as-of is the
                      default of cases without their own; --max-input-bytes limits each line.
                      --workers N evaluates in N worker threads; --flat writes one flat row per
                      case instead of the whole evaluation (status, counts, overdue clauses, next
                      deadline, error; a few hundred bytes); --parquet writes those rows to a
                      Parquet file (needs npm install @duckdb/node-api). Progress on stderr
                      when it is a terminal. Exit code 1 when some case could not be evaluated
  check <files or folders>... [--format text|tap|junit] [--max-input-bytes N]
                      run conformance fixtures (*.fixture.json under each folder, see
                      docs/guides/conformance.md) and report each expectation; exit code 0 when
                      all hold, 1 when one fails, 2 when a fixture or case cannot be used
  demo [--json]       evaluate the bundled sample case as of 2025-03-01 (what npm start runs)

Options:
  --help, -h          show this message
  --version           show the version

Case files (evaluate):
  a regular file, or - for standard input (directories, FIFOs and devices are refused);
  at most ${describeBytes(DEFAULT_MAX_INPUT_BYTES)}; --max-input-bytes N sets another limit,
  up to ${describeBytes(MAX_INPUT_BYTES_CEILING)}. UTF-8 with or without a byte-order mark, or UTF-16 with
  one; other encodings (Shift_JIS, UTF-16 without a mark, UTF-32) are refused with the encoding
  named: convert them to UTF-8 (e.g. iconv -f SHIFT_JIS -t UTF-8). A bad file gets its first
  ${MAX_LISTED_PROBLEMS} problems, each with its JSON path, then a count of the rest.

Output: control characters, DEL, C1 controls, line separators and bidirectional controls in
names, ids and messages are shown as \\uXXXX; --json escapes them as \\uXXXX too (the same values).
Dates are YYYY-MM-DD (a day in Japan) or ISO date-times with an offset (Z or +09:00).
Exit codes: 0 success, 1 failure, 2 bad input.
`;

/**
 * Runs the CLI with `args` (without `node` and the script name).
 *
 * @param args - the command-line arguments
 * @param io - access to files, standard input, the clock and the package version (the only outside world the CLI touches)
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
        return calendarCommand(rest, io);
      case 'evaluate':
        return evaluateCommand(rest, io);
      case 'check':
        return checkCommand(rest, io);
      case 'demo':
        return demoCommand(rest);
      default:
        throw new UsageError(`unknown command ${quote(command)}; expected deadline, clauses, calendar, evaluate, check or demo (see --help)`);
    }
  } catch (error) {
    if (error instanceof HelpRequested) return { code: 0, stdout: USAGE };
    if (error instanceof UsageError || isIsmapLiuError(error)) return { code: 2, stderr: errorLine(error.message) };
    const message = error instanceof Error ? error.message : String(error);
    return { code: 1, stderr: errorLine(`internal error: ${message}`) };
  }
}
