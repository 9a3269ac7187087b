/**
 * The ISMAP-LIU Cloud Service List entry (11.5) with its announcements (13.12, 14.5, 16.8).
 *
 * @internal
 * @module
 */
import type { ChangeContext } from '../change/context.js';
import type { IncidentContext } from '../incident/context.js';
import type { ReAuditContext } from '../reAudit/context.js';
import type { RegistrationContext } from '../registration/context.js';
import { activeMetas } from './obligations.js';
import { registrationStatus } from './facts.js';
import { allRefs, snapshotAt, type CaseState } from './state.js';
import type { Announcement, ListEntry } from './view.js';

/**
 * The announcements in force: a suspension (13.12 for incidents, 14.5 for changes) or a re-audit
 * (16.8), read from the `announces` meta of the active states.
 *
 * @internal
 */
export function announcements(state: CaseState): Announcement[] {
  const out: Announcement[] = [];
  for (const ref of allRefs(state)) {
    const snapshot = snapshotAt(state, ref);
    if (snapshot === undefined) continue;
    for (const meta of activeMetas(snapshot)) {
      if (meta.announces === undefined) continue;
      if (ref.process === 'incident') {
        const c = snapshot.context as IncidentContext;
        const byOso = meta.clauses.includes('13.5');
        out.push({ kind: 'suspended', clause: '13.12', since: byOso ? (c.osoSuspension?.on ?? null) : (c.scSuspension?.on ?? null), source: `incident ${JSON.stringify(ref.key)} (${byOso ? '13.5' : '13.7'})` });
      } else if (ref.process === 'change') {
        out.push({ kind: 'suspended', clause: '14.5', since: (snapshot.context as ChangeContext).suspendedOn, source: `change ${JSON.stringify(ref.key)} not notified (14.3)` });
      } else if (ref.process === 'reAudit') {
        const c = snapshot.context as ReAuditContext;
        out.push({ kind: 're-audit', clause: '16.8', since: c.requestedOn, source: `re-audit requested under ${c.basis ?? '16.1'}` });
      }
    }
  }
  return out;
}

/**
 * The list entry, or `null` when the service was never registered.
 *
 * @internal
 */
export function listEntryOf(state: CaseState): ListEntry | null {
  const c = state.machines.registration.context as RegistrationContext;
  if (c.registeredOn === null) return null;
  const status = registrationStatus(state);
  const listed = status === 'registered' || status === 'withdrawing';
  const notes = listed ? announcements(state) : [];
  const e = c.listEntry;
  return {
    listed,
    status: !listed ? 'deleted' : notes.some((n) => n.kind === 'suspended') ? 'suspended' : 'registered',
    fields: {
      name: e.name ?? state.service.name,
      url: e.url ?? state.service.url ?? null,
      operator: (e.operator ?? state.service.operator) === undefined ? null : { name: (e.operator ?? state.service.operator)?.name ?? '', address: (e.operator ?? state.service.operator)?.address ?? null },
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
