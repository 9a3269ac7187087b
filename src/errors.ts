/**
 * Errors raised by ismap-liu. Every error is an {@link IsmapLiuError} with a stable `code`,
 * the offending `value`, what was `expected`, and, where a rule is involved, the `clause`.
 *
 * Business outcomes (an application that is not accepted, a refused event) are returned as data;
 * these errors are for input the library cannot work with.
 *
 * Whatever value an error is given, making it and its message never throws and never calls the
 * caller's code, the message is bounded and printable, and `toJSON()` is JSON-serializable.
 *
 * @module
 */
import { brandAs, hasErrorKind, ownData } from './_lib/brand.js';
import { bounded, describe, inline, jsonValue, textOf, timeOf } from './_lib/describe.js';

export { brandAs, describe, hasErrorKind, inline, timeOf };

/** The longest message an error keeps; a longer one is cut (a safety net: parts are bounded). */
const MAX_MESSAGE_LENGTH = 4000;
/** Strings kept as `value` are cut to this many characters. */
const MAX_VALUE_LENGTH = 80;

/** The stable machine-readable codes of {@link IsmapLiuError}. */
export type IsmapLiuErrorCode =
  | 'invalid_date'
  | 'date_out_of_range'
  | 'invalid_argument'
  | 'unknown_clause'
  | 'unknown_form'
  | 'provision_not_in_force'
  | 'validation_failed'
  | 'invalid_snapshot'
  | 'basis_mismatch'
  | 'journal_conflict'
  | 'invalid_journal';

/** Options shared by every {@link IsmapLiuError}. */
export interface IsmapLiuErrorOptions {
  /** The value that was refused, as received (strings longer than 80 characters are cut). */
  readonly value?: unknown;
  /** A short description of the form that was expected. */
  readonly expected?: string;
  /** The clause (or statute) that makes the value wrong, where there is one. */
  readonly clause?: string;
}

/** `options[key]` when it is an own data property of a record; never runs a getter, never throws. */
function readField(options: unknown, key: 'value' | 'expected' | 'clause'): unknown {
  try {
    return typeof options === 'object' && options !== null ? ownData(options, key) : undefined;
  } catch {
    return undefined; // a revoked Proxy
  }
}

/**
 * Base class of every error thrown by ismap-liu.
 *
 * Recognise one with {@link isIsmapLiuError} rather than `instanceof`: the package's ESM and
 * CommonJS builds each have their own copy of the class, and an error from the other build is
 * not an `instanceof` this one. Every error carries a brand under the registered symbol
 * `Symbol.for('ismap-liu.error')` (non-enumerable, so not in JSON:
 * `{ version: 1, code, kinds: ['IsmapLiuError', …subclasses] }`), which the guards of both
 * builds read.
 *
 * `value` is the caller's value itself, not a copy (a string longer than 80 characters is cut to
 * its first 77 and `...`): useful when debugging, and never read by the library. The message and
 * `toJSON()` name it through a description that calls none of its code (a Proxy, a getter, a
 * throwing `toString` are never run) and is at most a few hundred characters; the message is
 * cut at 4,000 characters and control and bidirectional characters are escaped as `\uXXXX`.
 *
 * @example
 * ```ts
 * try {
 *   addGovernmentBusinessDays('2024-02-30', 3);
 * } catch (error) {
 *   if (isIsmapLiuError(error)) error.code; //=> 'invalid_date'
 * }
 * ```
 */
export class IsmapLiuError extends Error {
  /** A stable machine-readable code. */
  readonly code: IsmapLiuErrorCode;
  /** The refused value: the caller's own (strings longer than 80 characters are cut). */
  readonly value: unknown;
  /** What was expected instead. */
  readonly expected: string | undefined;
  /** The clause behind the refusal, if any. */
  readonly clause: string | undefined;

  /**
   * @param code - the stable error code
   * @param message - a sentence a person can act on
   * @param options - the value, what was expected and the clause
   */
  constructor(code: IsmapLiuErrorCode, message: string, options: IsmapLiuErrorOptions = {}) {
    super(typeof message === 'string' ? bounded(message, MAX_MESSAGE_LENGTH, true) : describe(message));
    this.name = 'IsmapLiuError';
    this.code = inline(code) as IsmapLiuErrorCode;
    const given = readField(options, 'value');
    this.value = shorten(given);
    this.expected = field(readField(options, 'expected'));
    this.clause = field(readField(options, 'clause'));
    brandAs(this, 'IsmapLiuError');
  }

  /**
   * A plain JSON-serializable view of the error.
   *
   * @returns `{ name, code, message, value, expected, clause }`
   * @example
   * ```ts
   * new InvalidDateError('x', 'a YYYY-MM-DD date').toJSON().code; //=> 'invalid_date'
   * ```
   */
  toJSON(): Record<string, unknown> {
    return {
      name: textOf(this.name),
      code: textOf(this.code),
      message: textOf(this.message),
      value: jsonValue(this.value),
      expected: this.expected === undefined ? undefined : textOf(this.expected),
      clause: this.clause === undefined ? undefined : textOf(this.clause),
    };
  }
}

/**
 * A date or instant that cannot be read: malformed, impossible (`2024-02-30`), without an offset,
 * or an invalid `Date`.
 *
 * @example
 * ```ts
 * new InvalidDateError('2024-13-01', 'a YYYY-MM-DD date').code; //=> 'invalid_date'
 * ```
 */
export class InvalidDateError extends IsmapLiuError {
  /**
   * @param value - the refused input
   * @param expected - the form that was expected
   * @param reason - optional detail appended to the message
   */
  constructor(value: unknown, expected: string, reason?: string) {
    super('invalid_date', `Invalid date ${describe(value)}: expected ${inline(expected)}${reason ? ` (${inline(reason)})` : ''}.`, {
      value,
      expected,
    });
    this.name = 'InvalidDateError';
    brandAs(this, 'InvalidDateError');
  }
}

/**
 * A valid date outside the supported range 2000-01-01 … 2099-12-31 (行政機関の休日に関する法律 1).
 *
 * @example
 * ```ts
 * new DateOutOfRangeError('1999-12-31').code; //=> 'date_out_of_range'
 * ```
 */
export class DateOutOfRangeError extends IsmapLiuError {
  /**
   * @param value - the refused date (or the input whose result leaves the range)
   * @param result - when the input is in range but the result is not: what was computed
   */
  constructor(value: unknown, result?: string) {
    super(
      'date_out_of_range',
      result === undefined
        ? `Date ${describe(value)} is outside the supported range 2000-01-01 … 2099-12-31 of the government calendar.`
        : `From ${describe(value)}, ${inline(result)} falls outside the supported range 2000-01-01 … 2099-12-31 of the government calendar.`,
      { value, expected: 'a date from 2000-01-01 to 2099-12-31', clause: '行政機関の休日に関する法律 1' },
    );
    this.name = 'DateOutOfRangeError';
    brandAs(this, 'DateOutOfRangeError');
  }
}

/**
 * An argument of the wrong type or shape (a non-integer count, an unknown option).
 *
 * @example
 * ```ts
 * new InvalidArgumentError('n', 1.5, 'an integer').code; //=> 'invalid_argument'
 * ```
 */
export class InvalidArgumentError extends IsmapLiuError {
  /** The name of the argument or option. */
  readonly argument: string;
  /**
   * @param argument - the argument's name
   * @param value - the refused value
   * @param expected - what was expected
   * @param clause - the clause involved, if any
   */
  constructor(argument: string, value: unknown, expected: string, clause?: string) {
    super('invalid_argument', `Invalid ${inline(argument)} ${describe(value)}: expected ${inline(expected)}.`, {
      value,
      expected,
      ...(clause === undefined ? {} : { clause }),
    });
    this.name = 'InvalidArgumentError';
    this.argument = inline(argument);
    brandAs(this, 'InvalidArgumentError');
  }
}

/**
 * A rule was asked about a case its provision does not govern, e.g. the 13.2 urgent-report
 * period for an incident recognized before 2024-01-04, when the revised 13.1–13.7 and 18.2(6)
 * came into force (Supplementary Provisions of 2023-11-10, interpretation I6).
 *
 * @example
 * ```ts
 * new ProvisionNotInForceError('13.2', '2024-01-03', '2024-01-04', 'Supplementary Provisions (2023-11-10)').code;
 * //=> 'provision_not_in_force'
 * ```
 */
export class ProvisionNotInForceError extends IsmapLiuError {
  /** The first date the provision applies to. */
  readonly inForceFrom: string;
  /**
   * @param clause - the clause asked about
   * @param value - the date that falls outside the provision
   * @param inForceFrom - the first date the provision governs
   * @param source - the supplementary provisions that set it
   */
  constructor(clause: string, value: string, inForceFrom: string, source: string) {
    super(
      'provision_not_in_force',
      `Clause ${inline(clause)} does not apply to ${describe(value)}: it governs cases from ${inline(inForceFrom)} (${inline(source)}).`,
      { value, expected: `a date on or after ${inline(inForceFrom)}`, clause: `${inline(clause)}; ${inline(source)}` },
    );
    this.name = 'ProvisionNotInForceError';
    this.inForceFrom = inline(inForceFrom);
    brandAs(this, 'ProvisionNotInForceError');
  }
}

/**
 * Is `error` one of the library's errors, from either build of the package (ESM or CommonJS)?
 *
 * It reads the brand under `Symbol.for('ismap-liu.error')` (see {@link IsmapLiuError}): an
 * object parsed from JSON is never one, and neither is an error whose brand has a format
 * version this copy of the library cannot read. Never throws, whatever `error` is.
 *
 * @param error - anything caught
 * @returns `true` for an {@link IsmapLiuError} (including subclasses)
 * @example
 * ```ts
 * isIsmapLiuError(new InvalidDateError('x', 'a date')); //=> true
 * isIsmapLiuError(new Error('x')); //=> false
 * isIsmapLiuError(JSON.parse(JSON.stringify(new InvalidDateError('x', 'a date')))); //=> false
 * ```
 */
export function isIsmapLiuError(error: unknown): error is IsmapLiuError {
  return hasErrorKind(error, 'IsmapLiuError');
}

function shorten(value: unknown): unknown {
  return typeof value === 'string' && value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 3)}...` : value;
}

/** An `expected` or `clause` text: as {@link inline}, `undefined` kept. */
function field(text: unknown): string | undefined {
  return text === undefined ? undefined : inline(text);
}
