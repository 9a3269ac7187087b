/**
 * Follow-ups between processes: what a transition whose meta names an effect sends to the
 * other machines (a registration granted, a renewal applied, a registration ended …).
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { IncidentContext } from '../incident/context.js';
import type { ProcedureContext } from '../procedure/context.js';
import type { ReAuditContext } from '../reAudit/context.js';
import type { RegistrationContext } from '../registration/context.js';
import type { EffectName } from '../_lib/meta.js';
import type { InternalEvent } from '../_lib/routed.js';
import { allRefs, type CaseState, type ProcessRef } from './state.js';

/** A follow-up event and where it goes. @internal */
export interface FollowUp {
  readonly ref: ProcessRef;
  readonly event: InternalEvent;
}

type Source = { readonly type: string; readonly at: string } & Readonly<Record<string, unknown>>;
const REGISTRATION: ProcessRef = { process: 'registration', key: null };

function fromProcedure(name: EffectName, c: ProcedureContext, e: Source): FollowUp[] {
  const renewal = c.purpose === 'renewal';
  const applicationDate = c.application?.appliedOn ?? '';
  switch (name) {
    case 'renewalApplied':
      return renewal ? [{ ref: REGISTRATION, event: { type: 'case.renewalApplied', at: e.at, applicationDate } }] : [];
    case 'renewalWithdrawn':
      return renewal ? [{ ref: REGISTRATION, event: { type: 'case.renewalWithdrawn', at: e.at } }] : [];
    case 'renewalRejected':
      return renewal ? [{ ref: REGISTRATION, event: { type: 'case.renewalRejected', at: e.at, applicationDate } }] : [];
    case 'registered': {
      const report = c.suspension?.originalReport ?? c.assessmentReport;
      if (report === null) return [];
      const listEntry = { ...(c.application?.listEntry ?? {}), ...((e['listEntry'] as object | undefined) ?? {}) };
      const expiresOn = typeof e['expiresOn'] === 'string' ? e['expiresOn'] : null;
      return [
        {
          ref: REGISTRATION,
          event: { type: 'case.registered', at: e.at, renewal, auditPeriod: report.auditPeriod, expiresOn, improvementPlan: report.findings.length > 0, listEntry },
        },
      ];
    }
    default:
      return [];
  }
}

/**
 * The follow-ups of effect `name`, raised by a transition of `ref` that led to `after`.
 *
 * @internal
 */
export function followUps(name: EffectName, ref: ProcessRef, after: AnyMachineSnapshot, event: Source, state: CaseState): FollowUp[] {
  if (ref.process === 'procedure') return fromProcedure(name, after.context as ProcedureContext, event);
  switch (name) {
    case 'registrationEnded': {
      const ground = (after.context as RegistrationContext).deletion?.ground ?? '18.2';
      return allRefs(state)
        .filter((r) => r.process !== 'registration' && r.process !== 'appeals')
        .map((r) => ({ ref: r, event: { type: 'case.registrationEnded', at: event.at, ground } }));
    }
    case 'listEntryChanged':
      return event['listEntry'] === undefined ? [] : [{ ref: REGISTRATION, event: { type: 'case.listEntryChanged', at: event.at, listEntry: event['listEntry'] as object } }];
    case 'reAuditRequested': {
      const unconfirmed = (event['unconfirmed'] as readonly string[] | undefined) ?? [];
      const dueOn = event['reAuditDueOn'];
      if (!unconfirmed.includes('statement') || typeof dueOn !== 'string') return [];
      return [{ ref: { process: 'reAudit', key: null }, event: { type: 'case.reAuditRequested', at: event.at, basis: '16.1', dueOn, incidentId: null } }];
    }
    case 'reAuditRequestedBySC':
      return [
        {
          ref: { process: 'reAudit', key: null },
          event: { type: 'case.reAuditRequested', at: event.at, basis: '16.5', dueOn: event['dueOn'] as string, incidentId: (after.context as IncidentContext).id },
        },
      ];
    case 'reAuditConfirmed': {
      const id = (after.context as ReAuditContext).incidentId;
      return id === null ? [] : [{ ref: { process: 'incident', key: id }, event: { type: 'case.reAuditConfirmed', at: event.at } }];
    }
    case 'reApplicationRequested':
      return [{ ref: REGISTRATION, event: { type: 'case.reApplicationRequested', at: event.at, basis: String(event['basis'] ?? '') } }];
    default:
      return [];
  }
}
