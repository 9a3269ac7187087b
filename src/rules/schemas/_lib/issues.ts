/**
 * Turning zod issues into {@link InputIssue}s a person can act on.
 *
 * @internal
 * @module
 */
import { quote } from '../../../_lib/text.js';
import type * as z from 'zod';
import { describe } from '../../../errors.js';
import type { InputIssue } from '../inputIssue.js';
import type { IssueParams } from './field.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** The citation `cite()` ends messages with: ` (see 10.1(2)).` */
const CITATION = /\(see ((?:[^()]|\([^()]*\))+)\)\.$/;

/**
 * The JSON path of an issue, `$.events[3].at`; keys that are not identifiers are quoted,
 * `$.documents["8.1(1)"]`.
 *
 * @internal
 */
export function pathText(path: readonly (string | number)[]): string {
  let text = '$';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += `.${segment}`;
    else text += `[${quote(segment)}]`;
  }
  return text;
}

/** The first five of `keys`, quoted, then how many more. @internal */
export function quoteSome(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map(quote).join(', ');
  return keys.length > 5 ? `${shown} and ${keys.length - 5} more` : shown;
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');
}

/**
 * Fallback messages for schemas that do not word their own (a per-parse error map: zod uses it
 * only where the schema gives no message).
 *
 * @internal
 */
export function fallbackMessage(issue: z.core.$ZodRawIssue): string {
  const got = describe(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `Missing: expected ${issue.expected}.` : `Expected ${issue.expected}, but it is ${got}.`;
    case 'invalid_value':
      return `Expected one of ${quoteAll(issue.values)}, but it is ${got}.`;
    case 'unrecognized_keys':
      return `Unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${quoteSome(issue.keys)}: not part of this record.`;
    case 'invalid_union':
      return `It matches none of the allowed forms, but it is ${got}.`;
    case 'too_small':
      return `Too small: expected at least ${String(issue.minimum)}, but it is ${got}.`;
    case 'too_big':
      return `Too big: expected at most ${String(issue.maximum)}, but it is ${got}.`;
    case 'invalid_format':
      return `Expected the format ${issue.format}, but it is ${got}.`;
    default:
      return `Invalid value ${got}.`;
  }
}

function expectedOf(issue: z.core.$ZodIssue, p: IssueParams | undefined): string | undefined {
  if (p !== undefined) return p.expected;
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') return `one of ${quoteAll(issue.values)}`;
  return undefined;
}

/**
 * Converts one zod issue.
 *
 * @internal
 */
export function toInputIssue(issue: z.core.$ZodIssue): InputIssue {
  const path = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  const p = issue.code === 'custom' ? (issue.params as IssueParams | undefined) : undefined;
  const raw = issue as { input?: unknown };
  const expected = expectedOf(issue, p);
  const interpretation = (p as { interpretation?: string } | undefined)?.interpretation;
  const clause = p?.clause ?? CITATION.exec(issue.message)?.[1];
  return {
    path,
    pathText: pathText(path),
    message: issue.message,
    code: p?.code ?? issue.code,
    ...(expected === undefined ? {} : { expected }),
    ...('input' in raw ? { received: describe(raw.input) } : {}),
    ...(clause === undefined ? {} : { clause }),
    ...(interpretation === undefined ? {} : { interpretation }),
  };
}
