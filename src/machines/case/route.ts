/**
 * Where a case event goes: the process, and for incidents and changes the instance.
 *
 * @internal
 * @module
 */
import { EVENT_CATALOGUE, type ParsedEvent } from '../events/catalogue.js';
import type { CaseState, ProcessRef } from './state.js';

const CREATES_INCIDENT = new Set(['applicant.recognizedIncident', 'oso.requestedIncidentReport']);

/** Where an event goes, or why it cannot go anywhere. @internal */
export type Route = { readonly ok: true; readonly ref: ProcessRef } | { readonly ok: false; readonly message: string; readonly clauses: readonly string[] };

/**
 * The process (and instance) `event` is routed to. `time.passed` has none: it only ticks.
 *
 * @internal
 */
export function routeOf(state: CaseState, event: ParsedEvent): Route {
  const process = EVENT_CATALOGUE[event.type].process;
  switch (process) {
    case 'incident': {
      const id = (event as { incidentId: string }).incidentId;
      if (state.keyed.incident[id] === undefined && !CREATES_INCIDENT.has(event.type)) {
        return { ok: false, message: `No incident ${JSON.stringify(id)} was recognized (13.1): record it first with applicant.recognizedIncident or oso.requestedIncidentReport.`, clauses: ['13.1'] };
      }
      return { ok: true, ref: { process, key: id } };
    }
    case 'change': {
      const given = (event as { changeId?: string }).changeId;
      return { ok: true, ref: { process, key: given ?? `change-${state.applied + 1}` } };
    }
    case 'monitoring':
      return event.type === 'oso.requestedReApplication' && event.basis === '16.4' ? { ok: true, ref: { process: 'reAudit', key: null } } : { ok: true, ref: { process, key: null } };
    case 'clock':
      return { ok: false, message: 'A clock tick is not routed.', clauses: [] };
    default:
      return { ok: true, ref: { process, key: null } };
  }
}
