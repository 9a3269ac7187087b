import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { isIsmapLiuError } from '../../../src/errors.js';
import * as checks from '../../../src/rules/checks/index.js';
import {
  arbApplication,
  arbAssessmentReport,
  arbBroken,
  arbDateLikeString,
  arbEligibilityReview,
  arbHostile,
  arbHugeString,
  arbInquiry,
  arbPriorApplication,
  arbProtoObject,
  arbRegistrationReview,
  prototypeSnapshot,
} from '../../arbitraries/index.js';

/** Calls `run`; it must return a boolean, `{ ok: true }` or `{ ok: false, failures: [...] }`, or throw an IsmapLiuError. */
function answersOrThrowsTyped(run: () => unknown): void {
  try {
    const r = run() as { ok?: unknown; failures?: unknown } | boolean;
    const shape =
      typeof r === 'boolean' ? 'a yes or no' : r.ok === true ? 'passed' : r.ok === false && Array.isArray(r.failures) ? 'failed with its failures' : 'malformed';
    expect(shape).not.toBe('malformed');
    expect(() => JSON.stringify(r)).not.toThrow();
  } catch (error) {
    if (!isIsmapLiuError(error)) throw error;
    expect(typeof error.code).toBe('string');
  }
}

const arbAny = fc.oneof(arbHostile, arbProtoObject, arbHugeString, arbDateLikeString);
const call = checks as unknown as Record<string, (...args: unknown[]) => unknown>;

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

describe('every check, given anything, answers or throws a typed error', () => {
  const names = Object.keys(checks).filter((n) => typeof call[n] === 'function');
  test('the list of checks is complete', () => {
    expect(names.sort()).toEqual([
      'checkApplicationAcceptance',
      'checkApplicationDeadline',
      'checkAssessmentPeriodLength',
      'checkAssessmentReportValidity',
      'checkEligibility',
      'checkFindingsMinor',
      'checkImpactEvaluationSupports',
      'checkInquiryResponse',
      'checkPriorApplicationAcceptance',
      'checkRegistrationReview',
      'deletionBarsEligibility',
    ]);
  });
  describe.each(names)('%s', (name) => {
    test.prop([arbAny, arbAny, arbAny], { numRuns: 150 })('hostile arguments', (a, b, c) => {
      answersOrThrowsTyped(() => call[name]!(a, b, c));
    });
  });
});

describe('broken records', () => {
  test.prop([arbBroken(arbApplication)], { numRuns: 100 })('checkApplicationAcceptance', (x) => answersOrThrowsTyped(() => call['checkApplicationAcceptance']!(x)));
  test.prop([arbBroken(arbPriorApplication)], { numRuns: 100 })('checkPriorApplicationAcceptance', (x) => answersOrThrowsTyped(() => call['checkPriorApplicationAcceptance']!(x)));
  test.prop([arbBroken(arbEligibilityReview)], { numRuns: 100 })('checkEligibility', (x) => answersOrThrowsTyped(() => call['checkEligibility']!(x)));
  test.prop([arbBroken(arbRegistrationReview)], { numRuns: 100 })('checkRegistrationReview', (x) => answersOrThrowsTyped(() => call['checkRegistrationReview']!(x)));
  test.prop([arbBroken(arbAssessmentReport)], { numRuns: 100 })('checkFindingsMinor', (x) => answersOrThrowsTyped(() => call['checkFindingsMinor']!(x)));
  test.prop([arbBroken(arbInquiry), fc.constantFrom('4.5(1)', '9.6(1)', '9.1')], { numRuns: 100 })('checkInquiryResponse', (x, clause) =>
    answersOrThrowsTyped(() => call['checkInquiryResponse']!(x, clause)),
  );
});

describe('valid records never throw', () => {
  test.prop([arbApplication])('checkApplicationAcceptance', (x) => void checks.checkApplicationAcceptance(x));
  test.prop([arbPriorApplication])('checkPriorApplicationAcceptance', (x) => void checks.checkPriorApplicationAcceptance(x));
  test.prop([arbEligibilityReview])('checkEligibility', (x) => void checks.checkEligibility(x));
  test.prop([arbRegistrationReview])('checkRegistrationReview', (x) => void checks.checkRegistrationReview(x));
  test.prop([arbInquiry, fc.constantFrom('4.5(1)', '9.6(1)' as const)])('checkInquiryResponse', (x, clause) => void checks.checkInquiryResponse(x, clause));
});
