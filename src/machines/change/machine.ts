/**
 * One change to a registered service (Chapter 14): notified on Form 2-10 (14.1) or Form 2-11
 * (14.2); or not notified, so that OSO suspends the registration and requests the notice
 * (14.3), lifts the suspension when it comes (14.4) and announces it on the list meanwhile
 * (14.5). One instance per change.
 *
 * @module
 */
import { assign, setup } from 'xstate';
import { all, predicates, unless, type GuardSpec } from '../_lib/guards.js';
import { edge, node, type NodeMeta, type TransitionMeta } from '../_lib/meta.js';
import { INITIAL_CHANGE_CONTEXT, type ChangeContext, type ChangeEvent } from './context.js';

type Spec = GuardSpec<ChangeContext, ChangeEvent>;
const registered = (e: ChangeEvent) =>
  unless(e.facts.registration === 'registered' || e.facts.registration === 'withdrawing', '14.1', 'Chapter 14 applies to a registered cloud service; the service is not registered.');
const formFor = { '14.1': 'applicant.notifiedSignificantControlChange', '14.2': 'applicant.notifiedListedContentChange' } as const;

const FORM = { '14.1': 'Form 2-10 (applicant.notifiedSignificantControlChange)', '14.2': 'Form 2-11 (applicant.notifiedListedContentChange)' } as const;
/** Whether the notice is on the form of the change's kind (always, while the kind is unknown). */
const onOwnForm = (c: ChangeContext, e: ChangeEvent): boolean => c.kind === null || formFor[c.kind] === e.type;
/** The notice is on the form of the change's kind (Form 2-10 for 14.1, Form 2-11 for 14.2), refused under `clause` otherwise. */
const ownForm = (c: ChangeContext, e: ChangeEvent, clause: string, what: string) =>
  unless(onOwnForm(c, e), clause, `${what} a ${c.kind ?? '-'} change: its notice is ${c.kind === null ? '-' : FORM[c.kind]}, not ${c.kind === '14.1' ? FORM['14.2'] : FORM['14.1']}.`);

/** @internal */
export const CHANGE_GUARDS = {
  '14.1:registered': { clauses: ['14.1', '14.2', '14.3'], text: 'The service is registered.', check: (_c, e) => registered(e) },
  '14.1:noticeOfTheChange': {
    clauses: ['14.1', '14.2'],
    text: 'The service is registered and the notice is on the form of the change (Form 2-10 for 14.1, Form 2-11 for 14.2).',
    check: (c, e) => all(registered(e), ownForm(c, e, c.kind ?? '14.1', 'The change that occurred is')),
  },
  '14.3:requestedNotice': {
    clauses: ['14.3', '14.1', '14.2'],
    text: 'The service is registered and the notice is the one OSO requested (Form 2-10 for 14.1, Form 2-11 for 14.2).',
    check: (c, e) => all(registered(e), ownForm(c, e, '14.3', 'OSO requested the notice of')),
  },
  '14.4:requestedNoticeSubmitted': {
    clauses: ['14.4'],
    text: 'The notice submitted is the one requested (Form 2-10 for 14.1, Form 2-11 for 14.2).',
    check: (c, e) => all(unless(onOwnForm(c, e), '14.4', `OSO requested the notice of ${c.kind ?? '-'} (Form ${c.kind === '14.1' ? '2-10' : '2-11'}).`)),
  },
} as const satisfies Record<string, Spec>;

const change = /* @__PURE__ */ setup({
  types: {} as { context: ChangeContext; events: ChangeEvent; meta: NodeMeta; transitionMeta: TransitionMeta },
  guards: predicates<ChangeContext, ChangeEvent, typeof CHANGE_GUARDS>(CHANGE_GUARDS),
  actions: {
    notify: assign(({ context, event }) => ({
      id: 'changeId' in event ? (event.changeId ?? context.id) : context.id,
      kind: context.kind ?? (event.type === 'applicant.notifiedListedContentChange' ? '14.2' : '14.1'),
      description: ('description' in event ? event.description : undefined) ?? context.description,
      notifiedOn: event.day,
    })),
    suspend: assign(({ context, event }) =>
      event.type === 'oso.suspendedForUnnotifiedChange'
        ? { id: event.changeId, kind: event.kind, description: event.description ?? context.description, suspendedOn: event.day }
        : {},
    ),
    lift: assign(({ event }) => ({ notifiedOn: event.day, liftedOn: event.day })),
    request: assign(({ context, event }) =>
      event.type === 'oso.requestedChangeNotice' ? { id: event.changeId, kind: event.kind, description: event.description ?? context.description, requestedOn: event.day } : {},
    ),
    occur: assign(({ context, event }) =>
      event.type === 'applicant.madeChange' ? { id: event.changeId, kind: event.kind, description: event.description ?? context.description, occurredOn: event.day } : {},
    ),
    close: assign(({ event }) => ({ closedOn: event.day })),
  },
});

type NoticeGuard = '14.1:registered' | '14.1:noticeOfTheChange' | '14.3:requestedNotice';
const notices = (target: string, lift: boolean, check: NoticeGuard = '14.1:registered') =>
  ({
    'applicant.notifiedSignificantControlChange': {
      target,
      ...(lift ? { guard: '14.4:requestedNoticeSubmitted' as const } : { guard: check }),
      actions: lift ? ('lift' as const) : ('notify' as const),
      meta: edge(lift ? 'Requested notice submitted: suspension lifted' : 'Significant control change notified', lift ? ['14.4', '14.1'] : ['14.1'], { forms: ['2-10'] }),
    },
    'applicant.notifiedListedContentChange': {
      target,
      ...(lift ? { guard: '14.4:requestedNoticeSubmitted' as const } : { guard: check }),
      actions: lift ? ('lift' as const) : ('notify' as const),
      meta: edge(lift ? 'Requested notice submitted: suspension lifted' : 'Registered content change notified', lift ? ['14.4', '14.2'] : ['14.2'], { forms: ['2-11'], effects: ['listEntryChanged'] }),
    },
  }) as const;

const unnotified = { target: '#change.suspended', guard: '14.1:registered', actions: 'suspend', meta: edge('Change not notified: suspended and the notice requested', ['14.3', '14.5'], { effects: ['registrationSuspended'] }) } as const;
const noticeRequested = { target: '#change.requested', guard: '14.1:registered', actions: 'request', meta: edge('Change not notified: OSO requests the notice', ['14.3']) } as const;
const close = { target: '#change.closed', actions: 'close', meta: edge('The registration ended: the change is closed', ['18.2']) } as const;

/**
 * The change machine (one instance per change).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * const [s] = initialTransition(changeMachine);
 * s.value; //=> 'none'
 * ```
 */
export const changeMachine = /* @__PURE__ */ change.createMachine({
  id: 'change',
  context: INITIAL_CHANGE_CONTEXT,
  initial: 'none',
  meta: node('Change to a registered service', ['14.1', '14.2']),
  states: {
    none: {
      meta: node('Not yet known', ['14.1', '14.2']),
      on: {
        ...notices('notified', false),
        'applicant.madeChange': { target: 'occurred', guard: '14.1:registered', actions: 'occur', meta: edge('A change (or an event that could lead to one) occurred: its notice is owed without delay', ['14.1', '14.2', '7.6(3)'], { probe: [{ kind: '14.1' }, { kind: '14.2' }] }) },
        'oso.suspendedForUnnotifiedChange': unnotified,
        'oso.requestedChangeNotice': noticeRequested,
      },
    },
    requested: {
      meta: node('OSO found the change unnotified and requested the notice', ['14.3'], {
        obligations: [{ clause: '14.3', actor: 'A', act: 'Submit the requested notice (Form 2-10 or 2-11)', forms: ['2-10', '2-11'], due: 'until submitted (OSO may suspend the registration meanwhile)', since: 'requestedOn' }],
      }),
      on: { ...notices('notified', false, '14.3:requestedNotice'), 'oso.suspendedForUnnotifiedChange': unnotified, 'case.registrationEnded': close },
    },
    occurred: {
      meta: node('Occurred; the Registrant notifies it without delay', ['14.1', '14.2', '7.6(3)'], {
        obligations: [
          { clause: '14.1', actor: 'A', act: 'Submit the Significant Control Changes Notification', forms: ['2-10'], due: 'without delay (7.6(3))', since: 'occurredOn', when: { field: 'kind', equals: '14.1' } },
          { clause: '14.2', actor: 'A', act: 'Submit the Registered Content Change Notification', forms: ['2-11'], due: 'without delay', since: 'occurredOn', when: { field: 'kind', equals: '14.2' } },
        ],
      }),
      on: { ...notices('notified', false, '14.1:noticeOfTheChange'), 'oso.suspendedForUnnotifiedChange': unnotified, 'oso.requestedChangeNotice': noticeRequested, 'case.registrationEnded': close },
    },
    notified: {
      meta: node('Notified', ['14.1', '14.2', '14.6']),
      on: { ...notices('notified', false), 'case.registrationEnded': close },
    },
    suspended: {
      meta: node('Suspended by OSO until the change is notified', ['14.3', '14.5'], {
        announces: 'suspended',
        obligations: [{ clause: '14.3', actor: 'A', act: 'Submit the requested notice (Form 2-10 or 2-11); the suspension is lifted when it is submitted', forms: ['2-10', '2-11'], due: 'until submitted: the suspension lasts until then (14.4)', since: 'suspendedOn' }],
      }),
      on: { ...notices('lifted', true), 'case.registrationEnded': close },
    },
    lifted: {
      meta: node('Notified after a suspension: suspension lifted', ['14.4']),
      on: { 'case.registrationEnded': close },
    },
    closed: { meta: node('Closed: the registration ended', ['18.2']) },
  },
});
