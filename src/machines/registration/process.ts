/**
 * The registration as a process of a case (Chapters 11, 12, 18): one at a time, ticked by the
 * clock (12.1), the facts other processes read (registered or not, the audit period, past
 * deletions), and its end, which closes the other processes.
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { CaseFacts } from '../_lib/routed.js';
import { addingFields, defineProcess, effect } from '../process.js';
import { registrationContextSchema, type RegistrationContext } from './context.js';
import { REGISTRATION_GUARDS } from './guards.js';
import { registrationMachine } from './machine.js';

const ctx = (s: AnyMachineSnapshot): RegistrationContext => s.context as RegistrationContext;

/**
 * The registration's coarse status: the top state of its machine.
 *
 * @internal
 */
export function registrationStatusOf(s: AnyMachineSnapshot): CaseFacts['registration'] {
  return (typeof s.value === 'string' ? s.value : (Object.keys(s.value)[0] ?? '')) as CaseFacts['registration'];
}

/** @internal */
export const registration = /* @__PURE__ */ defineProcess({
  name: 'registration',
  machine: registrationMachine,
  get context() {
    return registrationContextSchema();
  },
  guards: REGISTRATION_GUARDS,
  ticks: true,
  migrate: /* @__PURE__ */ addingFields({ withdrawalGround: null, procuringNoticePendingSince: null, reApplicationNoticePendingSince: null }),
  facts: (s, draft) => {
    const c = ctx(s);
    draft.registration = registrationStatusOf(s);
    draft.auditPeriod = c.auditPeriod;
    draft.reApplicationRequested = c.reApplicationRequestedOn !== null;
    draft.pastDeletions = c.pastDeletions;
    draft.applicationMade ||= c.firstRegisteredOn !== null;
  },
  effects: {
    registrationEnded: effect('open', 'case.registrationEnded', (after, e) => [{ to: 'open', event: { type: 'case.registrationEnded', at: ctx(after).deletion?.on ?? e.at, ground: ctx(after).deletion?.ground ?? '18.2' } }]),
  },
});
