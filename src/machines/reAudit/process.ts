/**
 * Re-auditing as a process of a case (Chapter 16): the re-audit overdue (16.2, 16.6, read by
 * 18.2(5)), the re-audit under way (a case fact: the library follows one at a time, and the
 * events that would request another refuse while it is), its announcement (16.8), and the
 * follow-ups of its result (16.7 to the incident behind a 13.11 request, 16.4 re-application).
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import { defineProcess, effect } from '../process.js';
import { reAuditContextSchema, type ReAuditContext } from './context.js';
import { RE_AUDIT_GUARDS, reAuditMachine } from './machine.js';

const ctx = (s: AnyMachineSnapshot): ReAuditContext => s.context as ReAuditContext;

/**
 * Contexts persisted before the reports to the Steering Committee were kept one by one held one
 * as `committeeReportDue` (the clause) and `committeeReportPendingSince` (the day), or neither.
 */
function migrate(persisted: unknown): unknown {
  if (typeof persisted !== 'object' || persisted === null || Array.isArray(persisted) || Object.hasOwn(persisted, 'committeeReports')) return persisted;
  const { committeeReportDue: clause, committeeReportPendingSince: since, ...rest } = persisted as Readonly<Record<string, unknown>>;
  return { ...rest, committeeReports: (clause === '16.3' || clause === '16.7') && typeof since === 'string' ? [{ clause, since }] : [] };
}

const STAGES = ['requested', 'submitted', 'notConfirmed'] as const;

/** @internal */
export const reAudit = /* @__PURE__ */ defineProcess({
  name: 'reAudit',
  machine: reAuditMachine,
  get context() {
    return reAuditContextSchema();
  },
  guards: RE_AUDIT_GUARDS,
  migrate,
  facts: (s, draft) => {
    const c = ctx(s);
    const stage = STAGES.find((name) => s.matches(name));
    draft.reAuditUnderWay =
      stage === undefined || c.basis === null || c.requestedOn === null ? null : { stage, basis: c.basis, requestedOn: c.requestedOn, dueOn: c.dueOn, incidentId: c.incidentId, submittedOn: c.submittedOn };
  },
  pending: (s, _id, day) => {
    const c = ctx(s);
    return s.matches('requested') && c.dueOn !== null && day > c.dueOn ? { outstanding: [`${c.basis === '16.5' ? '16.6' : '16.2'} (due ${c.dueOn})`], ended: [] } : null;
  },
  effects: {
    reAuditConfirmed: effect('incident', 'case.reAuditConfirmed', (after, e) => {
      const id = ctx(after).incidentId;
      return id === null ? [] : [{ to: { process: 'incident', id }, event: { type: 'case.reAuditConfirmed', at: e.at } }];
    }),
    reApplicationRequested: effect('registration', 'case.reApplicationRequested', (_after, e) => [{ to: 'registration', event: { type: 'case.reApplicationRequested', at: e.at, basis: String(e['basis'] ?? '') } }]),
  },
  announces: (s) => {
    const c = ctx(s);
    return { kind: 're-audit', clause: '16.8', since: c.requestedOn, source: `re-audit requested under ${c.basis ?? '16.1'}` };
  },
});
