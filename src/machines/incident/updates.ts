/**
 * What each incident transition records.
 *
 * @internal
 * @module
 */
import { toJapanDate } from '../../calendar/index.js';
import { revisedIncidentRulesApply } from '../../rules/provisions/index.js';
import { deletionGroundFrom, due } from '../_lib/deadlines.js';
import type { IncidentContext, IncidentEvent } from './context.js';
import { confirmationAnswered, missingReport, recognitionOf, requesterOf } from './guards.js';

type Update = (c: IncidentContext, e: IncidentEvent) => Partial<IncidentContext>;

const idOf = (e: IncidentEvent): string | null => ('incidentId' in e ? e.incidentId : null);

const SUSPENSION = 'OSO judged the incident serious and requested the report (13.1(2)): if it is not made in time, OSO may suspend the registration and request it again (13.5).';
const NO_SUSPENSION = 'OSO has not requested the report (13.1(2)), so 13.5 does not apply; a late report is a breach of the written oath (7.6(2)).';

/** The 13.2 and 13.3 periods, with the consequence that applies to this incident (13.5 only after OSO's request). */
const reportDeadlines = (recognizedAt: string, requestedByOso: boolean) => {
  const consequence = requestedByOso ? SUSPENSION : NO_SUSPENSION;
  return { '13.2': { ...due('13.2', recognizedAt), consequence }, '13.3': { ...due('13.3', recognizedAt), consequence } };
};

/** @internal */
export const INCIDENT_UPDATES = {
  /** 13.1: recognized; under the revised rules the 13.2 and 13.3 periods start. */
  recognize: (c, e) => {
    const recognizedAt = recognitionOf(e);
    const recognizedOn = toJapanDate(recognizedAt).date;
    const revised = revisedIncidentRulesApply(recognizedAt);
    const owed = revised && (e.type !== 'applicant.recognizedIncident' || e.seriousness !== 'not-serious');
    return {
      id: idOf(e) ?? c.id,
      recognizedAt,
      recognizedOn,
      occurredAt: ('occurredAt' in e ? e.occurredAt : undefined) ?? c.occurredAt ?? null,
      description: ('description' in e ? e.description : undefined) ?? c.description,
      seriousness: e.type === 'applicant.recognizedIncident' ? e.seriousness : (c.seriousness ?? 'serious'),
      judgedBy: e.type === 'oso.requestedIncidentReport' ? 'OSO' : 'A',
      osoRequestedOn: e.type === 'oso.requestedIncidentReport' ? e.day : c.osoRequestedOn,
      deadlines: owed ? reportDeadlines(recognizedAt, e.type === 'oso.requestedIncidentReport' || c.osoRequestedOn !== null) : {},
    };
  },
  recordOsoRequest: (c, e) => ({
    osoRequestedOn: c.osoRequestedOn ?? e.day,
    deadlines: c.recognizedAt === null || c.deadlines['13.2'] === undefined ? c.deadlines : { ...c.deadlines, ...reportDeadlines(c.recognizedAt, true) },
  }),
  recordUrgentReport: (_c, e) => ({ urgentReportedOn: e.day }),
  recordConfirmedReport: (_c, e) => ({ confirmedReportedOn: e.day }),
  recordFurtherReport: (c) => ({ furtherReports: c.furtherReports + 1 }),
  recordInfoRequest: (c, e) => ({ infoRequests: c.infoRequests + 1, openInfoRequests: [...c.openInfoRequests, { on: e.day }] }),
  /** 13.4: an answer discharges the oldest request. */
  answerInfoRequest: (c) => ({ openInfoRequests: c.openInfoRequests.slice(1) }),
  recordConfirmationRequest: (c, e) =>
    e.type === 'oso.requestedIncidentConfirmation' ? { openConfirmationRequests: [...c.openConfirmationRequests, { by: e.by, on: e.day }] } : {},
  /** 7.6(2): an answer discharges the oldest request of the requester it names, or the oldest. */
  answerConfirmationRequest: (c, e) => {
    const i = confirmationAnswered(c, requesterOf(e));
    return i === -1 ? {} : { openConfirmationRequests: c.openConfirmationRequests.filter((_r, j) => j !== i) };
  },
  suspendForMissingReport: (c, e) => ({ osoSuspension: { missing: missingReport(c, e.day) ?? 'urgent', on: e.day, liftedOn: null } }),
  liftOsoSuspension: (c, e) => (c.osoSuspension === null ? {} : { osoSuspension: { ...c.osoSuspension, liftedOn: e.day } }),
  suspendForSeriousIncident: (c, e) => ({
    scSuspension: {
      on: e.day,
      conditions: null,
      reinstatementAppliedOn: null,
      reAuditDueOn: null,
      liftedOn: null,
      deletionGroundFrom: deletionGroundFrom(c.occurredAt ?? c.recognizedAt ?? e.at, c.recognizedOn ?? e.day),
    },
  }),
  recordConditions: (c, e) =>
    c.scSuspension === null || e.type !== 'sc.notifiedLiftingConditions' ? {} : { scSuspension: { ...c.scSuspension, conditions: e.conditions } },
  recordReinstatementApplication: (c, e) => (c.scSuspension === null ? {} : { scSuspension: { ...c.scSuspension, reinstatementAppliedOn: e.day } }),
  recordReAuditRequest: (c, e) =>
    c.scSuspension === null || e.type !== 'sc.requestedReAudit' ? {} : { scSuspension: { ...c.scSuspension, reAuditDueOn: e.dueOn } },
  recordReAuditConfirmed: () => ({}),
  liftScSuspension: (c, e) => (c.scSuspension === null ? {} : { scSuspension: { ...c.scSuspension, liftedOn: e.day } }),
  close: (_c, e) => ({ closedOn: e.day }),
} satisfies Record<string, Update>;
