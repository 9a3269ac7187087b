/**
 * The case in one line.
 *
 * @internal
 * @module
 */
import type { RegistrationContext } from '../registration/context.js';
import { registrationStatus } from './facts.js';
import type { CaseState } from './state.js';
import type { ListEntry, Obligation, ProcessView } from './view.js';

/**
 * A one-line summary: the registration, the procedure in progress, open incidents, overdue
 * obligations.
 *
 * @internal
 */
export function headlineOf(state: CaseState, processes: readonly ProcessView[], obligations: readonly Obligation[], entry: ListEntry | null): string {
  const parts: string[] = [];
  const reg = state.machines.registration.context as RegistrationContext;
  const status = registrationStatus(state);
  const label = (process: string) => processes.find((p) => p.process === process)?.states.map((s) => s.label).join('; ') ?? '';
  if (status === 'registered' || status === 'withdrawing') {
    const until = reg.deadlines['BR3.5']?.lastDay;
    parts.push(`${entry?.status === 'suspended' ? 'Registered, SUSPENDED' : 'Registered'} since ${reg.registeredOn ?? '?'} (${label('registration')}${until === undefined ? '' : `; expiry ${until}`})`);
  } else if (status === 'deleted' || status === 'notRenewed') {
    parts.push(`Registration ended on ${reg.deletion?.on ?? '?'} (${reg.deletion?.ground ?? ''})`);
  }
  const procedure = state.machines.procedure;
  if (!procedure.matches('idle') && !(procedure.matches('registered') && parts.length > 0)) parts.push(`Procedure: ${label('procedure')}`);
  if (parts.length === 0) parts.push('No procedure started');
  const owing = new Set(obligations.filter((o) => o.process === 'incident').map((o) => o.instance));
  for (const a of entry?.announcements ?? []) if (a.source.startsWith('incident ')) owing.add(a.source);
  const open = owing.size;
  if (open > 0) parts.push(`${open} incident${open === 1 ? '' : 's'} open`);
  const overdue = obligations.filter((o) => o.overdue).length;
  if (overdue > 0) parts.push(`${overdue} obligation${overdue === 1 ? '' : 's'} overdue`);
  return parts.join(' · ');
}
