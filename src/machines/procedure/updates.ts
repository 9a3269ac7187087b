/**
 * What each procedure transition records in the context. The machine wraps each in `assign`.
 *
 * @internal
 * @module
 */
import { due, type DeadlineRecord } from '../_lib/deadlines.js';
import { governs } from '../_lib/provision.js';
import { INITIAL_PROCEDURE_CONTEXT, type ProcedureContext } from './context.js';
import type { ProcedureEvent, ProcedureEventOf } from './events.js';
import { findingsOf } from './checks.js';
import { lapseDay } from '../_lib/time.js';

/** The record-keeping duties still running on `day` (their last day not passed), by last day. */
const running = (records: readonly DeadlineRecord[], day: string): DeadlineRecord[] =>
  records.filter((r) => r.lastDay >= day).sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0));

type Update = (c: ProcedureContext, e: ProcedureEvent) => Partial<ProcedureContext>;
/** Narrows `e` to one type, or returns no update. */
const on =
  <T extends ProcedureEvent['type']>(type: T, fn: (c: ProcedureContext, e: ProcedureEventOf<T>) => Partial<ProcedureContext>): Update =>
  (c, e) => (e.type === type ? fn(c, e as ProcedureEventOf<T>) : {});

const end = (clause: string): Update => (_c, e) => ({ active: false, outcome: { clause, on: e.day } });
/** The end of a round by a lapsed period: on the day after its last day, whenever the tick comes. */
const lapsedEnd = (clause: '4.5(1)' | '9.6(1)'): Update => (c, e) => ({ active: false, outcome: { clause, on: lapseDay(c.deadlines[clause]?.lastDay, e.day) } });

/** @internal */
export const PROCEDURE_UPDATES = {
  /** 3.1, 3.4, 12.2, 17.1: a new round; its purpose follows from the registration. */
  startRound: on('applicant.submittedPriorApplication', (c, e) => {
    const registered = e.facts.registration === 'registered' || e.facts.registration === 'withdrawing';
    const purpose = e.facts.reApplicationRequested ? 'reApplication' : registered ? 'renewal' : 'initial';
    const keep = c.deadlines['7.6(7)'];
    // 7.6(7): the records of every internal audit are kept three years after it, across rounds.
    const earlierInternalAudits = running(c.earlierInternalAudits, e.day);
    return {
      ...INITIAL_PROCEDURE_CONTEXT,
      round: c.round + 1,
      applicationsMade: c.applicationsMade,
      purpose,
      active: true,
      priorApplication: {
        submittedAt: e.at,
        submitted: e.submitted,
        inJapanese: e.inJapanese,
        contentsComplete: e.contentsComplete,
        onListOfTargetOperations: e.onListOfTargetOperations,
        evaluations: e.evaluations,
      },
      pastDeletions: [...e.facts.pastDeletions],
      previousAuditPeriod: purpose === 'renewal' ? e.facts.auditPeriod : null,
      earlierInternalAudits,
      deadlines: { ...(keep === undefined ? {} : { '7.6(7)': keep }), '4.3': due('4.3', e.at) },
    };
  }),
  recordPriorApplicationInquiry: (c, e) => ({ inquiries: c.inquiries + 1, inquiredOn: e.day, deadlines: { ...c.deadlines, '4.5(1)': due('4.5(1)', e.at) } }),
  amendPriorApplication: on('applicant.answeredPriorApplicationInquiry', (c, e) => {
    const pa = c.priorApplication;
    if (pa === null) return {};
    const { type: _t, at: _a, day: _d, facts: _f, note: _n, ...amendments } = e;
    const defined = Object.fromEntries(Object.entries(amendments).filter(([, v]) => v !== undefined));
    return { priorApplication: { ...pa, ...defined } };
  }),
  endByPriorApplicationGround: on('oso.declinedPriorApplication', (_c, e) => ({ active: false, outcome: { clause: e.ground, on: e.day } })),
  endForUnansweredPriorApplicationInquiry: lapsedEnd('4.5(1)'),
  recordEligibilityReview: on('oso.reportedPriorApplicationReview', (c, e) => ({
    eligibilityInfoRequests: { applicant: null, agency: null },
    eligibilityReview: {
      lowImpactJustified: e.lowImpactJustified ?? null,
      unreasonablePointsFound: e.unreasonablePointsFound,
      otherViolationsFound: e.otherViolationsFound,
      pastDeletions: e.pastDeletions ?? [],
    },
    deadlines:
      c.priorApplication === null || c.priorApplication.onListOfTargetOperations
        ? c.deadlines
        : { ...c.deadlines, '5.3': due('5.3', c.priorApplication.submittedAt) },
  })),
  recordJudgment: on('min.judgedEligibility', (_c, e) => ({ eligible: e.eligible })),
  endAsIneligible: end('5.4'),
  /** 7.6(7): a new audit's records are kept three years; an earlier audit's duty runs on (the same day reported again replaces it). */
  recordInternalAudit: on('applicant.reportedInternalAudit', (c, e) => {
    const previous = c.deadlines['7.6(7)'];
    const earlier = previous === undefined || previous.from === e.completedOn ? c.earlierInternalAudits : [...c.earlierInternalAudits, previous];
    return {
      internalAuditCompletedOn: e.completedOn,
      earlierInternalAudits: running(earlier, e.day),
      deadlines: { ...c.deadlines, '7.6(7)': due('7.6(7)', e.completedOn) },
    };
  }),
  recordAssessmentReport: on('assessor.issuedAssessmentReport', (c, e) => {
    const report = { date: e.day, auditPeriod: e.auditPeriod, findings: e.findings };
    const { '10.1(4)': _old, ...rest } = c.deadlines;
    return {
      assessmentReport: report,
      assessmentStartedOn: e.assessmentStartedOn ?? null,
      deadlines: {
        ...rest,
        '8.2': due('8.2', e.day),
        ...(findingsOf(report).operation > 0 ? { '10.1(4)': due('10.1(4)', e.day) } : {}),
      },
    };
  }),
  recordApplication: on('applicant.submittedApplication', (c, e) => ({
    applicationsMade: c.applicationsMade + 1,
    application: {
      appliedAt: e.at,
      appliedOn: e.day,
      documents: e.documents,
      contentsComplete: e.contentsComplete,
      sameServiceContents: e.sameServiceContents,
      listEntry: e.listEntry ?? null,
    },
    inquiries: 0,
    inquiredOn: null,
    deadlines: { ...c.deadlines, '9.3': due('9.3', e.at) },
  })),
  recordApplicationInquiry: (c, e) => ({ inquiries: c.inquiries + 1, inquiredOn: e.day, deadlines: { ...c.deadlines, '9.6(1)': due('9.6(1)', e.at) } }),
  amendApplication: on('applicant.answeredApplicationInquiry', (c, e) =>
    c.application === null
      ? {}
      : {
          application: {
            ...c.application,
            ...(e.documents === undefined ? {} : { documents: e.documents }),
            ...(e.contentsComplete === undefined ? {} : { contentsComplete: e.contentsComplete }),
            ...(e.sameServiceContents === undefined ? {} : { sameServiceContents: e.sameServiceContents }),
          },
        },
  ),
  endByApplicationGround: on('oso.declinedApplication', (_c, e) => ({ active: false, outcome: { clause: e.ground, on: e.day } })),
  endForUnansweredApplicationInquiry: lapsedEnd('9.6(1)'),
  /** 9.1, 10.5; 10.11: for a Suspended Registration Examination, Chapters 9–10 apply mutatis mutandis, so the six months run again from its acceptance. */
  acceptApplication: (c, e) => ({ deadlines: { ...c.deadlines, '10.5': due('10.5', e.at) } }),
  recordReviewRequest: (c, e) => ({
    infoRequests: c.infoRequests + 1,
    ...(governs('10.3', c.application?.appliedOn ?? '') ? { deadlines: { ...c.deadlines, '10.3': due('10.3', e.at) } } : {}),
  }),
  recordHearing: (c) => ({ hearings: c.hearings + 1 }),
  recordInfoRequest: (c) => ({ infoRequests: c.infoRequests + 1 }),
  /** 5.2: a request of the Applicant or of the agency, each in its own slot; one already outstanding keeps its day. */
  recordEligibilityInfoRequest: on('oso.requestedEligibilityInfo', (c, e) => ({
    eligibilityInfoRequests: { ...c.eligibilityInfoRequests, [e.from]: c.eligibilityInfoRequests[e.from] ?? e.day },
  })),
  /** 5.2: the information of the party named, or of the one party asked (the guard refuses it when both were and none is named). */
  receiveEligibilityInfo: on('oso.receivedEligibilityInfo', (c, e) => {
    const from = e.from ?? (c.eligibilityInfoRequests.applicant !== null ? 'applicant' : 'agency');
    return { eligibilityInfoRequests: { ...c.eligibilityInfoRequests, [from]: null } };
  }),
  recordAssessorInformed: (c, e) => ({ assessorInformedOn: c.assessorInformedOn ?? e.day }),
  recordReview: on('oso.reportedReview', (_c, e) => ({
    review: {
      statementRequirementsMet: e.statementRequirementsMet,
      disclosed: e.disclosed,
      sworn: e.sworn,
      internalAuditMeetsAppendix2: e.internalAuditMeetsAppendix2,
      otherViolationsFound: e.otherViolationsFound,
    },
  })),
  recordRegistrationDecision: () => ({ decision: 'register' }),
  recordRejection: (_c, e) => ({ decision: 'reject', active: false, outcome: { clause: '10.5', on: e.day } }),
  suspendRegistration: on('sc.decidedApplication', (c, e) =>
    c.assessmentReport === null
      ? {}
      : {
          decision: 'suspend',
          suspension: { noticeOn: e.day, controls: e.controls ?? [], requestsExamination: null, improvedControlsAtStart: null, originalReport: c.assessmentReport },
          deadlines: { ...c.deadlines, '10.8': due('10.8', e.at) },
        },
  ),
  recordLetterOfIntent: on('applicant.submittedLetterOfIntent', (c, e) =>
    c.suspension === null ? {} : { suspension: { ...c.suspension, requestsExamination: e.requestsExamination } },
  ),
  recordNewAssessmentReport: on('assessor.issuedAssessmentReport', (c, e) => ({
    assessmentReport: { date: e.day, auditPeriod: e.auditPeriod, findings: e.findings },
    deadlines: { ...c.deadlines, '10.8(3)': due('10.8(3)', e.auditPeriod.end), '10.8(4)': due('10.8(4)', e.day) },
  })),
  startExamination: on('applicant.submittedSuspendedRegistrationApplication', (c, e) => ({
    examination: true,
    review: null,
    hearings: 0,
    inquiries: 0,
    decision: null,
    suspension: c.suspension === null ? null : { ...c.suspension, improvedControlsAtStart: e.improvedControlsInOperationAtStart },
    deadlines: { ...c.deadlines, '9.3': due('9.3', e.at) },
  })),
  rejectForMissedPeriod: (c, e) => ({ decision: 'reject', active: false, outcome: { clause: '10.9', on: lapseDay((c.deadlines['10.8(4)'] ?? c.deadlines['10.8'])?.lastDay, e.day) } }),
  recordNotice: (c, e) => ({ outcome: { clause: '11.4', on: c.outcome?.on ?? e.day } }),
  recordRegistration: (c, e) => ({ active: false, outcome: { clause: c.purpose === 'renewal' ? '11.2' : '11.1', on: e.day } }),
  lapse: end('12.1'),
} satisfies Record<string, Update>;

/** The name of a procedure update. @internal */
export type ProcedureUpdate = keyof typeof PROCEDURE_UPDATES;
