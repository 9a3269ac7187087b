/**
 * Appeals: against measures related to a Prior Application (Form 1-5, answered on Form 1-6 by
 * the ministries, 6.1, 6.2) and against registration procedures (Form 2-17, answered on Form
 * 2-18 by the Steering Committee, 19.1, 19.2). One appeal of each kind is pending at a time.
 *
 * @module
 */
import { assign, setup } from 'xstate';
import { predicates, unless, type GuardSpec } from '../_lib/guards.js';
import { edge, node, type NodeMeta, type TransitionMeta } from '../_lib/meta.js';
import type { AppealsContext, AppealsEvent } from './context.js';

export { appealsContextSchema } from './context.js';

type Spec = GuardSpec<AppealsContext, AppealsEvent>;

/** @internal */
export const APPEALS_GUARDS = {
  '6.1:priorApplicationMeasure': { clauses: ['6.1'], text: 'There is a measure related to a Prior Application to object to.', check: (_c, e) => unless(e.facts.priorApplicationMade, '6.1', 'No Prior Application was made: there is no measure to object to.') },
  '19.1:registrationMeasure': {
    clauses: ['19.1'],
    text: 'There is a measure related to Service Registration procedures to object to.',
    check: (_c, e) => unless(e.facts.applicationMade || e.facts.registration !== 'unregistered', '19.1', 'No application for registration was made: there is no registration procedure to object to.'),
  },
} as const satisfies Record<string, Spec>;

const file = (key: 'priorApplication' | 'registration') =>
  assign<AppealsContext, AppealsEvent, undefined, AppealsEvent, never>(({ context, event }) => ({
    [key]: [...context[key], { filedOn: event.day, answeredOn: null, measure: 'measure' in event ? (event.measure ?? null) : null }],
  }));
const answer = (key: 'priorApplication' | 'registration') =>
  assign<AppealsContext, AppealsEvent, undefined, AppealsEvent, never>(({ context, event }) => ({
    [key]: context[key].map((a, i) => (i === context[key].length - 1 ? { ...a, answeredOn: event.day } : a)),
  }));

const appeals = /* @__PURE__ */ setup({
  types: {} as { context: AppealsContext; events: AppealsEvent; meta: NodeMeta; transitionMeta: TransitionMeta },
  guards: predicates<AppealsContext, AppealsEvent, typeof APPEALS_GUARDS>(APPEALS_GUARDS),
  actions: { filePriorApplication: file('priorApplication'), answerPriorApplication: answer('priorApplication'), fileRegistration: file('registration'), answerRegistration: answer('registration') },
});

const filePa = { target: 'pending', guard: '6.1:priorApplicationMeasure', actions: 'filePriorApplication', meta: edge('Appeal related to Prior Application filed', ['6.1'], { forms: ['1-5'] }) } as const;
const fileReg = { target: 'pending', guard: '19.1:registrationMeasure', actions: 'fileRegistration', meta: edge('Appeals Form submitted', ['19.1'], { forms: ['2-17'] }) } as const;

/**
 * The appeals machine: two parallel regions.
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * const [s] = initialTransition(appealsMachine);
 * s.value; //=> { priorApplication: 'none', registration: 'none' }
 * ```
 */
export const appealsMachine = /* @__PURE__ */ appeals.createMachine({
  id: 'appeals',
  context: { priorApplication: [], registration: [] },
  type: 'parallel',
  meta: node('Appeals', ['6.1', '19.1']),
  states: {
    priorApplication: {
      meta: node('Appeals related to Prior Application', ['6.1', '6.2']),
      initial: 'none',
      states: {
        none: { meta: node('No appeal', ['6.1']), on: { 'applicant.appealedPriorApplication': filePa } },
        pending: {
          meta: node('Appeal filed; the ministries reply', ['6.1', '6.2'], { obligations: [{ clause: '6.2', actor: 'MIN', act: 'Reply to the appeal', forms: ['1-6'] }] }),
          on: { 'min.answeredPriorApplicationAppeal': { target: 'answered', actions: 'answerPriorApplication', meta: edge('Written Response sent', ['6.2'], { forms: ['1-6'] }) } },
        },
        answered: { meta: node('Appeal answered', ['6.2']), on: { 'applicant.appealedPriorApplication': filePa } },
      },
    },
    registration: {
      meta: node('Appeals related to registration', ['19.1', '19.2']),
      initial: 'none',
      states: {
        none: { meta: node('No appeal', ['19.1']), on: { 'applicant.appealedRegistration': fileReg } },
        pending: {
          meta: node('Appeal submitted; the Steering Committee replies', ['19.1', '19.2'], { obligations: [{ clause: '19.2', actor: 'SC', act: 'Reply to the appeal', forms: ['2-18'] }] }),
          on: { 'sc.answeredAppeal': { target: 'answered', actions: 'answerRegistration', meta: edge('Response to Appeals Form sent', ['19.2'], { forms: ['2-18'] }) } },
        },
        answered: { meta: node('Appeal answered', ['19.2']), on: { 'applicant.appealedRegistration': fileReg } },
      },
    },
  },
});
