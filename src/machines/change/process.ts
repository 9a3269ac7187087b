/**
 * Changes as a process of a case (Chapter 14): one instance per change id (an event without one
 * starts a new change); the notices each holds (15.1(1)); its announcement (14.5); the list entry
 * it changes (14.2).
 *
 * @internal
 * @module
 */
import { quote } from '../../_lib/text.js';
import type { AnyMachineSnapshot } from 'xstate';
import type { ListEntryInput } from '../events/fields.js';
import { addingFields, defineProcess, effect } from '../process.js';
import { changeContextSchema, type ChangeContext } from './context.js';
import { CHANGE_GUARDS, changeMachine } from './machine.js';

const ctx = (s: AnyMachineSnapshot): ChangeContext => s.context as ChangeContext;

/** @internal */
export const change = /* @__PURE__ */ defineProcess({
  name: 'change',
  machine: changeMachine,
  get context() {
    return changeContextSchema();
  },
  guards: CHANGE_GUARDS,
  instances: {
    idField: 'changeId',
    createdBy: 'any',
    defaultId: (applied) => `change-${applied + 1}`,
    unknown: (id) => ({ message: `No change ${quote(id)}.`, clauses: ['14.1'] }),
  },
  migrate: /* @__PURE__ */ addingFields({ occurredOn: null, requestedOn: null }),
  tally: (s) => ({ reports: ctx(s).notifiedOn === null ? 0 : 1, watch: false }),
  effects: {
    registrationSuspended: /* @__PURE__ */ effect('registration', 'case.registrationSuspended', (_after, e) => [{ to: 'registration', event: { type: 'case.registrationSuspended', at: e.at } }]),
    listEntryChanged: effect('registration', 'case.listEntryChanged', (_after, e) => (e['listEntry'] === undefined ? [] : [{ to: 'registration', event: { type: 'case.listEntryChanged', at: e.at, listEntry: e['listEntry'] as ListEntryInput } }])),
  },
  announces: (s, id) => ({ kind: 'suspended', clause: '14.5', since: ctx(s).suspendedOn, source: `change ${id === null ? 'null' : quote(id)} not notified (14.3)` }),
});
