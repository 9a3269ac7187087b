import { toJapanDate } from '../../calendar/index.js';
import { evaluateCase, formatEvaluation, toICalendar, type Evaluation } from '../../machines/index.js';
import { isValidationError } from '../../rules/index.js';
import { quote } from '../../_lib/text.js';
import { parse } from '../args.js';
import { decodeCaseText } from '../decode.js';
import { STDIN_NAME, tooLarge } from '../files.js';
import { UsageError, type CommandResult, type Io } from '../io.js';
import { DEFAULT_MAX_INPUT_BYTES, MAX_INPUT_BYTES_CEILING, MAX_LISTED_PROBLEMS, describeBytes } from '../limits.js';
import { errorLine, jsonText } from '../output.js';
import { runNdjson } from '../ndjson/runNdjson.js';

/** The value of `--max-input-bytes`: a whole number of bytes from 1 to {@link MAX_INPUT_BYTES_CEILING}. */
export function maxInputBytes(given: string | undefined): number {
  if (given === undefined) return DEFAULT_MAX_INPUT_BYTES;
  const n = /^[1-9]\d{0,9}$/.test(given) ? Number(given) : Number.NaN;
  if (!(n <= MAX_INPUT_BYTES_CEILING)) {
    throw new UsageError(`invalid --max-input-bytes ${quote(given)}; expected a whole number of bytes from 1 to ${MAX_INPUT_BYTES_CEILING} (${describeBytes(MAX_INPUT_BYTES_CEILING)})`);
  }
  return n;
}

/**
 * `ismap-liu evaluate <case.json | -> --as-of <date|instant> [--json | --ics] [--max-input-bytes N]`
 * (and `evaluate --ndjson <file|->`, a population, see {@link runNdjson}):
 * where the case stands, what is owed by whom and by when, and what may happen next. The file
 * (or standard input, `-`) is read through `io` within the size limit and decoded by
 * `decodeCaseText`. A bad file gets its first problems with their JSON paths, and exit code 2.
 * `--ics` prints the dated obligations as an iCalendar file (`toICalendar`) instead of the report.
 */
export function evaluateCommand(args: readonly string[], io: Io): CommandResult {
  const { values, positionals } = parse(args, {
    'as-of': { type: 'string' },
    json: { type: 'boolean', default: false },
    ics: { type: 'boolean', default: false },
    'max-input-bytes': { type: 'string' },
    ndjson: { type: 'boolean', default: false },
    workers: { type: 'string' },
    parquet: { type: 'string' },
    flat: { type: 'boolean', default: false },
  });
  if (values.ndjson) return ndjsonCommand(values, positionals);
  for (const flag of ['workers', 'parquet', 'flat'] as const) {
    if (values[flag] !== undefined && values[flag] !== false) throw new UsageError(`--${flag} given without --ndjson; expected it only with evaluate --ndjson <file|->`);
  }
  const path = positionals[0];
  if (path === undefined) throw new UsageError('missing <case.json>; expected the path of a case file, or - for standard input (see docs/case-file.md)');
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${quote(positionals[1] ?? '')}; expected one case file`);
  const asOf = values['as-of'];
  if (asOf === undefined) throw new UsageError('missing --as-of <date|instant>, e.g. --as-of 2025-03-01');
  if (values.json && values.ics) throw new UsageError('--json and --ics given together; expected at most one of them');
  const limit = maxInputBytes(values['max-input-bytes']);
  toJapanDate(asOf); // a bad --as-of is refused before the file is read
  const name = path === '-' ? STDIN_NAME : path;
  // No variable keeps the bytes or the text: each can be collected once the next step has it.
  return evaluateData(parseCase(readCaseText(io, path, name, limit), name), name, asOf, values.json, values.ics);
}

/** The most worker threads `--workers` accepts. */
const MAX_WORKERS = 256;

/**
 * `evaluate --ndjson <file|-> [--as-of <date|instant>] [--workers N] [--flat | --parquet out.parquet]
 * [--max-input-bytes N]`: the arguments checked here, the run streamed by `runNdjson`.
 */
function ndjsonCommand(values: { readonly [key: string]: string | boolean | undefined }, positionals: readonly string[]): CommandResult {
  const path = positionals[0];
  if (path === undefined) throw new UsageError('missing <cases.ndjson>; expected the path of an NDJSON file (one case file or { "id", "caseFile", "asOf" } per line), or - for standard input');
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${quote(positionals[1] ?? '')}; expected one NDJSON file`);
  for (const flag of ['json', 'ics'] as const) {
    if (values[flag] === true) throw new UsageError(`--ndjson and --${flag} given together; expected --ndjson alone (it writes one JSON result per line)`);
  }
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined) toJapanDate(asOf);
  const given = values['workers'] as string | undefined;
  const workers = given === undefined ? null : /^[1-9]\d{0,2}$/.test(given) && Number(given) <= MAX_WORKERS ? Number(given) : Number.NaN;
  if (Number.isNaN(workers)) throw new UsageError(`invalid --workers ${quote(given ?? '')}; expected a whole number of worker threads from 1 to ${MAX_WORKERS}`);
  const parquet = (values['parquet'] as string | undefined) ?? null;
  if (parquet === '') throw new UsageError('invalid --parquet ""; expected the path of the Parquet file to write');
  const flat = values['flat'] === true;
  if (flat && parquet !== null) throw new UsageError('--flat and --parquet given together; expected one of them (--parquet writes the flat rows to the file)');
  const options = { path, name: path === '-' ? STDIN_NAME : path, asOf, maxLineBytes: maxInputBytes(values['max-input-bytes'] as string | undefined), workers, parquet, flat };
  return { code: 0, stream: (io) => runNdjson(options, io) };
}

/** The text of a case file, read through `io` within `limit` bytes and decoded. */
function readCaseText(io: Io, path: string, name: string, limit: number): string {
  const bytes = io.readFile(path, limit);
  if (bytes.length > limit) throw tooLarge(name, null, limit);
  return decodeCaseText(bytes, name);
}

/** `JSON.parse(text)`, a parse error becoming one usage-error line naming the file. */
function parseCase(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${quote(name)} is not valid JSON (${reason}); expected a case file { "service": …, "events": […] }`);
  }
}

/**
 * Evaluates the text of a case file; shared by `evaluate` and `demo`. `ics`: the iCalendar
 * export instead of the report. A case file with problems gets at most
 * {@link MAX_LISTED_PROBLEMS} lines on stderr, each bounded, then a count of the rest.
 */
export function evaluateText(text: string, name: string, asOf: string, json: boolean, ics = false): CommandResult {
  return evaluateData(parseCase(text, name), name, asOf, json, ics);
}

/** Evaluates a parsed case file (see {@link evaluateText}). */
function evaluateData(data: unknown, name: string, asOf: string, json: boolean, ics: boolean): CommandResult {
  let result: Evaluation;
  try {
    result = evaluateCase(data, { asOf });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return { code: 2, stderr: problemLines(name, error.issues) };
  }
  if (ics) return { code: 0, stdout: toICalendar(result) };
  return { code: 0, stdout: json ? jsonText(result) : formatEvaluation(result) };
}

/** A problem of a case file, as the library reports it (the last may sum up those it left out). */
interface Problem {
  readonly pathText: string;
  readonly message: string;
  readonly code?: string;
  readonly omitted?: unknown;
}

/**
 * The lines of a refused case file: the first {@link MAX_LISTED_PROBLEMS} problems, then
 * `… and K more problems (N in all)`. The library may already have cut a long list, ending it
 * with a `too_many_issues` issue that counts the problems it left out: those count here too.
 */
export function problemLines(name: string, issues: readonly Problem[]): string {
  const last = issues.at(-1);
  const summed = last?.code === 'too_many_issues' ? last : undefined;
  const listed = summed === undefined ? issues : issues.slice(0, -1);
  const left = typeof summed?.omitted === 'number' && Number.isSafeInteger(summed.omitted) ? summed.omitted : 0;
  const shown = listed.slice(0, MAX_LISTED_PROBLEMS);
  const lines = shown.map((issue) => errorLine(`${name}: ${issue.pathText}: ${issue.message}`));
  const rest = listed.length - shown.length + left;
  if (rest > 0) lines.push(errorLine(`${name}: … and ${rest} more problem${rest === 1 ? '' : 's'} (${shown.length + rest} in all)`));
  else if (summed !== undefined) lines.push(errorLine(`${name}: ${summed.pathText}: ${summed.message}`));
  return lines.join('');
}
