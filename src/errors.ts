/**
 * Errors raised by ismap-liu. Every error is an {@link IsmapLiuError} with a stable `code`,
 * the offending `value`, what was `expected`, and, where a rule is involved, the `clause`.
 *
 * Business outcomes (an application that is not accepted, a refused event) are returned as data;
 * these errors are for input the library cannot work with.
 *
 * @module
 */

/** The stable machine-readable codes of {@link IsmapLiuError}. */
export type IsmapLiuErrorCode =
  | 'invalid_date'
  | 'date_out_of_range'
  | 'invalid_argument'
  | 'unknown_clause'
  | 'unknown_form'
  | 'provision_not_in_force'
  | 'validation_failed'
  | 'invalid_snapshot';

/** Options shared by every {@link IsmapLiuError}. */
export interface IsmapLiuErrorOptions {
  /** The value that was refused, as received (strings longer than 80 characters are cut). */
  readonly value?: unknown;
  /** A short description of the form that was expected. */
  readonly expected?: string;
  /** The clause (or statute) that makes the value wrong, where there is one. */
  readonly clause?: string;
}

/**
 * Base class of every error thrown by ismap-liu.
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
  /** The refused value (long strings are shortened). */
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
    super(message);
    this.name = 'IsmapLiuError';
    this.code = code;
    this.value = shorten(options.value);
    this.expected = options.expected;
    this.clause = options.clause;
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
      name: this.name,
      code: this.code,
      message: this.message,
      value: jsonSafe(this.value),
      expected: this.expected,
      clause: this.clause,
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
    super('invalid_date', `Invalid date ${describe(value)}: expected ${expected}${reason ? ` (${reason})` : ''}.`, {
      value,
      expected,
    });
    this.name = 'InvalidDateError';
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
        : `From ${describe(value)}, ${result} falls outside the supported range 2000-01-01 … 2099-12-31 of the government calendar.`,
      { value, expected: 'a date from 2000-01-01 to 2099-12-31', clause: '行政機関の休日に関する法律 1' },
    );
    this.name = 'DateOutOfRangeError';
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
    super('invalid_argument', `Invalid ${argument} ${describe(value)}: expected ${expected}.`, {
      value,
      expected,
      ...(clause === undefined ? {} : { clause }),
    });
    this.name = 'InvalidArgumentError';
    this.argument = argument;
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
      `Clause ${clause} does not apply to ${describe(value)}: it governs cases from ${inForceFrom} (${source}).`,
      { value, expected: `a date on or after ${inForceFrom}`, clause: `${clause}; ${source}` },
    );
    this.name = 'ProvisionNotInForceError';
    this.inForceFrom = inForceFrom;
  }
}

/**
 * Is `error` one of the library's errors?
 *
 * @param error - anything caught
 * @returns `true` for an {@link IsmapLiuError} (including subclasses)
 * @example
 * ```ts
 * isIsmapLiuError(new InvalidDateError('x', 'a date')); //=> true
 * isIsmapLiuError(new Error('x')); //=> false
 * ```
 */
export function isIsmapLiuError(error: unknown): error is IsmapLiuError {
  return error instanceof IsmapLiuError;
}

/**
 * Describes a value for an error message: strings quoted and cut at 80 characters, other
 * values by type.
 *
 * @internal
 */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const time = timeOf(value as Date);
    return Number.isNaN(time) ? 'Invalid Date' : `Date(${new Date(time).toISOString()})`;
  }
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) {
    return String(value);
  }
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

function shorten(value: unknown): unknown {
  return typeof value === 'string' && value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

function jsonSafe(value: unknown): unknown {
  if (value === undefined || value === null) return value ?? null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const time = timeOf(value);
    return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
  }
  return describe(value);
}

/**
 * The time value of a `Date`, or `NaN` for an object that only pretends to be one.
 *
 * @internal
 */
export function timeOf(value: Date): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}
