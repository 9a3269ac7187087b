/**
 * Hostile inputs at the package root, `ismap-liu` (src/index.ts): it re-exports the three
 * doors, so every export must be the very same value as the one a door exports — the door suites
 * (calendar.test.ts, rules.test.ts, machines.test.ts) then cover it call for call. An export of
 * the root alone, or one that differs from its door's, gets the full hostile treatment here.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { arbHostileRecipe, NAMED_HOSTILES } from '../arbitraries/hostile.js';
import { DOORS } from './_support/doors.js';
import { callablesOf, failureLines, hostileRuns, POSITIONS, probeCallable, recordFailures, type Failure } from './_support/probe.js';

const root = DOORS.root as unknown as Record<string, unknown>;
const doors = [DOORS.calendar, DOORS.rules, DOORS.machines] as unknown as Record<string, unknown>[];

/** The root's exports, pinned: a new export is noticed. */
const PINNED = [
    'APPLICATION_DOCUMENTS', 'APPLICATION_DOCUMENT_IDS', 'BasisMismatchError', 'HOLIDAY_DATA_BASIS', 'RULES_REVISION',
    'calendarBasis', 'isBasisMismatchError', 'ApplicationDocumentsSchema', 'ApplicationSchema',
    'AssessmentReportSchema', 'AuditPeriodSchema', 'CASE_SCHEMA_VERSION', 'CaseEventSchema', 'CaseFileSchema',
    'CorporateNumberSchema', 'DAY_INPUT_EXPECTED', 'DISCLOSURE_ITEMS', 'DateOutOfRangeError',
    'DayInputSchema', 'EVENT_CATALOGUE', 'EVENT_TYPES', 'EligibilityReviewSchema', 'FINDING_CRITERIA',
    'FindingSchema', 'FindingsSchema', 'IMPACT_LEVELS', 'INCIDENT_RECOGNIZERS', 'INCIDENT_SERIOUSNESS',
    'INSTANT_EXPECTED', 'INTERPRETATIONS', 'ISO_DATE_EXPECTED', 'ImpactEvaluationSchema',
    'ImpactEvaluationsSchema', 'IncidentSchema', 'InquirySchema', 'InstantSchema', 'InvalidArgumentError',
    'InvalidDateError', 'InvalidSnapshotError', 'IsmapLiuError', 'IsoDateSchema',
    'LAST_OFFICIAL_HOLIDAY_YEAR', 'OATH_ITEMS', 'OPEN_ENDED_ACTS', 'PERIODS', 'PRIOR_APPLICATION_DOCUMENTS',
    'PRIOR_APPLICATION_DOCUMENT_IDS', 'PROVISION_RULES', 'PastDeletionSchema',
    'PriorApplicationOutcomeSchema', 'PriorApplicationSchema', 'ProvisionFactsSchema',
    'ProvisionNotInForceError', 'RegistrationReviewSchema', 'SUPPORTED_RANGE', 'ServiceSchema',
    'UnknownClauseError', 'UnknownFormError', 'ValidationError', 'addGovernmentBusinessDays',
    'appealsMachine', 'applyEvent', 'assertProvisionInForce', 'changeMachine', 'checkApplicationAcceptance',
    'checkApplicationDeadline', 'checkAssessmentPeriodLength', 'checkAssessmentReportValidity',
    'checkEligibility', 'checkFindingsMinor', 'checkImpactEvaluationSupports', 'checkInquiryResponse',
    'checkPriorApplicationAcceptance', 'checkRegistrationReview', 'childClauses', 'clauseIds',
    'countGovernmentBusinessDays', 'createCalendar', 'dayInputSchema', 'deadline', 'deadlineTimeline',
    'deadlineTimelineSvg', 'deadlines', 'deletionBarsEligibility', 'describeCase', 'evaluateCase',
    'findClause', 'findForm', 'formatEvaluation', 'getClause', 'getForm', 'getGovernmentHoliday',
    'getInterpretation', 'getProvisionRule', 'governmentHolidaysBetween', 'incidentMachine', 'instancesOf',
    'instantSchema', 'isClauseId', 'isFormNumber', 'isGovernmentBusinessDay', 'isGovernmentCalendar',
    'isGovernmentHoliday', 'isInvalidSnapshotError', 'isIsmapLiuError', 'isProvisional',
    'isValidCorporateNumber', 'isValidationError', 'isoDateSchema', 'listClauses', 'listForms',
    'machineClauseCoverage', 'monitoringMachine', 'nextGovernmentBusinessDay', 'nextWakeUp', 'parseCaseFile',
    'parseOrThrow', 'periodEnd', 'persistCase', 'previousGovernmentBusinessDay', 'procedureMachine',
    'provisionsInForce', 'reAuditMachine', 'registrationMachine', 'renewalChangeNoticeApplies', 'restoreCase',
    'revisedIncidentRulesApply', 'safeParseInput', 'snapshotOf', 'startCase',
    'suspendedRegistrationAvailable', 'toICalendar', 'toJapanDate', 'toMermaid', 'twoAgenciesRequired',
    'InvalidJournalError', 'JournalConflictError', 'appendEvent', 'applyJournaled', 'checkpointOf', 'emptyJournal',
    'isInvalidJournalError', 'isJournalConflictError', 'rebuildCase',
    'evaluateMany', 'summarizeResults',
];

/** Root exports that are not the same value in any door. */
const rootOnly = Object.keys(root).filter((name) => !doors.some((d) => name in d && Object.is(d[name], root[name])));

describe('ismap-liu: the exports', () => {
  test('the exported names are the pinned ones', () => {
    expect(Object.keys(root).sort()).toEqual([...PINNED].sort());
  });
  test('the root exports exactly what the three doors export', () => {
    const union = new Set(doors.flatMap((d) => Object.keys(d)));
    expect(Object.keys(root).sort()).toEqual([...union].sort());
  });
  test('every root export is the same value as its door\'s (so the door suites cover it)', () => {
    expect(rootOnly).toEqual([]);
  });
});

describe('ismap-liu: exports of the root alone get the full hostile treatment', () => {
  const callables = callablesOf(Object.fromEntries(rootOnly.map((name) => [name, root[name]])));
  test('each named hostile value in each position', () => {
    const failures: Failure[] = [];
    for (const c of callables) {
      for (const h of NAMED_HOSTILES.filter((x) => x.heavy !== true)) {
        for (const position of POSITIONS) failures.push(...probeCallable('root', c, position, position === 'all' ? [h.make(), h.make(), h.make()] : [h.make()], h.name));
      }
    }
    recordFailures(failures);
    expect(failureLines(failures)).toEqual([]);
  });
  test.prop([fc.nat(), arbHostileRecipe], { numRuns: hostileRuns(12) })('fc.anything in each position', (n, hostile) => {
    if (callables.length === 0) return;
    const c = callables[n % callables.length]!;
    const failures = POSITIONS.flatMap((position) => probeCallable('root', c, position, [hostile.make(), hostile.make(), hostile.make()], hostile.label));
    recordFailures(failures);
    expect(failureLines(failures)).toEqual([]);
  });
});
