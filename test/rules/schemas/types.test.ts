import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { typed } from '../../../src/rules/schemas/_lib/field.js';
import {
  ApplicationSchema,
  AssessmentReportSchema,
  EligibilityReviewSchema,
  FindingSchema,
  IncidentSchema,
  PriorApplicationSchema,
  ProvisionFactsSchema,
  RegistrationReviewSchema,
  type Application,
  type AssessmentReport,
  type EligibilityReview,
  type Finding,
  type Incident,
  type PriorApplication,
  type ProvisionFacts,
  type RegistrationReview,
} from '../../../src/rules/schemas/index.js';

describe('types', () => {
  it('each schema outputs its documented interface', () => {
    expectTypeOf<z.output<typeof ApplicationSchema>>().toEqualTypeOf<Application>();
    expectTypeOf<z.output<typeof AssessmentReportSchema>>().toEqualTypeOf<AssessmentReport>();
    expectTypeOf<z.output<typeof EligibilityReviewSchema>>().toEqualTypeOf<EligibilityReview>();
    expectTypeOf<z.output<typeof FindingSchema>>().toEqualTypeOf<Finding>();
    expectTypeOf<z.output<typeof IncidentSchema>>().toEqualTypeOf<Incident>();
    expectTypeOf<z.output<typeof PriorApplicationSchema>>().toEqualTypeOf<PriorApplication>();
    expectTypeOf<z.output<typeof ProvisionFactsSchema>>().toEqualTypeOf<ProvisionFacts>();
    expectTypeOf<z.output<typeof RegistrationReviewSchema>>().toEqualTypeOf<RegistrationReview>();
  });
  it('typed() refuses a schema that does not implement its interface exactly', () => {
    typed<{ a: string; b?: number | undefined }>()(z.object({ a: z.string(), b: z.number().optional() }));
    // @ts-expect-error the schema has no `b`
    typed<{ a: string; b?: number | undefined }>()(z.object({ a: z.string() }));
    // @ts-expect-error the schema's `a` is a number
    typed<{ a: string }>()(z.object({ a: z.number() }));
    // @ts-expect-error the schema has an extra `c`
    typed<{ a: string }>()(z.object({ a: z.string(), c: z.string().optional() }));
  });
  it('optional fields accept an explicit undefined (exactOptionalPropertyTypes)', () => {
    const finding: Finding = { id: 'F', criteria: 'operation', description: undefined };
    expectTypeOf(finding).toExtend<Finding>();
    // @ts-expect-error criteria must be one of the three criteria
    const bad: Finding = { id: 'F', criteria: 'operational' };
    void bad;
  });
});
