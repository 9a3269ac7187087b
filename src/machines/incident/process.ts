/**
 * Incidents as a process of a case (Chapter 13): one instance per incident id, created when the
 * Registrant recognizes it (13.1(1)) or OSO requests a report (13.1(2)); the reports each holds
 * (15.1(1)); the requests it leaves outstanding (18.2(5)) and the 13.7 suspensions whose year ran
 * out (18.2(6)), read only for the incidents that may owe them; its announcement (13.12).
 *
 * @internal
 * @module
 */
import { quote } from '../../_lib/text.js';
import type { AnyMachineSnapshot } from 'xstate';
import { lapsed } from '../_lib/guards.js';
import { lapseDay } from '../_lib/time.js';
import { defineProcess, effect, type Pending } from '../process.js';
import { incidentContextSchema, type IncidentContext } from './context.js';
import { INCIDENT_GUARDS } from './guards.js';
import { incidentMachine } from './machine.js';

const ctx = (s: AnyMachineSnapshot): IncidentContext => s.context as IncidentContext;
const SC_IN_FORCE = { revised: { scSuspension: 'inForce' } } as const;
const CONDITIONS_NOTIFIED = { revised: { scSuspension: { inForce: 'conditionsNotified' } } } as const;

/** May the incident owe something that depends on the day (a requested report, 13.9, 18.2(6))? */
function watched(s: AnyMachineSnapshot): boolean {
  if (!s.matches('revised')) return false;
  const c = ctx(s);
  return (c.osoRequestedOn !== null && (c.urgentReportedOn === null || c.confirmedReportedOn === null)) || c.openInfoRequests.length > 0 || c.openConfirmationRequests.length > 0 || s.matches(SC_IN_FORCE);
}

function pending(s: AnyMachineSnapshot, id: string | null, day: string): Pending | null {
  if (!s.matches('revised')) return null;
  const c = ctx(s);
  const outstanding: string[] = [];
  const ended: string[] = [];
  if (c.osoRequestedOn !== null) {
    if (c.urgentReportedOn === null && lapsed(c.deadlines['13.2']?.lastDay, day)) outstanding.push(`13.2 (${id ?? ''})`);
    else if (c.confirmedReportedOn === null && lapsed(c.deadlines['13.3']?.lastDay, day)) outstanding.push(`13.3 (${id ?? ''})`);
  }
  for (const r of c.openInfoRequests) outstanding.push(`13.4 (${id ?? ''}, requested on ${r.on})`);
  for (const r of c.openConfirmationRequests) outstanding.push(`7.6(2) (${id ?? ''}, requested on ${r.on})`);
  if (s.matches(CONDITIONS_NOTIFIED)) outstanding.push(`13.9 (${id ?? ''})`);
  const groundFrom = c.scSuspension?.deletionGroundFrom ?? null;
  if (s.matches(SC_IN_FORCE) && groundFrom !== null && day >= groundFrom && id !== null) ended.push(id);
  return { outstanding, ended };
}

/**
 * Contexts persisted before the requests of 13.4 and 7.6(2) were kept one by one held the day of
 * the oldest unanswered one (`infoRequestedOn`, `confirmationRequestedOn`, absent in still earlier
 * ones): it becomes a list of that one request (whose requester was not recorded).
 */
function openRequests(context: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  if (Object.hasOwn(context, 'openInfoRequests') || Object.hasOwn(context, 'openConfirmationRequests')) return context;
  const { infoRequestedOn, confirmationRequestedOn, ...rest } = context;
  return {
    ...rest,
    openInfoRequests: typeof infoRequestedOn === 'string' ? [{ on: infoRequestedOn }] : [],
    openConfirmationRequests: typeof confirmationRequestedOn === 'string' ? [{ by: null, on: confirmationRequestedOn }] : [],
  };
}

/**
 * Brings a persisted context to the current shape: the requests of 13.4 and 7.6(2) as lists (see
 * {@link openRequests}); and contexts persisted before 18.2(6) stopped being a deadline kept the
 * one year as `deadlines['18.2(6)']`, now the first day of the ground, `scSuspension.deletionGroundFrom`.
 */
function migrate(persisted: unknown): unknown {
  if (typeof persisted !== 'object' || persisted === null || Array.isArray(persisted)) return persisted;
  const context = openRequests(persisted as Readonly<Record<string, unknown>>);
  const c = context as { readonly deadlines?: Readonly<Record<string, { readonly lastDay?: unknown } | undefined>>; readonly scSuspension?: Readonly<Record<string, unknown>> | null };
  const old = c.deadlines?.['18.2(6)'];
  if (old === undefined || c.scSuspension == null || 'deletionGroundFrom' in c.scSuspension) return context;
  const deadlines = Object.fromEntries(Object.entries(c.deadlines ?? {}).filter(([clause]) => clause !== '18.2(6)'));
  const lastDay = typeof old.lastDay === 'string' ? old.lastDay : undefined;
  return { ...c, deadlines, scSuspension: { ...c.scSuspension, deletionGroundFrom: lastDay === undefined ? null : lapseDay(lastDay, lastDay) } };
}

/** @internal */
export const incident = /* @__PURE__ */ defineProcess({
  name: 'incident',
  machine: incidentMachine,
  get context() {
    return incidentContextSchema();
  },
  guards: INCIDENT_GUARDS,
  instances: {
    idField: 'incidentId',
    createdBy: ['applicant.recognizedIncident', 'oso.requestedIncidentReport'],
    unknown: (id) => ({
      message: `No incident ${quote(id)} was recognized (13.1): record it first with applicant.recognizedIncident or oso.requestedIncidentReport.`,
      clauses: ['13.1'],
    }),
  },
  migrate,
  tally: (s) => {
    const c = ctx(s);
    return { reports: (c.urgentReportedOn === null ? 0 : 1) + (c.confirmedReportedOn === null ? 0 : 1) + c.furtherReports, watch: watched(s) };
  },
  pending,
  provisionFacts: (s) => {
    const c = ctx(s);
    return c.recognizedAt == null ? {} : { incidentRecognizedAt: c.recognizedAt };
  },
  effects: {
    registrationSuspended: /* @__PURE__ */ effect('registration', 'case.registrationSuspended', (_after, e) => [{ to: 'registration', event: { type: 'case.registrationSuspended', at: e.at } }]),
    reAuditRequestedBySC: effect('reAudit', 'case.reAuditRequested', (after, e) => [{ to: 'reAudit', event: { type: 'case.reAuditRequested', at: e.at, basis: '16.5', dueOn: e['dueOn'] as string, incidentId: ctx(after).id } }]),
  },
  announces: (s, id, meta) => {
    const c = ctx(s);
    const byOso = meta.clauses.includes('13.5');
    return { kind: 'suspended', clause: '13.12', since: byOso ? (c.osoSuspension?.on ?? null) : (c.scSuspension?.on ?? null), source: `incident ${id === null ? 'null' : quote(id)} (${byOso ? '13.5' : '13.7'})` };
  },
});
