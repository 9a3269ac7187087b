/**
 * Arbitraries mirroring the domain schemas of src/rules/schemas. Every value they produce parses.
 */
import fc from 'fast-check';
import {
  APPLICATION_DOCUMENTS,
  DISCLOSURE_ITEMS,
  FINDING_CRITERIA,
  IMPACT_LEVELS,
  INCIDENT_RECOGNIZERS,
  INCIDENT_SERIOUSNESS,
  OATH_ITEMS,
  type Application,
  type ApplicationDocuments,
  type AssessmentReport,
  type AuditPeriod,
  type EligibilityReview,
  type Finding,
  type ImpactEvaluation,
  type Incident,
  type Inquiry,
  type PastDeletion,
  type PriorApplication,
  type ProvisionFacts,
  type RegistrationReview,
} from '../../src/rules/schemas/index.js';
import { addDays, arbDayInput, arbIsoDate } from './dates.js';

/** A non-blank name. */
export const arbName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Digital Agency', 'デジタル庁', 'Ministry of Internal Affairs and Communications', 'ＮＩＳＣ', 'NISC'),
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
);

/** A valid corporate number (check digit computed). */
export const arbCorporateNumber: fc.Arbitrary<string> = fc.stringMatching(/^\d{12}$/).map((base) => {
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base}`;
});

/** Mirrors ImpactEvaluationSchema. */
export function arbImpactEvaluation(date: fc.Arbitrary<string> = arbIsoDate()): fc.Arbitrary<ImpactEvaluation> {
  return fc.record({ agency: arbName, nationalAdministrativeAgency: fc.boolean(), date, result: fc.constantFrom(...IMPACT_LEVELS) });
}

/** Mirrors AuditPeriodSchema (end on or after start). */
export function arbAuditPeriod(min = '2000-01-01', max = '2099-12-31'): fc.Arbitrary<AuditPeriod> {
  return fc.tuple(arbIsoDate(min, max), arbIsoDate(min, max)).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
}

/** Mirrors FindingSchema. */
export function arbFinding(completion: fc.Arbitrary<string> = arbIsoDate()): fc.Arbitrary<Finding> {
  return fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0),
      criteria: fc.constantFrom(...FINDING_CRITERIA),
      description: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
      improvementPlanCompletionDate: completion,
    },
    { requiredKeys: ['id', 'criteria'] },
  );
}

/** Mirrors FindingsSchema (unique references). */
export function arbFindings(completion?: fc.Arbitrary<string>): fc.Arbitrary<Finding[]> {
  return fc.uniqueArray(arbFinding(completion), { maxLength: 5, selector: (f) => f.id });
}

/** Mirrors AssessmentReportSchema: a report dated 0–120 days after its audit period ends. */
export const arbAssessmentReport: fc.Arbitrary<AssessmentReport> = arbAuditPeriod('2000-01-01', '2099-06-30').chain((auditPeriod) =>
  fc.integer({ min: 0, max: 120 }).chain((lag) => {
    const date = addDays(auditPeriod.end, lag);
    return arbFindings(arbIsoDate(date, addDays(date, 90) <= '2099-12-31' ? addDays(date, 90) : '2099-12-31')).map((findings) => ({ date, auditPeriod, findings }));
  }),
);

/** Mirrors ApplicationDocumentsSchema. */
export const arbApplicationDocuments: fc.Arbitrary<ApplicationDocuments> = fc.record(
  {
    submitted: fc.subarray(APPLICATION_DOCUMENTS.map((d) => d.id)),
    corporateNumber: arbCorporateNumber,
    inJapanese: fc.boolean(),
  },
  { requiredKeys: ['submitted', 'inJapanese'] },
);

/** Mirrors IncidentSchema. */
export const arbIncident: fc.Arbitrary<Incident> = fc.record({
  recognizedAt: arbDayInput(),
  recognizedBy: fc.constantFrom(...INCIDENT_RECOGNIZERS),
  seriousness: fc.constantFrom(...INCIDENT_SERIOUSNESS),
  description: arbName,
});

/** Mirrors PriorApplicationSchema: evaluations dated up to 450 days before submission. */
export const arbPriorApplication: fc.Arbitrary<PriorApplication> = arbIsoDate('2022-06-01', '2099-12-31').chain((day) =>
  fc.record(
    {
      submittedAt: fc.constant(day),
      submitted: fc.subarray(['form-1-1', 'form-1-2'] as const),
      inJapanese: fc.boolean(),
      contentsComplete: fc.boolean(),
      onListOfTargetOperations: fc.boolean(),
      evaluations: fc.array(arbImpactEvaluation(arbIsoDate(addDays(day, -450), day)), { maxLength: 4 }),
      reviewClearlyImpossibleInTime: fc.boolean(),
    },
    { requiredKeys: ['submittedAt', 'submitted', 'inJapanese', 'contentsComplete', 'onListOfTargetOperations', 'evaluations'] },
  ),
);

/** Mirrors PastDeletionSchema. */
export const arbPastDeletion: fc.Arbitrary<PastDeletion> = fc.record(
  { rules: fc.constantFrom('ISMAP', 'ISMAP-LIU'), ground: fc.constantFrom('14.2(4)', '18.2(4)', '18.2(1)', '18.2(2)', '14.2(1)'), date: arbIsoDate() },
  { requiredKeys: ['rules', 'ground'] },
);

/** Mirrors EligibilityReviewSchema. */
export const arbEligibilityReview: fc.Arbitrary<EligibilityReview> = fc.record(
  {
    priorApplication: arbPriorApplication,
    lowImpactJustified: fc.boolean(),
    unreasonablePointsFound: fc.boolean(),
    otherViolationsFound: fc.boolean(),
    pastDeletions: fc.array(arbPastDeletion, { maxLength: 3 }),
  },
  { requiredKeys: ['priorApplication', 'unreasonablePointsFound', 'otherViolationsFound', 'pastDeletions'] },
);

/** Mirrors ApplicationSchema: applied 0–45 days after its report. */
export const arbApplication: fc.Arbitrary<Application> = arbAssessmentReport.chain((assessmentReport) =>
  fc.record(
    {
      appliedAt: fc.integer({ min: 0, max: 45 }).map((n) => (addDays(assessmentReport.date, n) <= '2099-12-31' ? addDays(assessmentReport.date, n) : assessmentReport.date)),
      documents: arbApplicationDocuments,
      contentsComplete: fc.boolean(),
      assessmentReport: fc.constant(assessmentReport),
      priorApplication: fc.record({ judgedEligible: fc.boolean(), sameServiceContents: fc.boolean() }),
      previousAuditPeriod: arbAuditPeriod('2000-01-01', assessmentReport.auditPeriod.start),
    },
    { requiredKeys: ['appliedAt', 'documents', 'contentsComplete', 'assessmentReport', 'priorApplication'] },
  ),
);

/** Mirrors RegistrationReviewSchema. */
export const arbRegistrationReview: fc.Arbitrary<RegistrationReview> = fc.record({
  assessmentReport: arbAssessmentReport,
  statementRequirementsMet: fc.boolean(),
  disclosed: fc.subarray([...DISCLOSURE_ITEMS]),
  sworn: fc.subarray([...OATH_ITEMS]),
  internalAuditMeetsAppendix2: fc.boolean(),
  otherViolationsFound: fc.boolean(),
});

/** Mirrors InquirySchema. */
export const arbInquiry: fc.Arbitrary<Inquiry> = fc.record(
  { requestedAt: arbDayInput('2000-01-01', '2099-10-31'), respondedAt: arbDayInput(), sufficient: fc.boolean() },
  { requiredKeys: ['requestedAt'] },
);

/** Mirrors ProvisionFactsSchema. */
export const arbProvisionFacts: fc.Arbitrary<ProvisionFacts> = fc.record(
  {
    priorApplicationDate: arbDayInput('2021-01-01', '2026-12-31'),
    onListOfTargetOperations: fc.boolean(),
    applicationDate: arbDayInput('2021-01-01', '2026-12-31'),
    requestDate: arbDayInput('2021-01-01', '2026-12-31'),
    assessmentStartDate: arbDayInput('2021-01-01', '2026-12-31'),
    incidentRecognizedAt: arbDayInput('2021-01-01', '2026-12-31'),
  },
  { requiredKeys: [] },
);
