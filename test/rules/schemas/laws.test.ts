import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { z } from 'zod';
import {
  ApplicationSchema,
  AssessmentReportSchema,
  AuditPeriodSchema,
  EligibilityReviewSchema,
  FindingsSchema,
  ImpactEvaluationSchema,
  IncidentSchema,
  InquirySchema,
  PriorApplicationSchema,
  ProvisionFactsSchema,
  RegistrationReviewSchema,
  safeParseInput,
} from '../../../src/rules/schemas/index.js';
import {
  arbApplication,
  arbAssessmentReport,
  arbAuditPeriod,
  arbBroken,
  arbEligibilityReview,
  arbFindings,
  arbImpactEvaluation,
  arbIncident,
  arbInquiry,
  arbPriorApplication,
  arbProvisionFacts,
  arbRegistrationReview,
} from '../../arbitraries/index.js';

const pairs: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
  ['ImpactEvaluationSchema', ImpactEvaluationSchema, arbImpactEvaluation()],
  ['AuditPeriodSchema', AuditPeriodSchema, arbAuditPeriod()],
  ['FindingsSchema', FindingsSchema, arbFindings()],
  ['AssessmentReportSchema', AssessmentReportSchema, arbAssessmentReport],
  ['IncidentSchema', IncidentSchema, arbIncident],
  ['PriorApplicationSchema', PriorApplicationSchema, arbPriorApplication],
  ['ApplicationSchema', ApplicationSchema, arbApplication],
  ['EligibilityReviewSchema', EligibilityReviewSchema, arbEligibilityReview],
  ['RegistrationReviewSchema', RegistrationReviewSchema, arbRegistrationReview],
  ['InquirySchema', InquirySchema, arbInquiry],
  ['ProvisionFactsSchema', ProvisionFactsSchema, arbProvisionFacts],
];

describe.each(pairs)('%s', (_name, schema, arb) => {
  test.prop([arb], { numRuns: 60 })('parses what its arbitrary makes, unchanged (the arbitrary mirrors the schema)', (value) => {
    const r = safeParseInput(schema, value);
    expect(r).toEqual({ ok: true, value });
  });
  test.prop([arb], { numRuns: 30 })('parsing is idempotent and survives a JSON round trip', (value) => {
    const once = schema.parse(value);
    expect(schema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });
  test.prop([arbBroken(arb as fc.Arbitrary<object>)], { numRuns: 60 })(
    'a broken record is refused with issues that each carry a path, a path text and a message',
    (value) => {
      const r = safeParseInput(schema, value);
      // The replacement may happen to be valid (an optional field deleted): such a run is skipped,
      // and fast-check fails the property if too many are.
      fc.pre(!r.ok);
      expect(r.issues.length).toBeGreaterThan(0);
      for (const issue of r.issues) {
        expect(issue.pathText.startsWith('$')).toBe(true);
        expect(issue.message.trim().length).toBeGreaterThan(0);
        expect(typeof issue.code).toBe('string');
      }
    },
  );
});
