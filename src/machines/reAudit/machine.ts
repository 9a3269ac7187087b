/**
 * Re-auditing (Chapter 16): requested on Form 2-13 after monitoring (16.1) or on Form 2-14
 * after 13.11 (16.5); re-audit and submission by the date in the notice (16.2, 16.6 with Form
 * 2-9); confirmed (16.7) or not (16.3), then re-application (16.4, read as Chapter 17, I7). The
 * list shows the re-audit until it is completed (16.8). OSO owes the Steering Committee a report
 * of each result (16.3, 16.7), one for each, oldest discharged first.
 *
 * One re-audit at a time: a request made while a re-audit is under way (from its request until
 * it is confirmed, or re-application is requested after it was not) is refused where it is made
 * (an incident's `sc.requestedReAudit`, a monitoring result on Statement matters), naming the
 * re-audit under way; record it again once that re-audit is concluded.
 *
 * @module
 */
import { assign, setup } from 'xstate';
import { predicates, unless, variant, type GuardSpec } from '../_lib/guards.js';
import { edge, node, type NodeMeta, type TransitionMeta } from '../_lib/meta.js';
import { INITIAL_RE_AUDIT_CONTEXT, type ReAuditContext, type ReAuditEvent } from './context.js';

type Spec = GuardSpec<ReAuditContext, ReAuditEvent>;
const confirmed = (e: ReAuditEvent) => (e.type === 'oso.notifiedReAuditResult' ? e.confirmed : null);

/** @internal */
export const RE_AUDIT_GUARDS = {
  '16.3:committeeReportDue': {
    clauses: ['16.3', '16.7'],
    text: 'A re-audit result has not yet been reported to the Steering Committee.',
    check: (c) => unless(c.committeeReports.length > 0, '16.3', 'No re-audit result is waiting to be reported to the Steering Committee.'),
  },
  '16.7:confirmed': { clauses: ['16.7'], text: 'The requirements were confirmed.', check: (_c, e) => variant(confirmed(e) === true, 'The requirements were not confirmed.') },
  '16.3:notConfirmed': { clauses: ['16.3'], text: 'The requirements could not be confirmed.', check: (_c, e) => variant(confirmed(e) === false, 'The requirements were confirmed.') },
  '16.4:basis': {
    clauses: ['16.4', '17.1'],
    text: 'The re-application is requested on the basis of 16.4.',
    check: (_c, e) => variant(e.type === 'oso.requestedReApplication' && e.basis === '16.4', 'The basis given is not 16.4.'),
  },
} as const satisfies Record<string, Spec>;

const reAudit = /* @__PURE__ */ setup({
  types: {} as { context: ReAuditContext; events: ReAuditEvent; meta: NodeMeta; transitionMeta: TransitionMeta },
  guards: predicates<ReAuditContext, ReAuditEvent, typeof RE_AUDIT_GUARDS>(RE_AUDIT_GUARDS),
  actions: {
    request: assign(({ context, event }) =>
      event.type === 'case.reAuditRequested'
        ? { ...INITIAL_RE_AUDIT_CONTEXT, count: context.count + 1, basis: event.basis, requestedOn: event.day, dueOn: event.dueOn, incidentId: event.incidentId, committeeReports: context.committeeReports }
        : {},
    ),
    submit: assign(({ event }) => ({ submittedOn: event.day })),
    result: assign(({ context, event }) =>
      event.type === 'oso.notifiedReAuditResult'
        ? { result: { confirmed: event.confirmed, on: event.day }, committeeReports: [...context.committeeReports, { clause: event.confirmed ? ('16.7' as const) : ('16.3' as const), since: event.day }] }
        : {},
    ),
    reportToCommittee: assign(({ context }) => ({ committeeReports: context.committeeReports.slice(1) })),
    end: assign({}),
  },
});

const stop = { target: '#reAudit.idle', actions: 'end', meta: edge('The registration ended: re-auditing stops', ['18.2']) } as const;

/**
 * The re-audit machine: one re-audit at a time. A case whose re-audit is under way refuses
 * another request (an incident's `sc.requestedReAudit`, 16.5; a monitoring result asking a
 * re-audit, 16.1) with a `guard_failed` refusal naming the re-audit under way, instead of
 * dropping it: the host records the request again once the current re-audit is concluded.
 * The results it has yet to report to the Steering Committee are kept one by one (16.3, 16.7).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * const [s] = initialTransition(reAuditMachine);
 * s.value; //=> 'idle'
 * ```
 */
export const reAuditMachine = /* @__PURE__ */ reAudit.createMachine({
  id: 'reAudit',
  context: INITIAL_RE_AUDIT_CONTEXT,
  initial: 'idle',
  meta: node('Re-auditing', ['16.1', '16.5'], {
    obligations: [
      { clause: '16.3', actor: 'OSO', act: 'Report the re-audit (requirements not confirmed) to the Steering Committee', each: 'committeeReports', since: 'since', when: { field: 'clause', equals: '16.3' } },
      { clause: '16.7', actor: 'OSO', act: 'Report the re-audit (requirements confirmed) to the Steering Committee', each: 'committeeReports', since: 'since', when: { field: 'clause', equals: '16.7' } },
    ],
  }),
  on: {
    'oso.reportedReAuditToCommittee': { guard: '16.3:committeeReportDue', actions: 'reportToCommittee', meta: edge('Re-audit reported to the Steering Committee', ['16.3', '16.7']) },
  },
  states: {
    idle: {
      meta: node('No re-audit in progress', ['16.1']),
      on: { 'case.reAuditRequested': { target: 'requested', actions: 'request', meta: edge('Re-audit requested (Form 2-13 or Form 2-14)', ['16.1', '16.5'], { forms: ['2-13', '2-14'] }) } },
    },
    requested: {
      meta: node('Re-audit requested; due by the date in the notice', ['16.2', '16.6', '16.8'], {
        announces: 're-audit',
        obligations: [
          { clause: '16.2', actor: 'A', act: 'Undergo re-auditing of the sections concerned and submit the Statement and Assessment Report', forms: ['2-1'], dueField: 'dueOn', due: 'by the date stated in the notice', since: 'requestedOn', when: { field: 'basis', equals: '16.1' } },
          { clause: '16.6', actor: 'A', act: 'Undergo re-auditing of the sections concerned and submit the Statement and Assessment Report with Form 2-9', forms: ['2-1', '2-9'], dueField: 'dueOn', due: 'by the date stated in the notice', since: 'requestedOn', when: { field: 'basis', equals: '16.5' } },
        ],
      }),
      on: { 'applicant.submittedReAudit': { target: 'submitted', actions: 'submit', meta: edge('Re-audit results submitted', ['16.2', '16.6'], { forms: ['2-9'] }) }, 'case.registrationEnded': stop },
    },
    submitted: {
      meta: node('Re-audit results submitted; OSO confirms', ['16.3', '16.7', '16.8'], {
        announces: 're-audit',
        obligations: [{ clause: '16.7', actor: 'OSO', act: 'Confirm the requirements, notify the Registrant and report to the Steering Committee', forms: ['2-13'] }],
      }),
      on: {
        'oso.notifiedReAuditResult': [
          { target: 'idle', guard: '16.7:confirmed', actions: 'result', meta: edge('Confirmed: re-auditing complete', ['16.7'], { effects: ['reAuditConfirmed'], probe: { confirmed: true } }) },
          { target: 'notConfirmed', guard: '16.3:notConfirmed', actions: 'result', meta: edge('Not confirmed: reported to the Steering Committee', ['16.3'], { forms: ['2-13'], probe: { confirmed: false } }) },
        ],
        'case.registrationEnded': stop,
      },
    },
    notConfirmed: {
      meta: node('Re-audit not confirmed; OSO requests re-application', ['16.3', '16.4'], {
        obligations: [{ clause: '16.4', actor: 'OSO', act: 'Confirm with the Steering Committee and request re-application (Chapter 17, I7)' }],
      }),
      on: {
        'oso.requestedReApplication': { target: 'idle', guard: '16.4:basis', actions: 'end', meta: edge('Re-application requested', ['16.4', '17.1', '18.2(4)'], { effects: ['reApplicationRequested'], probe: { basis: '16.4' } }) },
        'case.registrationEnded': stop,
      },
    },
  },
});
