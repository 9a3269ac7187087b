/**
 * Every error class of the library, each made with a given value (and, for the "every
 * parameter" runs, with that value in each of its other parameters too), and the checks every
 * error must pass whatever it was given.
 */
import { expect } from 'vitest';
import {
  DateOutOfRangeError,
  InvalidArgumentError,
  InvalidDateError,
  IsmapLiuError,
  ProvisionNotInForceError,
  isIsmapLiuError,
} from '../../../src/errors.js';
import { InvalidSnapshotError, isInvalidSnapshotError } from '../../../src/machines/errors.js';
import { UnknownClauseError } from '../../../src/rules/catalogue/UnknownClauseError.js';
import { UnknownFormError } from '../../../src/rules/catalogue/UnknownFormError.js';
import type { InputIssue } from '../../../src/rules/schemas/inputIssue.js';
import { ValidationError, isValidationError } from '../../../src/rules/schemas/validationError.js';

const ISSUE: InputIssue = { path: ['end'], pathText: '$.end', message: 'The end "2024-02-30" is not a day.', code: 'no_such_day', clause: '7.4' };

/** A maker per constructor (and form of the message): `value` as the refused value. */
export const WITH_VALUE: readonly (readonly [string, (value: unknown) => IsmapLiuError])[] = [
  ['IsmapLiuError', (value) => new IsmapLiuError('invalid_argument', 'Refused.', { value, expected: 'x', clause: '1.1' })],
  ['InvalidDateError', (value) => new InvalidDateError(value, 'a YYYY-MM-DD date', 'no such day')],
  ['DateOutOfRangeError', (value) => new DateOutOfRangeError(value)],
  ['DateOutOfRangeError with a result', (value) => new DateOutOfRangeError(value, 'the 3rd business day')],
  ['InvalidArgumentError', (value) => new InvalidArgumentError('n', value, 'an integer', '13.2')],
  ['ProvisionNotInForceError', (value) => new ProvisionNotInForceError('13.2', value as string, '2024-01-04', 'Supplementary Provisions (2023-11-10)')],
  ['ValidationError', (value) => new ValidationError([ISSUE], value, 'the audit period')],
  ['InvalidSnapshotError', (value) => new InvalidSnapshotError('Not a case snapshot.', [ISSUE], value)],
  ['UnknownClauseError', (value) => new UnknownClauseError(value)],
  ['UnknownFormError', (value) => new UnknownFormError(value)],
];

/** A maker per constructor with `value` in every parameter (untyped callers). */
export const IN_EVERY_PARAMETER: readonly (readonly [string, (value: unknown) => IsmapLiuError])[] = [
  ['IsmapLiuError', (v) => new IsmapLiuError(v as never, v as string, { value: v, expected: v as string, clause: v as string })],
  ['InvalidDateError', (v) => new InvalidDateError(v, v as string, v as string)],
  ['DateOutOfRangeError', (v) => new DateOutOfRangeError(v, v as string)],
  ['InvalidArgumentError', (v) => new InvalidArgumentError(v as string, v, v as string, v as string)],
  ['ProvisionNotInForceError', (v) => new ProvisionNotInForceError(v as string, v as string, v as string, v as string)],
  ['ValidationError', (v) => new ValidationError([{ ...ISSUE, pathText: v as string, message: v as string, clause: v as string }], v, v as string)],
  ['ValidationError with issues that are not issues', (v) => new ValidationError(v as InputIssue[], v, v as string)],
  ['InvalidSnapshotError', (v) => new InvalidSnapshotError(v as string, v as InputIssue[], v)],
];

/**
 * Characters a message must never hold raw. Line feeds and tabs are allowed: ValidationError
 * lists its issues on lines, and a message given whole (IsmapLiuError, InvalidSnapshotError)
 * keeps its own; the parts the library puts in a message have theirs escaped (describe.test.ts).
 */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The laws every error obeys whatever it was given: it is branded and passes the guards of its
 * class; its message is bounded (`maxMessage`) and holds no raw control (but line feed and tab),
 * bidirectional or lone surrogate character; `toJSON()` goes through `JSON.stringify` and back.
 */
export function expectWellFormed(error: IsmapLiuError, maxMessage: number): void {
  expect(isIsmapLiuError(error)).toBe(true);
  expect(isValidationError(error)).toBe(error instanceof ValidationError);
  expect(isInvalidSnapshotError(error)).toBe(error instanceof InvalidSnapshotError);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeLessThan(maxMessage);
  expect(UNSAFE.exec(error.message)?.[0]).toBeUndefined();
  const json = JSON.stringify(error);
  expect(json.length).toBeLessThan(maxMessage * 8 + 4096);
  const parsed = JSON.parse(json) as Record<string, unknown>;
  expect(parsed['message']).toBe(error.message);
  expect(typeof parsed['code']).toBe('string');
  expect(isIsmapLiuError(parsed)).toBe(false);
}
