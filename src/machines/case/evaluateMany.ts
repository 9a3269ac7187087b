/**
 * `evaluateMany`: a population of case files in, one result per case out, in order; a case the
 * library cannot use becomes an error result instead of stopping the run.
 *
 * @module
 */
import { isRecord, readOptions } from '../../_lib/args.js';
import { asyncEntries, iterableKind, syncEntries } from '../_lib/entries.js';
import { InvalidArgumentError, isIsmapLiuError } from '../../errors.js';
import { officialContext } from '../../calendar/_lib/official.js';
import { checkPin, type BasisPin } from '../../rules/basis/index.js';
import { evaluateCase, type Evaluation } from './evaluate.js';
import { PopulationTally, type PopulationSummary } from './populationSummary.js';
import { asOfStamp } from './view.js';

/** One case of a population with its own id and as-of instant; see {@link evaluateMany}. */
export interface CaseItem {
  /** The case's id, echoed in its result: a string of 1 to 256 characters or a safe integer. */
  readonly id?: string | number | undefined;
  /** The case file `{ service, events }`. */
  readonly caseFile: unknown;
  /** When to evaluate this case; `options.asOf` when absent. */
  readonly asOf?: string | Date | undefined;
}

/** Options of {@link evaluateMany}. */
export interface EvaluateManyOptions {
  /** When to evaluate every case that has no `asOf` of its own. */
  readonly asOf?: string | Date | undefined;
  /** A basis every answer must honour (see {@link EvaluateOptions}`.basis`). */
  readonly basis?: BasisPin | undefined;
}

/** A library error as data: what `IsmapLiuError.toJSON()` gives. */
export interface ErrorData {
  /** The error class, e.g. `'ValidationError'`. */
  readonly name: string;
  /** Its stable code, e.g. `'validation_failed'`. */
  readonly code: string;
  /** The message. */
  readonly message: string;
  /** The refused value, described. */
  readonly value: string | number | boolean | null;
  /** What was expected. */
  readonly expected?: string | undefined;
  /** The clause behind the refusal. */
  readonly clause?: string | undefined;
  /** For a `ValidationError`: every problem with its JSON path. */
  readonly issues?: readonly Readonly<Record<string, unknown>>[] | undefined;
}

/** A case that was evaluated. */
export interface ManyEvaluated {
  /** The position of the case in the input (0-based). */
  readonly index: number;
  /** The case's id, `null` when it had none. */
  readonly id: string | number | null;
  /** Always `true`. */
  readonly ok: true;
  /** What {@link evaluateCase} answers. */
  readonly evaluation: Evaluation;
}

/** A case the library could not evaluate: its error, as data. */
export interface ManyFailed {
  /** The position of the case in the input (0-based). */
  readonly index: number;
  /** The case's id, `null` when it had none or it was unusable. */
  readonly id: string | number | null;
  /** Always `false`. */
  readonly ok: false;
  /** The library error, as its `toJSON()`. */
  readonly error: ErrorData;
}

/** The result of one case of {@link evaluateMany}. */
export type ManyResult = ManyEvaluated | ManyFailed;

/** The results of {@link evaluateMany} over a (sync) iterable, with the summary so far. */
export type ManyRun = Generator<ManyResult, PopulationSummary, undefined> & {
  /** The counts of the results yielded so far (of all of them once the run is done). */
  readonly summary: PopulationSummary;
};
/** The results of {@link evaluateMany} over an async iterable, with the summary so far. */
export type AsyncManyRun = AsyncGenerator<ManyResult, PopulationSummary, undefined> & {
  /** The counts of the results yielded so far (of all of them once the run is done). */
  readonly summary: PopulationSummary;
};

/** The checked options of a run. @internal */
export interface ManyDefaults {
  readonly asOf: string | Date | undefined;
  readonly basis: BasisPin | undefined;
}

const ITEM_KEYS = ['id', 'caseFile', 'asOf'] as const;
const MAX_ID_LENGTH = 256;

/** `value` as a case id, or an {@link InvalidArgumentError}. */
function readId(value: unknown, index: number): string | number | null {
  if (value === undefined) return null;
  if ((typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH) || Number.isSafeInteger(value)) return value as string | number;
  throw new InvalidArgumentError(`id (case ${index})`, value, `a string of 1 to ${MAX_ID_LENGTH} characters or a safe integer`);
}

/**
 * Evaluates one entry of a population: a case file, or a {@link CaseItem} (a record with an own
 * `caseFile`). A library error becomes a {@link ManyFailed}; any other exception propagates.
 *
 * @internal
 */
export function evaluateEntry(entry: unknown, index: number, defaults: ManyDefaults): ManyResult {
  let id: string | number | null = null;
  try {
    let caseFile = entry;
    let asOf = defaults.asOf;
    if (isRecord(entry) && Object.prototype.hasOwnProperty.call(entry, 'caseFile')) {
      const item = readOptions(entry, `case ${index}`, ITEM_KEYS);
      id = readId(item.id, index);
      caseFile = item.caseFile;
      if (item.asOf !== undefined) asOf = item.asOf as string | Date;
    }
    if (asOf === undefined) throw new InvalidArgumentError(`asOf (case ${index})`, undefined, 'a YYYY-MM-DD date or an instant with offset, given per case or as options.asOf');
    const evaluation = evaluateCase(caseFile, defaults.basis === undefined ? { asOf } : { asOf, basis: defaults.basis });
    return { index, id, ok: true, evaluation };
  } catch (error) {
    if (!isIsmapLiuError(error)) throw error;
    return { index, id, ok: false, error: error.toJSON() as unknown as ErrorData };
  }
}

/**
 * The options of a run, checked once before any case: a bad `asOf` or a basis this library
 * cannot honour is the caller's mistake, not a case's.
 *
 * @internal
 */
export function readManyOptions(options: unknown): ManyDefaults {
  const read = readOptions(options, 'options of evaluateMany', ['asOf', 'basis']);
  const asOf = read.asOf as string | Date | undefined;
  if (asOf !== undefined) asOfStamp(asOf);
  const basis = read.basis === undefined ? undefined : checkPin(read.basis, officialContext().basis);
  return { asOf, basis };
}

/** `run` with a `summary` getter reading `tally`. */
function withSummary<T extends object>(run: T, tally: PopulationTally): T & { readonly summary: PopulationSummary } {
  return Object.defineProperty(run, 'summary', { get: () => tally.summary(), enumerable: false }) as T & { readonly summary: PopulationSummary };
}

/**
 * Evaluates a population of cases, one after the other, as {@link evaluateCase} would each:
 * results come out in input order as `{ index, id, ok: true, evaluation }`, or, for a case the
 * library cannot use (a bad case file, a bad `asOf`, a basis it cannot honour), as
 * `{ index, id, ok: false, error }` with the typed error's `toJSON()`: one bad case never stops
 * the run. Exceptions that are not the library's (an iterable that throws, a Proxy trap) pass
 * through.
 *
 * Each entry is a case file `{ service, events }`, or an item `{ id?, caseFile, asOf? }` (any
 * record with an own `caseFile`); an item's `asOf` wins over `options.asOf`. The run is lazy and
 * keeps nothing but counts, so a population of millions streams in constant memory: pass an
 * array or any iterable for a synchronous generator, an async iterable (a file's lines, a
 * database cursor) for an async one. Its `summary` (also the generator's return value) counts
 * the cases so far by list status and procedure state, overdue obligations by clause, refused
 * events and errors by code; {@link summarizeResults} does the same for stored results. Pure.
 *
 * @param cases - an iterable or async iterable of case files or {@link CaseItem}s
 * @param options - `asOf`: the default as-of instant; `basis`: a {@link BasisPin} every answer must honour
 * @returns a generator of {@link ManyResult}s (async for an async iterable) with a `summary` getter
 * @throws {@link InvalidArgumentError} at once when `cases` is not iterable or `options` is not `{ asOf?, basis? }`
 * @throws {@link ValidationError} at once for a malformed `options.asOf` or basis
 * @throws {@link BasisMismatchError} at once when the basis names another rules revision, calendar or holiday data
 * @example
 * ```ts
 * const kintai = { service: { name: 'Kintai Cloud' }, events: [] };
 * const run = evaluateMany([kintai, { id: 'B-2', caseFile: { service: {} }, asOf: '2025-01-10' }], { asOf: '2025-03-01' });
 * [...run].map((r) => [r.index, r.id, r.ok]); //=> [[0, null, true], [1, 'B-2', false]]
 * run.summary.errorsByCode; //=> { validation_failed: 1 }
 * run.summary.listStatus.unregistered; //=> 1
 * ```
 */
export function evaluateMany(cases: Iterable<unknown>, options?: EvaluateManyOptions): ManyRun;
/**
 * {@link evaluateMany} over an async iterable (the parsed lines of a file, a database cursor, a
 * stream): the same results in the same order, from an async generator that reads one case at a
 * time.
 *
 * @param cases - an async iterable of case files or {@link CaseItem}s
 * @param options - `asOf`: the default as-of instant; `basis`: a {@link BasisPin} every answer must honour
 * @returns an async generator of {@link ManyResult}s with a `summary` getter
 * @throws {@link InvalidArgumentError} at once when `options` is not `{ asOf?, basis? }`
 * @throws {@link ValidationError} at once for a malformed `options.asOf` or basis
 * @throws {@link BasisMismatchError} at once when the basis names another rules revision, calendar or holiday data
 * @example
 * ```ts
 * const kintai = { service: { name: 'Kintai Cloud' }, events: [] };
 * async function* cursor() {
 *   yield { id: 'A-1', caseFile: kintai };
 *   yield { id: 'A-2', caseFile: kintai, asOf: '2025-03-01T10:00' };
 * }
 * const seen = [];
 * for await (const r of evaluateMany(cursor(), { asOf: '2025-03-01' })) seen.push(r.ok ? r.id : r.error.code);
 * seen; //=> ['A-1', 'validation_failed'] (an instant without offset is refused)
 * ```
 */
export function evaluateMany(cases: AsyncIterable<unknown>, options?: EvaluateManyOptions): AsyncManyRun;
/**
 * {@link evaluateMany} over a value typed as either kind of iterable: an async generator when it
 * is async iterable, a synchronous one otherwise.
 *
 * @param cases - an iterable or async iterable of case files or {@link CaseItem}s
 * @param options - `asOf`: the default as-of instant; `basis`: a {@link BasisPin} every answer must honour
 * @returns a generator of {@link ManyResult}s with a `summary` getter
 * @throws {@link InvalidArgumentError} at once when `cases` is not iterable or `options` is not `{ asOf?, basis? }`
 * @throws {@link ValidationError} at once for a malformed `options.asOf` or basis
 * @throws {@link BasisMismatchError} at once when the basis names another rules revision, calendar or holiday data
 * @example
 * ```ts
 * const source: Iterable<unknown> | AsyncIterable<unknown> = [{ service: { name: 'Kintai Cloud' }, events: [] }];
 * const run = evaluateMany(source, { asOf: '2025-03-01' });
 * Symbol.asyncIterator in run; //=> false
 * ```
 */
export function evaluateMany(cases: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateManyOptions): ManyRun | AsyncManyRun;
export function evaluateMany(cases: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateManyOptions): ManyRun | AsyncManyRun {
  const defaults = readManyOptions(options);
  const kind = iterableKind(cases);
  const argument = 'cases of evaluateMany';
  if (kind === null || typeof cases === 'string') throw new InvalidArgumentError(argument, cases, 'an iterable or async iterable of case files or { id?, caseFile, asOf? } items');
  const source = cases as object;
  const tally = new PopulationTally();
  if (kind === 'async') {
    return withSummary(
      (async function* run() {
        let index = 0;
        for await (const entry of asyncEntries(source, argument)) yield tally.add(evaluateEntry(entry, index++, defaults));
        return tally.summary();
      })(),
      tally,
    );
  }
  return withSummary(
    (function* run() {
      let index = 0;
      for (const entry of syncEntries(source, argument)) yield tally.add(evaluateEntry(entry, index++, defaults));
      return tally.summary();
    })(),
    tally,
  );
}
