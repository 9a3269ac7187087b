/**
 * The registration (Chapters 11, 12 and 18): registered and listed, valid until its expiry
 * (12.1, BR3.5) or while a renewal is pending, withdrawn (18.1) or deleted on a ground of
 * 18.2(1)–(7).
 *
 * @module
 */
import { setup } from 'xstate';
import { predicates } from '../_lib/guards.js';
import { edge, node, type NodeMeta, type TransitionMeta } from '../_lib/meta.js';
import { assigners } from '../_lib/setupParts.js';
import { INITIAL_REGISTRATION_CONTEXT, type RegistrationContext, type RegistrationEvent } from './context.js';
import { REGISTRATION_GUARDS } from './guards.js';
import { REGISTRATION_UPDATES } from './updates.js';

const registration = /* @__PURE__ */ setup({
  types: {} as { context: RegistrationContext; events: RegistrationEvent; meta: NodeMeta; transitionMeta: TransitionMeta },
  guards: predicates<RegistrationContext, RegistrationEvent, typeof REGISTRATION_GUARDS>(REGISTRATION_GUARDS),
  actions: assigners<RegistrationContext, RegistrationEvent, typeof REGISTRATION_UPDATES>(REGISTRATION_UPDATES),
});

const LIST_FIELDS = Array.from({ length: 13 }, (_, i) => `11.5(${i + 1})`);

const register = {
  target: '#registration.registered',
  actions: 'register',
  meta: edge('Registered in the ISMAP-LIU Cloud Service List', ['11.1', '11.5', ...LIST_FIELDS], { forms: ['2-6'] }),
} as const;

const expire = {
  target: '#registration.deleted',
  guard: '12.1:expired',
  actions: 'expire',
  meta: edge('No renewal application by the expiration date: deleted automatically', ['12.1', '18.2(1)', 'BR3.5'], { expiry: true, effects: ['registrationEnded'] }),
} as const;

const deletion = (ground: '18.2(2)' | '18.2(4)' | '18.2(5)' | '18.2(6)' | '18.2(7)', guard: keyof typeof REGISTRATION_GUARDS, label: string) =>
  ({
    target: '#registration.deleted',
    guard,
    actions: 'delete',
    meta: edge(label, ['18.2', ground, ...(ground === '18.2(4)' || ground === '18.2(5)' || ground === '18.2(6)' ? ['18.3'] : [])], {
      forms: ground === '18.2(4)' || ground === '18.2(5)' || ground === '18.2(6)' ? ['2-16'] : [],
      effects: ['registrationEnded'],
      probe: { ground },
    }),
  }) as const;

const deletions = [
  deletion('18.2(4)', '18.2(4):reApplicationRequested', 'Deleted: re-application requested'),
  deletion('18.2(5)', '18.2(5):requestUnanswered', 'Deleted: a request was not answered without a justifiable reason'),
  deletion('18.2(6)', '18.2(6):resolutionYearEnded', 'Deleted: the problem behind a 13.7 suspension cannot be resolved within a year'),
  deletion('18.2(7)', '18.2(7):requirementsNotMet', 'Deleted: the requirements of Chapter 7 are clearly not met'),
] as const;

/** What happens to a registration still on the list, registered or withdrawing (18.1 until the deletion of 18.2(2)). */
const whileListed = {
  'case.listEntryChanged': { actions: 'changeListEntry', meta: edge('Registered content changed', ['14.2', '11.5'], { forms: ['2-11'] }) },
  'case.registrationSuspended': { actions: 'recordSuspension', meta: edge('The registration became subject to a suspension: the procuring bodies are to be told', ['7.6(5)', '13.12', '14.5']) },
  'case.reApplicationRequested': { actions: 'requestReApplication', meta: edge('Re-application requested', ['15.2(5)(b)', '16.4', '17.1']) },
} as const;

/**
 * The registration machine.
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * const [s] = initialTransition(registrationMachine);
 * s.value; //=> 'unregistered'
 * ```
 */
export const registrationMachine = /* @__PURE__ */ registration.createMachine({
  id: 'registration',
  context: INITIAL_REGISTRATION_CONTEXT,
  initial: 'unregistered',
  meta: node('Registration', ['11.1', '12.1', '18.2'], {
    obligations: [{ clause: '7.6(5)', actor: 'A', act: 'Notify the procuring ministries and agencies using the service, or publish it on the website', due: 'promptly', since: 'procuringNoticePendingSince', whenSet: 'procuringNoticePendingSince' }],
  }),
  on: {
    'applicant.notifiedProcuringBodies': { guard: '7.6(5):noticeDue', actions: 'notifyProcuringBodies', meta: edge('Procuring bodies notified (or an announcement published)', ['7.6(5)']) },
  },
  states: {
    unregistered: {
      meta: node('Not registered', ['11.1']),
      on: { 'case.registered': register },
    },
    registered: {
      meta: node('Registered and listed', ['11.1', '11.2', '11.5'], {
        obligations: [{ clause: '18.1', actor: 'A', act: 'Submit the Notice of Withdrawal of Registration', forms: ['2-15'], due: 'without delay', since: 'withdrawalGround.on', whenSet: 'withdrawalGround.on' }],
      }),
      initial: 'valid',
      on: {
        'applicant.foundWithdrawalGround': { actions: 'recordWithdrawalGround', meta: edge('A ground of withdrawal arose: the Notice of Withdrawal is owed without delay', ['18.1', '18.1(1)', '18.1(2)']) },
        'applicant.submittedWithdrawal': { target: 'withdrawing', actions: 'notifyWithdrawal', meta: edge('Notice of Withdrawal of Registration submitted', ['18.1', '18.1(1)', '18.1(2)'], { forms: ['2-15'] }) },
        'sc.deletedRegistration': [...deletions],
        ...whileListed,
        'case.registered': { target: '.valid', reenter: true, actions: 'register', meta: edge('Registered again after a re-application', ['17.1', '11.1'], { forms: ['2-6'] }) },
      },
      states: {
        valid: {
          meta: node('Valid until the expiration date; renewal must be applied for by then', ['12.1', 'BR3.5'], {
            obligations: [{ clause: '12.1', actor: 'A', act: 'Apply for renewal (Prior Application and application, 12.2) by the expiration date', forms: ['1-1', '2-4'], period: 'BR3.5' }],
          }),
          on: {
            'case.renewalApplied': { target: 'renewalPending', actions: 'applyForRenewal', meta: edge('Renewal applied for: valid until the decision', ['12.1', '8.3']) },
            'time.passed': expire,
          },
        },
        renewalPending: {
          meta: node('Renewal applied for: valid until the Steering Committee decides', ['12.1']),
          on: {
            'case.registered': { target: 'valid', reenter: true, actions: 'register', meta: edge('Registration renewed', ['11.2', '12.1'], { forms: ['2-6'] }) },
            'case.renewalRejected': [
              { target: '#registration.deleted', guard: '18.2(3):renewalRejectionDeletes', actions: 'rejectRenewal', meta: edge('Renewal rejected: deleted', ['18.2(3)', '18.3'], { forms: ['2-16'], effects: ['registrationEnded'] }) },
              { target: '#registration.notRenewed', guard: '12.1:renewalNotGranted', actions: 'endUnrenewed', meta: edge('Renewal rejected: the registration ends', ['12.1'], { effects: ['registrationEnded'] }) },
            ],
            'case.renewalWithdrawn': { target: 'valid', actions: 'withdrawRenewal', meta: edge('Renewal application not accepted: the expiry applies again', ['12.1', '9.6(1)']) },
          },
        },
      },
    },
    withdrawing: {
      meta: node('Withdrawal notified; the Steering Committee deletes the registration', ['18.1', '18.2(2)'], {
        obligations: [{ clause: '18.2(2)', actor: 'SC', act: 'Delete the service from the ISMAP-LIU Cloud Service List' }],
      }),
      on: {
        'sc.deletedRegistration': [deletion('18.2(2)', '18.2(2):withdrawalNotified', 'Deleted: withdrawal'), ...deletions],
        ...whileListed,
        'time.passed': expire,
      },
    },
    deleted: {
      meta: node('Deleted from the ISMAP-LIU Cloud Service List', ['18.2'], {
        obligations: [{ clause: '18.3', actor: 'SC', act: 'Notify the Registrant on Form 2-16 Request for Re-Application', forms: ['2-16'], since: 'reApplicationNoticePendingSince', whenSet: 'reApplicationNoticePendingSince' }],
      }),
      on: {
        'case.registered': register,
        'sc.sentReApplicationRequest': { guard: '18.3:form216Due', actions: 'sendForm216', meta: edge('Form 2-16 Request for Re-Application sent', ['18.3'], { forms: ['2-16'] }) },
      },
    },
    notRenewed: {
      meta: node('Registration ended: renewal rejected', ['12.1']),
      on: { 'case.registered': register },
    },
  },
});
