/**
 * One re-audit at a time: the check the events that request a re-audit (an incident's
 * `sc.requestedReAudit`, 13.11 and 16.5; a monitoring result on Statement matters, 15.2(5)(a) and
 * 16.1) make against the re-audit already under way.
 *
 * @internal
 * @module
 */
import { quote } from '../../_lib/text.js';
import type { CheckFailure } from '../../rules/checks/types.js';
import { PASS } from '../_lib/guards.js';
import type { CaseFacts } from '../_lib/routed.js';

/** Where the re-audit under way stands, in a clause of a sentence. */
const STAGE = {
  requested: '',
  submitted: '; its results were submitted and OSO has yet to confirm them (16.3, 16.7)',
  notConfirmed: '; its result did not confirm the requirements and OSO has yet to request re-application (16.4)',
} as const;

/**
 * No failure when no re-audit is under way; else one under `clause` saying which re-audit is
 * (its basis, request day, incident and due day), that the library follows one re-audit at a
 * time, and that the host records `what` once it is concluded. A request taken while another is
 * under way would be lost (the re-audit process keeps one), so it is refused instead.
 *
 * @param facts - the case facts the event was routed with
 * @param clause - the clause the new request would be made under: `16.1` (monitoring) or `16.5` (an incident)
 * @param what - what the host should record later, e.g. `the request`
 * @returns the failures
 * @internal
 */
export function oneReAuditAtATime(facts: CaseFacts, clause: '16.1' | '16.5', what: string): readonly CheckFailure[] {
  const current = facts.reAuditUnderWay;
  if (current === null) return PASS;
  const source = current.basis === '16.5' ? `for incident ${quote(current.incidentId ?? '')}` : 'after monitoring';
  const due = current.dueOn === null ? '' : `, due ${current.dueOn}`;
  const clauses = clause === '16.5' ? '16.5, 16.6' : '16.1, 16.2';
  return [
    {
      clause,
      reason: `A re-audit is already under way: requested on ${current.requestedOn} under ${current.basis} ${source}${due}${STAGE[current.stage]}. The library follows one re-audit at a time (${clauses}): record ${what} once the current re-audit is concluded.`,
    },
  ];
}
