/**
 * The `…Trusted` variants of the checks (used by the machines on data already parsed) answer as
 * the public checks do: for a valid input, `checkX(input)` equals `checkXTrusted(parse(input))`,
 * and parsing does not change a valid input (the schemas do not transform).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkApplicationAcceptance, checkApplicationAcceptanceTrusted } from '../../../src/rules/checks/applicationAcceptance.js';
import { checkAssessmentPeriodLength, checkAssessmentPeriodLengthTrusted } from '../../../src/rules/checks/assessmentPeriodLength.js';
import { checkEligibility, checkEligibilityTrusted } from '../../../src/rules/checks/eligibilityReview.js';
import { checkFindingsMinor, checkFindingsMinorTrusted } from '../../../src/rules/checks/findingsMinor.js';
import * as checks from '../../../src/rules/checks/index.js';
import { checkPriorApplicationAcceptance, checkPriorApplicationAcceptanceTrusted } from '../../../src/rules/checks/priorApplicationAcceptance.js';
import { checkRegistrationReview, checkRegistrationReviewTrusted } from '../../../src/rules/checks/registrationReview.js';
import {
  ApplicationSchema,
  AssessmentReportSchema,
  AuditPeriodSchema,
  EligibilityReviewSchema,
  PriorApplicationSchema,
  RegistrationReviewSchema,
  ValidationError,
  parseOrThrow,
  type Application,
  type PriorApplication,
} from '../../../src/rules/schemas/index.js';
import { applicationFailures } from '../../../src/machines/procedure/checks.js';
import { INITIAL_PROCEDURE_CONTEXT, type ProcedureContext } from '../../../src/machines/procedure/context.js';
import {
  arbApplication,
  arbAssessmentReport,
  arbAuditPeriod,
  arbDayInput,
  arbEligibilityReview,
  arbIsoDate,
  arbPriorApplication,
  arbRegistrationReview,
} from '../../arbitraries/index.js';

/** Prior Applications submitted on a date or at an instant. */
const arbPriorApplicationAnyDay: fc.Arbitrary<PriorApplication> = fc.oneof(
  arbPriorApplication,
  fc.tuple(arbPriorApplication, arbDayInput('2022-06-01')).map(([pa, submittedAt]): PriorApplication => ({ ...pa, submittedAt })),
);

/** Applications made on a date or at an instant. */
const arbApplicationAnyDay: fc.Arbitrary<Application> = fc.oneof(
  arbApplication,
  fc.tuple(arbApplication, arbDayInput()).map(([a, appliedAt]): Application => ({ ...a, appliedAt })),
);

/** `x` with plain prototypes (fast-check may build `null`-prototype records; zod outputs plain objects). */
const plain = <T>(x: T): T => structuredClone(x);

describe('parsing a valid input gives it back unchanged', () => {
  test.prop([arbPriorApplicationAnyDay])('PriorApplicationSchema', (x) => {
    expect(parseOrThrow(PriorApplicationSchema, x)).toStrictEqual(plain(x));
  });
  test.prop([arbEligibilityReview])('EligibilityReviewSchema', (x) => {
    expect(parseOrThrow(EligibilityReviewSchema, x)).toStrictEqual(plain(x));
  });
  test.prop([arbApplicationAnyDay])('ApplicationSchema', (x) => {
    expect(parseOrThrow(ApplicationSchema, x)).toStrictEqual(plain(x));
  });
  test.prop([arbRegistrationReview])('RegistrationReviewSchema', (x) => {
    expect(parseOrThrow(RegistrationReviewSchema, x)).toStrictEqual(plain(x));
  });
  test.prop([arbAssessmentReport])('AssessmentReportSchema', (x) => {
    expect(parseOrThrow(AssessmentReportSchema, x)).toStrictEqual(plain(x));
  });
});

describe('checkX(input) equals checkXTrusted(parse(input)) for valid inputs', () => {
  test.prop([arbPriorApplicationAnyDay])('checkPriorApplicationAcceptance', (x) => {
    const r = checkPriorApplicationAcceptance(x);
    expect(r).toStrictEqual(checkPriorApplicationAcceptanceTrusted(parseOrThrow(PriorApplicationSchema, x)));
    expect(r).toStrictEqual(checkPriorApplicationAcceptanceTrusted(x)); // the machines pass the parsed data itself
  });
  test.prop([arbEligibilityReview])('checkEligibility', (x) => {
    const r = checkEligibility(x);
    expect(r).toStrictEqual(checkEligibilityTrusted(parseOrThrow(EligibilityReviewSchema, x)));
    expect(r).toStrictEqual(checkEligibilityTrusted(x)); // the machines pass the parsed data itself
  });
  test.prop([arbApplicationAnyDay])('checkApplicationAcceptance', (x) => {
    const r = checkApplicationAcceptance(x);
    expect(r).toStrictEqual(checkApplicationAcceptanceTrusted(parseOrThrow(ApplicationSchema, x)));
    expect(r).toStrictEqual(checkApplicationAcceptanceTrusted(x)); // the machines pass the parsed data itself
  });
  test.prop([arbRegistrationReview])('checkRegistrationReview', (x) => {
    const r = checkRegistrationReview(x);
    expect(r).toStrictEqual(checkRegistrationReviewTrusted(parseOrThrow(RegistrationReviewSchema, x)));
    expect(r).toStrictEqual(checkRegistrationReviewTrusted(x)); // the machines pass the parsed data itself
  });
  test.prop([arbAssessmentReport])('checkFindingsMinor', (x) => {
    const r = checkFindingsMinor(x);
    expect(r).toStrictEqual(checkFindingsMinorTrusted(parseOrThrow(AssessmentReportSchema, x)));
    expect(r).toStrictEqual(checkFindingsMinorTrusted(x)); // the machines pass the parsed data itself
  });
  test.prop([fc.oneof(arbAuditPeriod(), fc.record({ start: arbIsoDate(), end: arbIsoDate() }))])('checkAssessmentPeriodLength', ({ start, end }) => {
    // Valid dates in either order: an end before the start is a failure of the check, not of the schema.
    expect(checkAssessmentPeriodLength(start, end)).toStrictEqual(checkAssessmentPeriodLengthTrusted(start, end));
  });
  test.prop([arbAuditPeriod()])('checkAssessmentPeriodLength on a parsed audit period', (period) => {
    const p = parseOrThrow(AuditPeriodSchema, period);
    expect(checkAssessmentPeriodLength(period.start, period.end)).toStrictEqual(checkAssessmentPeriodLengthTrusted(p.start, p.end));
  });
});

describe('the trusted variants stay internal', () => {
  test('src/rules/checks/index.ts does not export them', () => {
    expect(Object.keys(checks).filter((name) => name.endsWith('Trusted'))).toEqual([]);
  });
});

describe('the machines still validate what their context schema does not', () => {
  test.prop([arbApplication, fc.constantFrom('2024-02-30', 'soon', '2024-04-01T10:00:00', '')])(
    'an application whose appliedAt is not a date throws the ValidationError of checkApplicationAcceptance',
    (a, appliedAt) => {
      const context: ProcedureContext = {
        ...INITIAL_PROCEDURE_CONTEXT,
        eligible: a.priorApplication.judgedEligible,
        assessmentReport: a.assessmentReport,
        application: {
          appliedAt,
          appliedOn: a.assessmentReport.date,
          documents: a.documents,
          contentsComplete: a.contentsComplete,
          sameServiceContents: a.priorApplication.sameServiceContents,
          listEntry: null,
        },
      };
      expect(() => applicationFailures(context)).toThrow(ValidationError);
      expect(() => checkApplicationAcceptance({ ...a, appliedAt })).toThrow(ValidationError);
    },
  );
  test.prop([arbApplicationAnyDay])('a valid application gives the failures of checkApplicationAcceptance', (a) => {
    const context: ProcedureContext = {
      ...INITIAL_PROCEDURE_CONTEXT,
      eligible: a.priorApplication.judgedEligible,
      previousAuditPeriod: a.previousAuditPeriod ?? null,
      assessmentReport: a.assessmentReport,
      application: {
        appliedAt: a.appliedAt,
        appliedOn: a.assessmentReport.date,
        documents: a.documents,
        contentsComplete: a.contentsComplete,
        sameServiceContents: a.priorApplication.sameServiceContents,
        listEntry: null,
      },
    };
    const r = checkApplicationAcceptance(a);
    expect(applicationFailures(context)).toStrictEqual(r.ok ? [] : r.failures);
  });
});
