/**
 * Monitoring (Chapter 15): started on a trigger of 15.1(1)–(3) (after a report 13.13 or a
 * notice 14.6, on doubts, or as OSO deems necessary); Notice of Monitoring (Form 2-12), written
 * reply, interview, Notice of Monitoring Results (Form 2-13); when the requirements cannot be
 * confirmed, a re-audit for Statement matters (15.2(5)(a), 16.1) and, for the rest, a request to
 * re-apply where necessary (15.2(5)(b), 17.1). OSO owes the Steering Committee a report of each
 * such result (kept across rounds, oldest discharged first) and the Registrant the opportunity
 * for explanation it requested (kept across rounds until given). A result asking a re-audit
 * while another is under way is refused (one re-audit at a time, 16.1).
 *
 * @module
 */
import { assign, setup } from 'xstate';
import { all, PASS, predicates, unless, variant, type GuardSpec } from '../_lib/guards.js';
import { edge, node, type NodeMeta, type TransitionMeta } from '../_lib/meta.js';
import { oneReAuditAtATime } from '../reAudit/oneAtATime.js';
import { INITIAL_MONITORING_CONTEXT, type MonitoringContext, type MonitoringEvent } from './context.js';

type Spec = GuardSpec<MonitoringContext, MonitoringEvent>;
const result = (e: MonitoringEvent) => (e.type === 'oso.notifiedMonitoringResult' ? e : null);
/** A result that requests a re-audit of Statement matters (15.2(5)(a), 16.1) may not while another is under way. */
const reAuditFree = (e: MonitoringEvent) => {
  const r = result(e);
  const asks = r !== null && !r.confirmed && (r.unconfirmed ?? []).includes('statement') && typeof r.reAuditDueOn === 'string';
  return asks ? oneReAuditAtATime(e.facts, '16.1', 'the Notice of Monitoring Results') : PASS;
};

/** @internal */
export const MONITORING_GUARDS = {
  '15.1:triggerHolds': {
    clauses: ['15.1', '15.1(1)', '15.1(2)', '15.1(3)', '13.13', '14.6'],
    text: 'The service is registered and, for 15.1(1), a report (13) or notice (14) was made.',
    check: (_c, e) =>
      all(
        unless(e.facts.registration === 'registered' || e.facts.registration === 'withdrawing', '15.1', 'Monitoring concerns a Registrant; the service is not registered.'),
        unless(e.type !== 'oso.notifiedMonitoring' || e.trigger !== '15.1(1)' || e.facts.reportsOrNotices > 0, '15.1(1)', 'No report under Chapter 13 or notice under Chapter 14 was made.'),
      ),
  },
  '15.2(4):confirmed': { clauses: ['15.2(4)'], text: 'The requirements were confirmed.', check: (_c, e) => variant(result(e)?.confirmed === true, 'The requirements were not confirmed.') },
  '15.2(5)(a):statementOnly': {
    clauses: ['15.2(5)', '15.2(5)(a)', '16.1'],
    text: 'Only Statement matters could not be confirmed (and no other re-audit is under way).',
    check: (_c, e) => all(variant(result(e)?.confirmed === false && !(result(e)?.unconfirmed ?? []).includes('other'), 'Other matters could not be confirmed either.'), reAuditFree(e)),
  },
  '15.2(5)(b):otherMatters': {
    clauses: ['15.2(5)', '15.2(5)(b)', '16.1'],
    text: 'Matters other than the Statement could not be confirmed (and, when Statement matters could not either, no other re-audit is under way).',
    check: (_c, e) => all(variant(result(e)?.confirmed === false && (result(e)?.unconfirmed ?? []).includes('other'), 'Only Statement matters are unconfirmed.'), reAuditFree(e)),
  },
  '15.2(5):explanationRequested': {
    clauses: ['15.2(5)'],
    text: 'The Registrant requested an opportunity for explanation that has not been given yet.',
    check: (c) => unless(c.explanationPendingSince !== null, '15.2(5)', 'The Registrant has not requested an opportunity for explanation, or it was given.'),
  },
  '15.2(5):committeeReportDue': {
    clauses: ['15.2(5)'],
    text: 'A result not confirming the requirements has not yet been reported to the Steering Committee.',
    check: (c) => unless(c.committeeReportsPending.length > 0, '15.2(5)', 'No monitoring result is waiting to be reported to the Steering Committee.'),
  },
  '15.2(5)(b):basis': {
    clauses: ['15.2(5)(b)', '17.1'],
    text: 'The re-application is requested on the basis of 15.2(5)(b).',
    check: (_c, e) => variant(e.type === 'oso.requestedReApplication' && e.basis === '15.2(5)(b)', 'The basis given is not 15.2(5)(b).'),
  },
} as const satisfies Record<string, Spec>;

const monitoring = /* @__PURE__ */ setup({
  types: {} as { context: MonitoringContext; events: MonitoringEvent; meta: NodeMeta; transitionMeta: TransitionMeta },
  guards: predicates<MonitoringContext, MonitoringEvent, typeof MONITORING_GUARDS>(MONITORING_GUARDS),
  actions: {
    notice: assign(({ context, event }) =>
      event.type === 'oso.notifiedMonitoring'
        ? {
            ...INITIAL_MONITORING_CONTEXT,
            count: context.count + 1,
            trigger: event.trigger,
            noticedOn: event.day,
            committeeReportsPending: context.committeeReportsPending,
            // An explanation requested in an earlier round and not yet given stays owed (15.2(5)).
            ...(context.explanationPendingSince === null
              ? {}
              : { explanationRequestedOn: context.explanationRequestedOn, explanationHeldOn: context.explanationHeldOn, explanationPendingSince: context.explanationPendingSince }),
          }
        : {},
    ),
    reply: assign(({ event }) => ({ repliedOn: event.day })),
    interview: assign(({ context }) => ({ interviews: context.interviews + 1 })),
    result: assign(({ context, event }) =>
      event.type === 'oso.notifiedMonitoringResult'
        ? { result: { confirmed: event.confirmed, unconfirmed: event.unconfirmed ?? [], on: event.day }, ...(event.confirmed ? {} : { committeeReportsPending: [...context.committeeReportsPending, { on: event.day }] }) }
        : {},
    ),
    explanation: assign(({ context, event }) => ({ explanationRequestedOn: event.day, explanationPendingSince: context.explanationPendingSince ?? event.day })),
    reportToCommittee: assign(({ context }) => ({ committeeReportsPending: context.committeeReportsPending.slice(1) })),
    holdExplanation: assign(({ event }) => ({ explanationHeldOn: event.day, explanationPendingSince: null })),
    /** The registration ended (18.2): an explanation still owed is moot; reports owed to the Committee stay owed. */
    dropExplanation: assign({ explanationPendingSince: null }),
    end: assign({}),
  },
});

const notice = {
  target: 'noticed',
  guard: '15.1:triggerHolds',
  actions: 'notice',
  meta: edge('Notice of Monitoring sent', ['15.1', '15.2(1)', '13.13', '14.6'], { forms: ['2-12'], probe: [{ trigger: '15.1(1)' }, { trigger: '15.1(2)' }, { trigger: '15.1(3)' }] }),
} as const;
const explanationOwed = { clause: '15.2(5)', actor: 'OSO', act: 'Give the Registrant the opportunity for explanation it requested', due: 'on request', since: 'explanationPendingSince', whenSet: 'explanationPendingSince' } as const;
const stop = { target: '#monitoring.idle', actions: 'dropExplanation', meta: edge('The registration ended: monitoring stops', ['18.2']) } as const;

/**
 * The monitoring machine.
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * const [s] = initialTransition(monitoringMachine);
 * s.value; //=> 'idle'
 * ```
 */
export const monitoringMachine = /* @__PURE__ */ monitoring.createMachine({
  id: 'monitoring',
  context: INITIAL_MONITORING_CONTEXT,
  initial: 'idle',
  meta: node('Monitoring', ['15.1', '15.2'], {
    obligations: [{ clause: '15.2(5)', actor: 'OSO', act: 'Report the monitoring result to the Steering Committee', each: 'committeeReportsPending', since: 'on' }, explanationOwed],
  }),
  on: {
    'oso.reportedMonitoringToCommittee': { guard: '15.2(5):committeeReportDue', actions: 'reportToCommittee', meta: edge('Monitoring result reported to the Steering Committee', ['15.2(5)']) },
    'oso.heldExplanation': { guard: '15.2(5):explanationRequested', actions: 'holdExplanation', meta: edge('The Registrant was heard', ['15.2(5)']) },
  },
  states: {
    idle: {
      meta: node('No monitoring in progress', ['15.1']),
      on: {
        'oso.notifiedMonitoring': notice,
        'case.registrationEnded': { guard: '15.2(5):explanationRequested', actions: 'dropExplanation', meta: edge('The registration ended: the explanation requested is no longer owed', ['15.2(5)', '18.2']) },
      },
    },
    noticed: {
      meta: node('Notice of Monitoring received; the Registrant replies in writing', ['15.2(1)', '15.2(2)'], {
        obligations: [{ clause: '15.2(2)', actor: 'A', act: 'Reply in writing with the requested information', due: 'as the Notice of Monitoring asks', since: 'noticedOn' }],
      }),
      on: { 'applicant.repliedToMonitoring': { target: 'replied', actions: 'reply', meta: edge('Written reply', ['15.2(2)']) }, 'case.registrationEnded': stop },
    },
    replied: {
      meta: node('OSO confirms the reply, with an interview if necessary', ['15.2(3)'], {
        obligations: [{ clause: '15.2(4)', actor: 'OSO', act: 'Notify the Notice of Monitoring Results', forms: ['2-13'], since: 'repliedOn' }],
      }),
      on: {
        'oso.interviewedRegistrant': { actions: 'interview', meta: edge('Interview', ['15.2(3)']) },
        'oso.notifiedMonitoringResult': [
          { target: 'idle', guard: '15.2(4):confirmed', actions: 'result', meta: edge('Requirements confirmed: monitoring complete', ['15.2(4)'], { forms: ['2-13'], probe: { confirmed: true } }) },
          { target: 'statementNotConfirmed', guard: '15.2(5)(a):statementOnly', actions: 'result', meta: edge('Statement matters not confirmed: re-audit requested', ['15.2(5)', '15.2(5)(a)', '16.1'], { forms: ['2-13'], effects: ['reAuditRequested'], probe: { confirmed: false, unconfirmed: ['statement'] } }) },
          { target: 'notConfirmed', guard: '15.2(5)(b):otherMatters', actions: 'result', meta: edge('Other matters not confirmed: reported to the Steering Committee', ['15.2(5)', '15.2(5)(b)'], { forms: ['2-13'], effects: ['reAuditRequested'], probe: { confirmed: false, unconfirmed: ['other'] } }) },
        ],
        'case.registrationEnded': stop,
      },
    },
    statementNotConfirmed: {
      meta: node('Statement matters not confirmed: re-audit requested (16.1); the Registrant may request an opportunity for explanation', ['15.2(5)', '15.2(5)(a)', '16.1']),
      on: {
        'applicant.requestedExplanation': { actions: 'explanation', meta: edge('Opportunity for explanation requested', ['15.2(5)']) },
        'oso.notifiedMonitoring': notice,
        'case.registrationEnded': stop,
      },
    },
    notConfirmed: {
      meta: node('Not confirmed: OSO, after confirming with the Steering Committee, asks for re-application as necessary', ['15.2(5)', '15.2(5)(b)'], {
        obligations: [{ clause: '15.2(5)(b)', actor: 'OSO', act: 'Decide, with the Steering Committee, whether to ask for re-application' }],
      }),
      on: {
        'applicant.requestedExplanation': { actions: 'explanation', meta: edge('Opportunity for explanation requested', ['15.2(5)']) },
        'oso.requestedReApplication': { target: 'idle', guard: '15.2(5)(b):basis', actions: 'end', meta: edge('Re-application requested', ['15.2(5)(b)', '17.1', '18.2(4)'], { effects: ['reApplicationRequested'], probe: { basis: '15.2(5)(b)' } }) },
        'oso.closedMonitoring': { target: 'idle', actions: 'end', meta: edge('No re-application needed: monitoring closed', ['15.2(5)(b)']) },
        'case.registrationEnded': stop,
      },
    },
  },
});
