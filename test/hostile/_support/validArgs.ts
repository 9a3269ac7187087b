/**
 * A valid argument list for every exported function and class, taken from the JSDoc `@example`s
 * and the shipped examples: the hostile suite replaces one position at a time, so that a hostile
 * value reaches the code behind a valid first argument. Values are built once and cached; a call
 * that changes one is reported and {@link refreshValidArgs} rebuilds them.
 */
import fc from 'fast-check';
import { createCalendar } from '../../../src/calendar/index.js';
import { InvalidDateError } from '../../../src/errors.js';
import {
  applyEvent,
  changeMachine,
  checkpointOf,
  emptyJournal,
  evaluateCase,
  evaluateMany,
  InvalidJournalError,
  InvalidSnapshotError,
  JournalConflictError,
  persistCase,
  startCase,
  type CaseState,
  type Evaluation,
} from '../../../src/machines/index.js';
import { AuditPeriodSchema, BasisMismatchError, IsoDateSchema, ValidationError } from '../../../src/rules/index.js';
import { arbApplication, arbAssessmentReport, arbEligibilityReview, arbPriorApplication, arbRegistrationReview } from '../../arbitraries/domain.js';
import { example } from '../../machines/_support/cases.js';

const sample = <T>(arb: fc.Arbitrary<T>): T => fc.sample(arb, { seed: 11, numRuns: 1 })[0] as T;

interface Fixtures {
  readonly kintai: ReturnType<typeof example>;
  readonly state: CaseState;
  readonly evaluation: Evaluation;
  readonly incidentEvaluation: Evaluation;
}

let cached: Fixtures | undefined;

function fixtures(): Fixtures {
  if (cached === undefined) {
    const kintai = example('kintai-cloud-registration.json');
    let state = startCase(kintai.service);
    for (const event of kintai.events.slice(0, 6)) state = applyEvent(state, event).state;
    cached = {
      kintai,
      state,
      evaluation: evaluateCase(example('kintai-cloud-registration.json'), { asOf: '2025-03-01' }),
      incidentEvaluation: evaluateCase(example('tsuuchi-mail-incident-suspension.json'), { asOf: '2025-01-05' }),
    };
  }
  return cached;
}

/** Forgets the cached fixtures (after a call was seen to change one). */
export function refreshValidArgs(): void {
  cached = undefined;
}

/** The valid case file the suite uses (a fresh copy each call). */
export function validCaseFile(): ReturnType<typeof example> {
  return example('kintai-cloud-registration.json');
}

/** The case state the suite uses (Kintai Cloud after its first six events). */
export function validState(): CaseState {
  return fixtures().state;
}

/** The evaluation the suite uses (Kintai Cloud as of 2025-03-01). */
export function validEvaluation(): Evaluation {
  return fixtures().evaluation;
}

const report = () => ({
  date: '2024-10-15',
  auditPeriod: { start: '2024-04-01', end: '2024-09-30' },
  findings: [{ id: 'F-1', criteria: 'operation', description: 'Log review not evidenced for June', improvementPlanCompletionDate: '2024-12-10' }],
});

/** Valid arguments by export name (`calendar.<method>` for the methods of a created calendar). */
export const VALID_ARGS: Readonly<Record<string, () => unknown[]>> = {
  // calendar
  addGovernmentBusinessDays: () => ['2024-12-27', 1],
  calendarBasis: () => [createCalendar({ addHolidays: ['2026-12-28'] })],
  countGovernmentBusinessDays: () => ['2024-12-27', '2025-01-06'],
  createCalendar: () => [{ addHolidays: ['2026-12-28'], removeHolidays: ['2026-09-22'] }],
  getGovernmentHoliday: () => ['2026-09-21'],
  governmentHolidaysBetween: () => ['2026-09-19', '2026-09-23'],
  isGovernmentBusinessDay: () => ['2026-09-22'],
  isGovernmentCalendar: () => [createCalendar({ addHolidays: ['2026-12-28'] })],
  isGovernmentHoliday: () => ['2026-09-22'],
  isIsmapLiuError: () => [new InvalidDateError('x', 'a date')],
  isProvisional: () => ['2028-01-04'],
  nextGovernmentBusinessDay: () => ['2024-12-27'],
  periodEnd: () => ['2024-02-29', { months: 1 }],
  previousGovernmentBusinessDay: () => ['2025-01-06'],
  toJapanDate: () => ['2024-06-02T15:00Z'],
  IsmapLiuError: () => ['invalid_date', 'A sentence.', { value: 'x', expected: 'a date', clause: '13.2' }],
  InvalidDateError: () => ['2024-13-01', 'a YYYY-MM-DD date', 'no month 13'],
  DateOutOfRangeError: () => ['1999-12-31', '2100-01-01'],
  InvalidArgumentError: () => ['n', 1.5, 'an integer', '13.2'],
  // rules
  BasisMismatchError: () => ['rules.revision', '2022-11-01', '2023-11-10', 'Supp. (2023-11-10) 1'],
  isBasisMismatchError: () => [new BasisMismatchError('rules.revision', '2022-11-01', '2023-11-10')],
  ProvisionNotInForceError: () => ['13.2', '2024-01-03', '2024-01-04', 'Supplementary Provisions (2023-11-10)'],
  UnknownClauseError: () => ['2.11'],
  UnknownFormError: () => ['2020'],
  ValidationError: () => [[{ path: ['end'], pathText: '$.end', code: 'invalid_date', message: 'bad', clause: '7.3' }], { end: 'x' }, 'the audit period'],
  childClauses: () => ['10.8', { deep: true }],
  findClause: () => ['13.3'],
  findForm: () => ['2-8'],
  getClause: () => ['10.8'],
  getForm: () => ['2-19'],
  isClauseId: () => ['18.2(6)'],
  isFormNumber: () => ['2-21'],
  listClauses: () => [{ chapter: 18, kind: 'ground' }],
  listForms: () => [],
  deadline: () => ['13.2', '2024-12-27T15:00+09:00', { calendar: createCalendar({ addHolidays: ['2025-01-07'] }) }],
  deadlines: () => ['13.2', ['2024-12-27T15:00+09:00', '2026-09-18T10:00+09:00', 'nope'], { calendar: createCalendar({}) }],
  getInterpretation: () => ['I2'],
  dayInputSchema: () => [{ what: 'the day', clause: '13.2' }],
  instantSchema: () => [{ what: 'the instant', clause: '13.2' }],
  isoDateSchema: () => [{ what: 'the date', clause: '13.2' }],
  isValidCorporateNumber: () => ['7000012050002'],
  isValidationError: () => [new ValidationError([], null)],
  parseOrThrow: () => [IsoDateSchema, '2024-02-29', 'the date'],
  safeParseInput: () => [AuditPeriodSchema, { start: '2024-04-01', end: '2024-09-30' }],
  checkApplicationAcceptance: () => [sample(arbApplication)],
  checkApplicationDeadline: () => ['2024-10-15', '2024-11-05'],
  checkAssessmentPeriodLength: () => ['2024-04-01', '2024-09-30'],
  checkAssessmentReportValidity: () => [report(), { start: '2023-10-01', end: '2024-03-31' }],
  checkEligibility: () => [sample(arbEligibilityReview)],
  checkFindingsMinor: () => [sample(arbAssessmentReport)],
  checkImpactEvaluationSupports: () => ['2024-03-01', '2024-04-10'],
  checkInquiryResponse: () => [{ requestedAt: '2024-01-31', respondedAt: '2024-02-29', sufficient: true }, '9.6(1)', '2024-03-01'],
  checkPriorApplicationAcceptance: () => [sample(arbPriorApplication)],
  checkRegistrationReview: () => [sample(arbRegistrationReview)],
  deletionBarsEligibility: () => [{ rules: 'ISMAP', ground: '18.2(4)' }],
  assertProvisionInForce: () => ['13.2', '2024-01-04'],
  getProvisionRule: () => ['12.3'],
  provisionsInForce: () => [{ incidentRecognizedAt: '2024-01-03T15:00Z', applicationDate: '2023-10-01' }],
  renewalChangeNoticeApplies: () => ['2023-10-01'],
  revisedIncidentRulesApply: () => ['2024-01-03T15:00Z'],
  suspendedRegistrationAvailable: () => ['2023-10-02'],
  twoAgenciesRequired: () => ['2023-10-31', false],
  // machines
  InvalidSnapshotError: () => ['x', [], null],
  isInvalidSnapshotError: () => [new InvalidSnapshotError('x', [], null)],
  applyEvent: () => [fixtures().state, fixtures().kintai.events[6]],
  describeCase: () => [fixtures().state, { asOf: '2024-06-01' }],
  nextWakeUp: () => [fixtures().state, '2024-06-01'],
  evaluateCase: () => [validCaseFile(), { asOf: '2025-03-01' }],
  evaluateMany: () => [[validCaseFile(), { id: 'c-2', caseFile: validCaseFile(), asOf: '2025-01-10' }], { asOf: '2025-03-01' }],
  summarizeResults: () => [[...evaluateMany([validCaseFile()], { asOf: '2025-03-01' })]],
  parseCaseFile: () => [validCaseFile()],
  formatEvaluation: () => [fixtures().evaluation],
  toICalendar: () => [fixtures().incidentEvaluation, { extended: true, uidDomain: 'example.jp' }],
  deadlineTimeline: () => [fixtures().incidentEvaluation, { processes: ['incident'] }],
  deadlineTimelineSvg: () => [fixtures().incidentEvaluation, { processes: ['incident'], from: '2024-12-23', to: '2025-01-31' }],
  instancesOf: () => [fixtures().state, 'incident'],
  snapshotOf: () => [fixtures().state, 'procedure'],
  machineClauseCoverage: () => [],
  persistCase: () => [fixtures().state, { log: true }],
  restoreCase: () => [persistCase(fixtures().state), { verify: 'replay' }],
  emptyJournal: () => [],
  appendEvent: () => [emptyJournal(), { id: 'e-1', ...fixtures().kintai.events[6] }],
  applyJournaled: () => [{ state: fixtures().state, journal: emptyJournal() }, { id: 'e-1', ...fixtures().kintai.events[6] }],
  checkpointOf: () => [{ state: fixtures().state, journal: emptyJournal() }, { log: false }],
  rebuildCase: () => [checkpointOf({ state: fixtures().state, journal: emptyJournal() }), emptyJournal(), { verify: 'digest' }],
  InvalidJournalError: () => ['x', [], null, 'a journal'],
  isInvalidJournalError: () => [new InvalidJournalError('x', [], null)],
  JournalConflictError: () => ['e-1', 1, { type: 'time.passed', at: '2024-06-01' }, { type: 'time.passed', at: '2024-06-02' }],
  isJournalConflictError: () => [new JournalConflictError('e-1', 1, { type: 'time.passed', at: '2024-06-01' }, { type: 'time.passed', at: '2024-06-02' })],
  startCase: () => [{ name: 'Kintai Cloud', url: 'https://kintai.example.jp' }],
  toMermaid: () => [changeMachine, { descriptions: false }],
  // the methods of a calendar made by createCalendar
  'calendar.isGovernmentHoliday': () => ['2026-12-28'],
  'calendar.isGovernmentBusinessDay': () => ['2026-12-28'],
  'calendar.getGovernmentHoliday': () => ['2026-12-28'],
  'calendar.governmentHolidaysBetween': () => ['2026-12-24', '2027-01-05'],
  'calendar.addGovernmentBusinessDays': () => ['2026-12-24', 3],
  'calendar.countGovernmentBusinessDays': () => ['2026-12-24', '2027-01-05'],
  'calendar.nextGovernmentBusinessDay': () => ['2026-12-25'],
  'calendar.previousGovernmentBusinessDay': () => ['2027-01-04'],
  'calendar.periodEnd': () => ['2026-12-24T10:00+09:00', { businessDays: 3 }],
};
