/**
 * The event types of a case file, with the act, actor, clauses, forms and process of each.
 *
 * @module
 */
import type { z } from 'zod';
import type { EventInfo } from './define.js';
import { PROCEDURE_EVENTS } from './procedureEvents.js';
import { APPEAL_EVENTS, CHANGE_EVENTS, CLOCK_EVENTS, INCIDENT_EVENTS, MONITORING_EVENTS, RE_AUDIT_EVENTS, REGISTRATION_EVENTS } from './otherEvents.js';

/** Every event definition, in the order of the rules. @internal */
export const EVENT_DEFINITIONS = [
  ...PROCEDURE_EVENTS,
  ...REGISTRATION_EVENTS,
  ...INCIDENT_EVENTS,
  ...CHANGE_EVENTS,
  ...MONITORING_EVENTS,
  ...RE_AUDIT_EVENTS,
  ...APPEAL_EVENTS,
  ...CLOCK_EVENTS,
] as const;

/** One event of a case file, as parsed: a discriminated union on `type`. @internal */
export type ParsedEvent = z.infer<(typeof EVENT_DEFINITIONS)[number]['schema']>;

/** The parsed case event of one type. @internal */
export type ParsedEventOf<T extends CaseEventType> = Extract<ParsedEvent, { type: T }>;

/**
 * The `type` of a case event, named after the act in the past tense with its actor first
 * (`applicant.submittedPriorApplication`, `oso.acceptedApplication`, `sc.decidedApplication`);
 * see {@link EVENT_CATALOGUE} and docs/case-file.md.
 */
export type CaseEventType =
  | 'applicant.submittedPriorApplication'
  | 'oso.requestedPriorApplicationInfo'
  | 'applicant.answeredPriorApplicationInquiry'
  | 'oso.acceptedPriorApplication'
  | 'oso.declinedPriorApplication'
  | 'oso.requestedEligibilityInfo'
  | 'oso.reportedPriorApplicationReview'
  | 'min.judgedEligibility'
  | 'oso.notifiedPriorApplicationResult'
  | 'applicant.reportedInternalAudit'
  | 'assessor.issuedAssessmentReport'
  | 'applicant.submittedApplication'
  | 'oso.requestedApplicationInfo'
  | 'applicant.answeredApplicationInquiry'
  | 'oso.acceptedApplication'
  | 'oso.declinedApplication'
  | 'oso.requestedReviewInfo'
  | 'applicant.answeredReviewRequest'
  | 'oso.heldFindingsHearing'
  | 'oso.reportedReview'
  | 'sc.decidedApplication'
  | 'applicant.submittedLetterOfIntent'
  | 'applicant.submittedSuspendedRegistrationApplication'
  | 'oso.registeredService'
  | 'oso.notifiedRejection'
  | 'applicant.submittedWithdrawal'
  | 'sc.deletedRegistration'
  | 'applicant.recognizedIncident'
  | 'oso.requestedIncidentReport'
  | 'applicant.submittedUrgentReport'
  | 'applicant.submittedConfirmedReport'
  | 'applicant.submittedFurtherReport'
  | 'oso.requestedIncidentInfo'
  | 'oso.suspendedForMissingReport'
  | 'sc.suspendedForSeriousIncident'
  | 'sc.notifiedLiftingConditions'
  | 'applicant.appliedForReinstatement'
  | 'sc.liftedSuspension'
  | 'sc.requestedReAudit'
  | 'applicant.notifiedSignificantControlChange'
  | 'applicant.notifiedListedContentChange'
  | 'oso.suspendedForUnnotifiedChange'
  | 'oso.notifiedMonitoring'
  | 'applicant.repliedToMonitoring'
  | 'oso.interviewedRegistrant'
  | 'oso.notifiedMonitoringResult'
  | 'applicant.requestedExplanation'
  | 'oso.closedMonitoring'
  | 'oso.requestedReApplication'
  | 'applicant.submittedReAudit'
  | 'oso.notifiedReAuditResult'
  | 'applicant.appealedPriorApplication'
  | 'min.answeredPriorApplicationAppeal'
  | 'applicant.appealedRegistration'
  | 'sc.answeredAppeal'
  | 'time.passed';

/**
 * One event of a case file: a dated fact. `type` names the act, `at` is a `YYYY-MM-DD` date
 * (during that day in Japan) or an instant with offset, `note` is free text; the other fields
 * depend on `type` (see docs/case-file.md and {@link EVENT_CATALOGUE}). {@link CaseEventSchema}
 * checks them.
 */
export interface CaseEvent {
  /** The act. */
  readonly type: CaseEventType;
  /** When it happened: a date or an instant with offset. */
  readonly at: string;
  /** Free text. */
  readonly note?: string | undefined;
  /** The payload of the event type. */
  readonly [field: string]: unknown;
}

// The explicit union above must list exactly the defined event types.
const _sameTypes: [CaseEventType] extends [ParsedEvent['type']] ? ([ParsedEvent['type']] extends [CaseEventType] ? true : never) : never = true;
void _sameTypes;

/**
 * What each event type stands for: its act, actor, clauses, forms and process.
 *
 * @example
 * ```ts
 * EVENT_CATALOGUE['applicant.submittedLetterOfIntent'].forms; //=> ['2-20']
 * EVENT_CATALOGUE['time.passed'].actor; //=> 'clock'
 * ```
 */
export const EVENT_CATALOGUE: Readonly<Record<CaseEventType, EventInfo>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(EVENT_DEFINITIONS.map((d) => [d.type, d.info])) as Record<CaseEventType, EventInfo>,
);

/**
 * Every event type, in the order of the rules.
 *
 * @example
 * ```ts
 * EVENT_TYPES[0]; //=> 'applicant.submittedPriorApplication'
 * ```
 */
export const EVENT_TYPES: readonly CaseEventType[] = /* @__PURE__ */ Object.freeze(EVENT_DEFINITIONS.map((d) => d.type));

export type { EventActor, EventInfo, ProcessName } from './define.js';
