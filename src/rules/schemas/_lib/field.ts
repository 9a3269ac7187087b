/**
 * Building blocks for the schemas: fields that explain themselves when they are wrong. Every
 * message names the value, the expected form and, where there is one, the clause.
 *
 * @internal
 * @module
 */
import { quoteSome } from './issues.js';
import * as z from 'zod';
import { describe } from '../../../errors.js';
import { optionalString, readOptions } from '../../../_lib/args.js';

/**
 * What a field is, for messages: `what` in words, and the clause that asks for it.
 *
 * @example
 * ```ts
 * const schema = isoDateSchema({ what: 'the date of the Assessment Report', clause: '7.3' });
 * schema.safeParse('2024-02-30').error?.issues[0]?.message;
 * //=> 'The date of the Assessment Report "2024-02-30" cannot be used: 2024-02 has 29 days, so there is no day 30; expected a YYYY-MM-DD date from 2000-01-01 to 2099-12-31 (see 7.3).'
 * ```
 */
export interface SchemaFieldOptions {
  /** The field in words, e.g. `'the date of the Assessment Report'`. */
  readonly what?: string;
  /** The clause that asks for the field, e.g. `'7.3'`. */
  readonly clause?: string;
}

/**
 * `options` checked: a record with at most a string `what` and a string `clause`.
 *
 * @internal
 */
export function fieldOptions(options: unknown): SchemaFieldOptions {
  const { what, clause } = readOptions(options, 'options of the schema', ['what', 'clause']);
  return {
    ...(optionalString(what, 'options.what', 'a string') === undefined ? {} : { what: what as string }),
    ...(optionalString(clause, 'options.clause', 'a string') === undefined ? {} : { clause: clause as string }),
  };
}

/** ` (see 7.3)`, or nothing. @internal */
export function cite(clause: string | undefined): string {
  return clause === undefined ? '' : ` (see ${clause})`;
}

/** The first letter in upper case. @internal */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The message for a value of the wrong type or a missing value. @internal */
export function wrongType(what: string, expected: string, input: unknown, clause?: string): string {
  if (input === undefined) return `${capitalize(what)} is missing: expected ${expected}${cite(clause)}.`;
  return `${capitalize(what)} must be ${expected}, but it is ${describe(input)}${cite(clause)}.`;
}

/** The value of `params` that custom issues carry. @internal */
export interface IssueParams {
  readonly code: string;
  readonly expected: string;
  readonly clause?: string;
}

/** Parameters for a custom issue, without `clause` when there is none. @internal */
export function params(code: string, expected: string, clause: string | undefined): IssueParams {
  return clause === undefined ? { code, expected } : { code, expected, clause };
}

/**
 * A non-blank string.
 *
 * @internal
 */
export function text(options: SchemaFieldOptions = {}) {
  const what = options.what ?? 'the text';
  const expected = 'a non-empty string';
  return z
    .string({ error: (iss) => wrongType(what, expected, iss.input, options.clause) })
    .refine((value) => value.trim().length > 0, {
      error: () => `${capitalize(what)} is blank: expected ${expected}${cite(options.clause)}.`,
      params: params('blank', expected, options.clause),
    });
}

/**
 * A boolean fact, e.g. "the Application Documents are complete".
 *
 * @internal
 */
export function flag(options: SchemaFieldOptions = {}) {
  const what = options.what ?? 'the flag';
  return z.boolean({ error: (iss) => wrongType(what, 'true or false', iss.input, options.clause) });
}

/**
 * One of a fixed set of strings.
 *
 * @internal
 */
export function choice<const T extends readonly [string, ...string[]]>(values: T, options: SchemaFieldOptions = {}) {
  const what = options.what ?? 'the value';
  const expected = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return z.enum(values, { error: (iss) => wrongType(what, expected, iss.input, options.clause) });
}

/**
 * A list of items.
 *
 * @internal
 */
export function list<T extends z.ZodType>(item: T, options: SchemaFieldOptions = {}) {
  const what = options.what ?? 'the list';
  return z.array(item, { error: (iss) => wrongType(what, 'an array', iss.input, options.clause) });
}

/**
 * A record whose keys are fixed: an unknown key is reported as a mistake, by name.
 *
 * @internal
 */
export function record<T extends z.core.$ZodLooseShape>(what: string, shape: T, clause?: string) {
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const keys = quoteSome(iss.keys);
        const known = Object.keys(shape).map((k) => JSON.stringify(k)).join(', ');
        return `${capitalize(what)} has ${iss.keys.length === 1 ? 'an unknown key' : 'unknown keys'} ${keys}: expected only ${known}${cite(clause)}.`;
      }
      return wrongType(what, 'an object', iss.input, clause);
    },
  });
}

/** `true` when `A` and `B` are mutually assignable and have the same keys. @internal */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/**
 * Types a schema by the documented interface it implements, after checking at compile time that
 * the schema's output and the interface are the same type (mutually assignable).
 *
 * @internal
 */
export function typed<T>() {
  return <S extends z.ZodType>(
    schema: S & (Same<z.output<S>, T> extends true ? unknown : { readonly 'the schema output differs from the interface': T }),
  ): z.ZodType<T> => schema as unknown as z.ZodType<T>;
}
