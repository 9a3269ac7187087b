/**
 * The facts of a whole case that cross-process guards read (see `CaseFacts`).
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { ChangeContext } from '../change/context.js';
import type { IncidentContext } from '../incident/context.js';
import type { MonitoringContext } from '../monitoring/context.js';
import type { ProcedureContext } from '../procedure/context.js';
import type { ReAuditContext } from '../reAudit/context.js';
import type { RegistrationContext } from '../registration/context.js';
import { lapsed } from '../_lib/guards.js';
import type { CaseFacts } from '../_lib/routed.js';
import type { CaseState } from './state.js';

const top = (s: AnyMachineSnapshot): string => (typeof s.value === 'string' ? s.value : (Object.keys(s.value)[0] ?? ''));

/**
 * The registration's coarse status.
 *
 * @internal
 */
export function registrationStatus(state: CaseState): CaseFacts['registration'] {
  return top(state.machines.registration) as CaseFacts['registration'];
}

function incidentRequests(id: string, s: AnyMachineSnapshot, day: string, out: string[], ended: string[]): void {
  if (!s.matches('revised')) return;
  const c = s.context as IncidentContext;
  if (c.osoRequestedOn !== null) {
    if (c.urgentReportedOn === null && lapsed(c.deadlines['13.2']?.lastDay, day)) out.push(`13.2 (${id})`);
    else if (c.confirmedReportedOn === null && lapsed(c.deadlines['13.3']?.lastDay, day)) out.push(`13.3 (${id})`);
  }
  if (s.matches({ revised: { scSuspension: { inForce: 'conditionsNotified' } } })) out.push(`13.9 (${id})`);
  if (s.matches({ revised: { scSuspension: 'inForce' } }) && lapsed(c.deadlines['18.2(6)']?.lastDay, day)) ended.push(id);
}

/**
 * The facts of `state` on `day`.
 *
 * @internal
 */
export function factsOf(state: CaseState, day: string): CaseFacts {
  const reg = state.machines.registration.context as RegistrationContext;
  const proc = state.machines.procedure.context as ProcedureContext;
  const mon = state.machines.monitoring;
  const re = state.machines.reAudit;
  const outstanding: string[] = [];
  const ended: string[] = [];
  let reports = 0;
  for (const [id, s] of Object.entries(state.keyed.incident)) {
    const c = s.context as IncidentContext;
    reports += (c.urgentReportedOn === null ? 0 : 1) + (c.confirmedReportedOn === null ? 0 : 1) + c.furtherReports;
    incidentRequests(id, s, day, outstanding, ended);
  }
  for (const s of Object.values(state.keyed.change)) if ((s.context as ChangeContext).notifiedOn !== null) reports += 1;
  if (mon.matches('noticed')) outstanding.push(`15.2(2) (monitoring of ${(mon.context as MonitoringContext).noticedOn ?? ''})`);
  const reCtx = re.context as ReAuditContext;
  if (re.matches('requested') && reCtx.dueOn !== null && day > reCtx.dueOn) outstanding.push(`${reCtx.basis === '16.5' ? '16.6' : '16.2'} (due ${reCtx.dueOn})`);
  return {
    registration: registrationStatus(state),
    auditPeriod: reg.auditPeriod,
    reApplicationRequested: reg.reApplicationRequestedOn !== null,
    pastDeletions: reg.pastDeletions,
    priorApplicationMade: proc.round > 0,
    applicationMade: proc.applicationsMade > 0 || reg.firstRegisteredOn !== null,
    reportsOrNotices: reports,
    outstandingRequests: outstanding,
    resolutionYearEnded: ended,
  };
}
