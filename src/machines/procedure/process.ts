/**
 * The procedure as a process of a case (Chapters 3–11): one at a time, ticked by the clock, and
 * the follow-ups it sends to the registration (granted, renewal applied, withdrawn, rejected).
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { ProvisionFacts } from '../../rules/schemas/index.js';
import { addingFields, defineProcess, effect, type Effect, type SourceEvent } from '../process.js';
import { procedureContextSchema, type ProcedureContext } from './context.js';
import { PROCEDURE_GUARDS } from './guards.js';
import { procedureMachine } from './machine.js';

const ctx = (s: AnyMachineSnapshot): ProcedureContext => s.context as ProcedureContext;
const renewal = (s: AnyMachineSnapshot): boolean => ctx(s).purpose === 'renewal';
const applicationDate = (s: AnyMachineSnapshot): string => ctx(s).application?.appliedOn ?? '';

function registered(after: AnyMachineSnapshot, e: SourceEvent): readonly Effect[] {
  const c = ctx(after);
  const report = c.suspension?.originalReport ?? c.assessmentReport;
  if (report === null) return [];
  const listEntry = { ...(c.application?.listEntry ?? {}), ...((e['listEntry'] as object | undefined) ?? {}) };
  const expiresOn = typeof e['expiresOn'] === 'string' ? e['expiresOn'] : null;
  return [
    {
      to: 'registration',
      event: { type: 'case.registered', at: e.at, renewal: renewal(after), auditPeriod: report.auditPeriod, expiresOn, improvementPlan: report.findings.length > 0, listEntry },
    },
  ];
}

const addFields = /* @__PURE__ */ addingFields({ assessorInformedOn: null, earlierInternalAudits: [] });

/**
 * A context persisted by an earlier version: the fields added since get their initial values, and
 * the single slot for OSO's request for eligibility information (`eligibilityInfoRequest`, 5.2:
 * `{ from, on }` or `null`) becomes the slot of its party in `eligibilityInfoRequests`.
 */
function migrate(persisted: unknown): unknown {
  const context = addFields(persisted);
  if (typeof context !== 'object' || context === null || Array.isArray(context) || Object.hasOwn(context, 'eligibilityInfoRequests')) return context;
  const { eligibilityInfoRequest: old, ...rest } = context as Readonly<Record<string, unknown>>;
  if (old === undefined || old === null) return { ...rest, eligibilityInfoRequests: { applicant: null, agency: null } };
  const from = typeof old === 'object' ? (old as Readonly<Record<string, unknown>>)['from'] : undefined;
  // Not a slot an earlier version wrote: left as it is, for the context schema to refuse.
  if (from !== 'applicant' && from !== 'agency') return context;
  const on = (old as Readonly<Record<string, unknown>>)['on'];
  return { ...rest, eligibilityInfoRequests: { applicant: from === 'applicant' ? on : null, agency: from === 'agency' ? on : null } };
}

/** @internal */
export const procedure = /* @__PURE__ */ defineProcess({
  name: 'procedure',
  machine: procedureMachine,
  get context() {
    return procedureContextSchema();
  },
  guards: PROCEDURE_GUARDS,
  ticks: true,
  migrate,
  facts: (s, draft) => {
    const c = ctx(s);
    draft.priorApplicationMade = c.round > 0;
    draft.applicationMade ||= c.applicationsMade > 0;
  },
  provisionFacts: (s, event): ProvisionFacts => {
    const p = ctx(s);
    return {
      ...(p.priorApplication === null ? {} : { priorApplicationDate: p.priorApplication.submittedAt, onListOfTargetOperations: p.priorApplication.onListOfTargetOperations }),
      ...(p.application === null ? {} : { applicationDate: p.application.appliedAt }),
      ...(event?.type === 'oso.requestedReviewInfo' ? { requestDate: event.at } : {}),
      ...(p.assessmentStartedOn === null ? {} : { assessmentStartDate: p.assessmentStartedOn }),
    };
  },
  effects: {
    renewalApplied: effect('registration', 'case.renewalApplied', (after, e) => (renewal(after) ? [{ to: 'registration', event: { type: 'case.renewalApplied', at: e.at, applicationDate: applicationDate(after) } }] : [])),
    renewalWithdrawn: effect('registration', 'case.renewalWithdrawn', (after, e) => (renewal(after) ? [{ to: 'registration', event: { type: 'case.renewalWithdrawn', at: ctx(after).outcome?.on ?? e.at } }] : [])),
    renewalRejected: effect('registration', 'case.renewalRejected', (after, e) => (renewal(after) ? [{ to: 'registration', event: { type: 'case.renewalRejected', at: ctx(after).outcome?.on ?? e.at, applicationDate: applicationDate(after) } }] : [])),
    registered: effect('registration', 'case.registered', registered),
  },
});
