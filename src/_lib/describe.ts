/**
 * How errors name the values they refuse: in a message (`describe`) and in JSON (`jsonValue`,
 * `jsonIssues`). Whatever the value — a Proxy whose traps throw, a revoked Proxy, an object
 * with a throwing `toString` or getters, a BigInt, a Symbol, a 10 MB string — these never
 * throw, never call the caller's code (no `toString`, `valueOf`, getter or `Symbol.toStringTag`
 * is read) and return bounded, printable text.
 *
 * @internal
 * @module
 */
import { ownData } from './brand.js';
import { printable, quote, truncate } from './text.js';

/** The longest text part of a message (a name, an expected form, a clause), see {@link inline}. */
const MAX_FIELD_LENGTH = 400;
/** The most digits of a BigInt shown in a message; a longer one is named by its length. */
const MAX_BIGINT_DIGITS = 40;
/** The longest Symbol description shown in a message. */
const MAX_SYMBOL_DESCRIPTION = 40;

/**
 * Describes a value for an error message: a string quoted (cut at 80 characters, control and
 * bidirectional characters escaped), a number, boolean, `null`, `undefined` or BigInt (`12n`)
 * as itself, a `Date` as `Date(<ISO instant>)` or `Invalid Date`, a Symbol as `Symbol(<desc>)`,
 * anything else by its type (`an array`, `an object`, `a function`, `a revoked Proxy`).
 *
 * @param value - anything
 * @returns at most a few hundred characters of printable text
 * @internal
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint': {
      const digits = String(value);
      return digits.length > MAX_BIGINT_DIGITS ? `a BigInt of ${digits.replace('-', '').length} digits` : `${digits}n`;
    }
    case 'symbol':
      return describeSymbol(value);
    case 'function':
      return 'a function';
    default:
      return describeObject(value as object | null);
  }
}

function describeSymbol(value: symbol): string {
  let description: unknown;
  try {
    description = value.description;
  } catch {
    description = undefined;
  }
  return typeof description === 'string' ? `Symbol(${printable(truncate(description, MAX_SYMBOL_DESCRIPTION))})` : 'Symbol()';
}

function describeObject(value: object | null): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    return 'a revoked Proxy'; // the only value on which Array.isArray throws
  }
  if (!isRealDate(value)) return 'an object';
  const time = timeOf(value as Date);
  return Number.isNaN(time) ? 'Invalid Date' : `Date(${new Date(time).toISOString()})`;
}

/**
 * The time value of a `Date`, or `NaN` for an invalid one or for anything that only pretends
 * to be one (a Proxy of a Date, an object with `Date.prototype` as prototype). Calls no user
 * code: `Date.prototype.getTime` reads the internal slot of a real `Date` and throws on
 * anything else.
 *
 * @param value - anything
 * @returns the milliseconds since the epoch, or `NaN`
 * @internal
 */
export function timeOf(value: Date): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}

/** Is `value` a real `Date` (with the internal slot), valid or not? Calls no user code. */
/**
 * Is `value` a real `Date` (of any realm)? Never runs caller code and never throws.
 *
 * @internal
 */
export function isRealDate(value: unknown): value is Date {
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * `value` as it can go into JSON: a string, finite number, boolean or `null` as itself, a valid
 * `Date` as its ISO instant, anything else as {@link describe} says (so a BigInt or a Symbol
 * becomes a string and `JSON.stringify` never throws).
 *
 * @param value - anything
 * @returns a JSON value
 * @internal
 */
export function jsonValue(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  // The value as shown (strings are already cut): characters a terminal acts on are escaped,
  // as in the message, since a JSON error is often printed.
  if (typeof value === 'string') return printable(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : describe(value);
  if (isRealDate(value)) {
    const time = timeOf(value as Date);
    return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
  }
  return describe(value);
}

/**
 * A string field for a message or JSON: a string as itself, anything else (from an untyped
 * caller) as {@link describe} says.
 *
 * @param value - the field
 * @returns a string
 * @internal
 */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : describe(value);
}

/**
 * A text part of a message other than the refused value (an argument's name, an expected form,
 * a clause): cut at 400 characters, control characters (line breaks included) escaped, and a
 * non-string from an untyped caller described instead of converted.
 *
 * @param text - the part
 * @returns printable text on one line
 * @internal
 */
export function inline(text: unknown): string {
  return bounded(textOf(text), MAX_FIELD_LENGTH, false);
}

/**
 * `text` with unsafe characters escaped (see `printable`), then cut to at most `max`
 * characters (with `…` and the original length). Only the first `max` characters are read, so
 * a 10 MB string costs no more than a short one.
 *
 * @param text - any string
 * @param max - the longest result, before the `… (N characters)` suffix
 * @param keepLines - keep line feeds and tabs (a message that lists things on lines)
 * @returns printable text
 * @internal
 */
export function bounded(text: string, max: number, keepLines: boolean): string {
  let head = text.slice(0, max);
  const last = head.charCodeAt(head.length - 1);
  if (text.length > max && last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
  const escaped = printable(head, keepLines);
  if (text.length <= max && escaped.length <= max) return escaped;
  let end = Math.min(escaped.length, max - 1);
  const escape = escaped.lastIndexOf('\\u', end);
  if (escape >= 0 && escape > end - 6) end = escape; // do not cut a \uXXXX in two
  const code = escaped.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${escaped.slice(0, end)}… (${text.length} characters)`;
}

/** The longest text of an issue's field kept in JSON (the library's own are far shorter). */
const MAX_ISSUE_TEXT = 1000;
/** The fields of an input issue copied into JSON, in their documented order. */
const ISSUE_TEXT_FIELDS = ['pathText', 'message', 'code', 'expected', 'received', 'clause', 'interpretation'] as const;

/**
 * Input issues as plain JSON: for each issue its `path` (string and number keys) and its string
 * fields (cut at 1,000 characters), read as own data properties (no getter is called; anything
 * else is left out).
 *
 * @param issues - the issues an error holds
 * @returns JSON-serializable copies
 * @internal
 */
export function jsonIssues(issues: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  try {
    for (const issue of ownElements(issues)) {
      if (typeof issue !== 'object' || issue === null) continue;
      const path = ownElements(ownData(issue, 'path'))
        .filter((key) => typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key)))
        .map((key) => (typeof key === 'string' ? truncate(key, MAX_ISSUE_TEXT) : key));
      const copy: Record<string, unknown> = { path };
      for (const field of ISSUE_TEXT_FIELDS) {
        const text = ownData(issue, field);
        if (typeof text === 'string') copy[field] = truncate(text, MAX_ISSUE_TEXT);
      }
      const omitted = ownData(issue, 'omitted');
      if (typeof omitted === 'number' && Number.isSafeInteger(omitted) && omitted >= 0) copy['omitted'] = omitted;
      out.push(copy);
    }
  } catch {
    // a Proxy whose traps throw: the issues read so far
  }
  return out;
}

/** The most elements {@link ownElements} reads (a sparse array may claim 2³² − 1). */
const MAX_ELEMENTS = 1_000_000;

/** The elements of an array read as own data properties (holes and accessors as `undefined`). */
function ownElements(array: unknown): unknown[] {
  if (!Array.isArray(array)) return [];
  const length = ownData(array, 'length');
  const count = typeof length === 'number' ? Math.min(length, MAX_ELEMENTS) : 0;
  const out: unknown[] = [];
  for (let i = 0; i < count; i += 1) out.push(ownData(array, String(i)));
  return out;
}
