/**
 * Monitoring as a process of a case (Chapter 15): its unanswered notice (15.2(2), read by
 * 18.2(5)), and the follow-ups of its result (re-audit 15.2(5)(a), re-application 15.2(5)(b)).
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addingFields, defineProcess, effect } from '../process.js';
import { monitoringContextSchema, type MonitoringContext } from './context.js';
import { MONITORING_GUARDS, monitoringMachine } from './machine.js';

const ctx = (s: AnyMachineSnapshot): MonitoringContext => s.context as MonitoringContext;

const addExplanation = /* @__PURE__ */ addingFields({ explanationHeldOn: null, explanationPendingSince: null });

/**
 * Contexts persisted before the reports to the Steering Committee were kept one by one held one
 * as `committeeReportPendingSince` (a day, or `null`), or none before that field.
 */
function migrate(persisted: unknown): unknown {
  const context = addExplanation(persisted);
  if (typeof context !== 'object' || context === null || Array.isArray(context) || Object.hasOwn(context, 'committeeReportsPending')) return context;
  const { committeeReportPendingSince: on, ...rest } = context as Readonly<Record<string, unknown>>;
  return { ...rest, committeeReportsPending: typeof on === 'string' ? [{ on }] : [] };
}

/** @internal */
export const monitoring = /* @__PURE__ */ defineProcess({
  name: 'monitoring',
  machine: monitoringMachine,
  get context() {
    return monitoringContextSchema();
  },
  guards: MONITORING_GUARDS,
  migrate,
  redirect: (e) => (e.type === 'oso.requestedReApplication' && e['basis'] === '16.4' ? 'reAudit' : null),
  pending: (s) => (s.matches('noticed') ? { outstanding: [`15.2(2) (monitoring of ${ctx(s).noticedOn ?? ''})`], ended: [] } : null),
  effects: {
    reAuditRequested: effect('reAudit', 'case.reAuditRequested', (_after, e) => {
      const unconfirmed = (e['unconfirmed'] as readonly string[] | undefined) ?? [];
      const dueOn = e['reAuditDueOn'];
      if (!unconfirmed.includes('statement') || typeof dueOn !== 'string') return [];
      return [{ to: 'reAudit', event: { type: 'case.reAuditRequested', at: e.at, basis: '16.1', dueOn, incidentId: null } }];
    }),
    reApplicationRequested: effect('registration', 'case.reApplicationRequested', (_after, e) => [{ to: 'registration', event: { type: 'case.reApplicationRequested', at: e.at, basis: String(e['basis'] ?? '') } }]),
  },
});
