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

/** The ISMAP-LIU Cloud Service List entry (11.5(1)–(13)) as far as the facts give it. */
export interface ListEntry {
  /** Whether the service is on the list now. */
  readonly listed: boolean;
  /** `registered`, `suspended`, or `deleted` (with `removal`). */
  readonly status: 'registered' | 'suspended' | 'deleted';
  /** The fields of 11.5, `null` where the facts do not give them. */
  readonly fields: {
    /** 11.5(1) */ readonly name: string | null;
    /** 11.5(2) */ readonly url: string | null;
    /** 11.5(3) */ readonly operator: ListedOperator | null;
    /** 11.5(4) */ readonly registrationDate: string | null;
    /** 11.5(5) */ readonly expirationDate: string | null;
    /** 11.5(6) */ readonly statementScope: string | null;
    /** 11.5(7) */ readonly controls: readonly string[] | null;
    /** 11.5(8) */ readonly assessmentPeriod: DayRange | null;
    /** 11.5(9) */ readonly subsequentEvents: string | null;
    /** 11.5(10) */ readonly improvementPlan: boolean | null;
    /** 11.5(11) */ readonly information75: string | null;
    /** 11.5(12) */ readonly specialNotes: string | null;
    /** 11.5(13) */ readonly governmentUsers: number | null;
  };
  /** The announcements in force (suspension 13.12 / 14.5, re-audit 16.8). */
  readonly announcements: readonly Announcement[];
  /** For a deleted registration: the ground and day. */
  readonly removal: Removal | null;
}

/** The operator as listed (11.5(3)). */
export interface ListedOperator {
  /** Its name. */
  readonly name: string;
  /** Its address, when known. */
  readonly address: string | null;
}

/** A range of days, both inclusive. */
export interface DayRange {
  /** The first day. */
  readonly start: string;
  /** The last day. */
  readonly end: string;
}

/** How a registration left the list. */
export interface Removal {
  /** The ground (`18.2(1)` … `18.2(7)`, or `12.1` for a renewal rejected before 2023-10-02). */
  readonly ground: string;
  /** The day. */
  readonly on: string;
}

/**
 * The list entry, or `null` when the service was never registered; `announcements` is read only
 * while the service is listed.
 *
 * @internal
 */
export function listEntryOf(registration: AnyMachineSnapshot, service: Service, announcements: () => readonly Announcement[]): ListEntry | null {
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
