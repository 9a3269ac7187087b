import { toJapanDate } from '../../calendar/index.js';
import { evaluateCase, formatEvaluation, toICalendar, type Evaluation } from '../../machines/index.js';
import { isValidationError } from '../../rules/index.js';
import { parse } from '../args.js';
import { UsageError, type CommandResult, type Io } from '../io.js';

/**
 * `ismap-liu evaluate <case.json> --as-of <date|instant> [--json | --ics]`: where the case stands, what
 * is owed by whom and by when, and what may happen next. A bad file gets every problem with
 * its JSON path, and exit code 2. `--ics` prints the dated obligations as an iCalendar file
 * (`toICalendar`) instead of the report.
 */
export function evaluateCommand(args: readonly string[], io: Io): CommandResult {
  const { values, positionals } = parse(args, { 'as-of': { type: 'string' }, json: { type: 'boolean', default: false }, ics: { type: 'boolean', default: false } });
  const path = positionals[0];
  if (path === undefined) throw new UsageError('missing <case.json>; expected the path of a case file (see docs/case-file.md)');
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}; expected one case file`);
  const asOf = values['as-of'];
  if (asOf === undefined) throw new UsageError('missing --as-of <date|instant>, e.g. --as-of 2025-03-01');
  if (values.json && values.ics) throw new UsageError('--json and --ics given together; expected at most one of them');
  toJapanDate(asOf); // a bad --as-of is refused before the file is read
  return evaluateText(io.readFile(path), path, asOf, values.json, values.ics);
}

/** Evaluates the text of a case file; shared by `evaluate` and `demo`. `ics`: the iCalendar export instead of the report. */
export function evaluateText(text: string, name: string, asOf: string, json: boolean, ics = false): CommandResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${name} is not valid JSON (${reason}); expected a case file { "service": …, "events": […] }`);
  }
  let result: Evaluation;
  try {
    result = evaluateCase(data, { asOf });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const lines = error.issues.map((issue) => `ismap-liu: ${name}: ${issue.pathText}: ${issue.message}`);
    return { code: 2, stderr: `${lines.join('\n')}\n` };
  }
  if (ics) return { code: 0, stdout: toICalendar(result) };
  return { code: 0, stdout: json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result) };
}
