/**
 * The ISMAP-LIU Cloud Service List entry of a registration (11.5(1)–(13)), with the
 * announcements of the other processes (13.12, 14.5, 16.8) while it is listed.
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Service } from '../events/caseFile.js';
import type { Announcement } from '../process.js';
import type { RegistrationContext } from './context.js';
import { registrationStatusOf } from './process.js';

/** The list entry as the view shows it (see `ListEntry`). @internal */
export interface ListEntryView {
  readonly listed: boolean;
  readonly status: 'registered' | 'suspended' | 'deleted';
  readonly fields: {
    readonly name: string | null;
    readonly url: string | null;
    readonly operator: { readonly name: string; readonly address: string | null } | null;
    readonly registrationDate: string | null;
    readonly expirationDate: string | null;
    readonly statementScope: string | null;
    readonly controls: readonly string[] | null;
    readonly assessmentPeriod: { readonly start: string; readonly end: string } | null;
    readonly subsequentEvents: string | null;
    readonly improvementPlan: boolean | null;
    readonly information75: string | null;
    readonly specialNotes: string | null;
    readonly governmentUsers: number | null;
  };
  readonly announcements: readonly Announcement[];
  readonly removal: { readonly ground: string; readonly on: string } | null;
}

/**
 * The list entry, or `null` when the service was never registered; `announcements` is read only
 * while the service is listed.
 *
 * @internal
 */
export function listEntryOf(registration: AnyMachineSnapshot, service: Service, announcements: () => readonly Announcement[]): ListEntryView | null {
  const c = registration.context as RegistrationContext;
  if (c.registeredOn === null) return null;
  const status = registrationStatusOf(registration);
  const listed = status === 'registered' || status === 'withdrawing';
  const notes = listed ? announcements() : [];
  const e = c.listEntry;
  const operator = e.operator ?? service.operator;
  return {
    listed,
    status: !listed ? 'deleted' : notes.some((n) => n.kind === 'suspended') ? 'suspended' : 'registered',
    fields: {
      name: e.name ?? service.name,
      url: e.url ?? service.url ?? null,
      operator: operator === undefined ? null : { name: operator.name ?? '', address: operator.address ?? null },
      registrationDate: c.registeredOn,
      expirationDate: c.deadlines['BR3.5']?.lastDay ?? null,
      statementScope: e.statementScope ?? null,
      controls: e.controls ?? null,
      assessmentPeriod: c.auditPeriod,
      subsequentEvents: e.subsequentEvents ?? null,
      improvementPlan: c.improvementPlan,
      information75: e.information75 ?? null,
      specialNotes: e.specialNotes ?? null,
      governmentUsers: e.governmentUsers ?? null,
    },
    announcements: notes,
    removal: c.deletion === null || listed ? null : { ground: c.deletion.ground, on: c.deletion.on },
  };
}
