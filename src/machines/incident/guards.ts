/**
 * The guards of the incident machine.
 *
 * @internal
 * @module
 */
import { toJapanDate } from '../../calendar/index.js';
import { revisedIncidentRulesApply } from '../../rules/provisions/index.js';
import { all, lapsed, unless, variant, type GuardSpec } from '../_lib/guards.js';
import { oneReAuditAtATime } from '../reAudit/oneAtATime.js';
import type { IncidentContext, IncidentEvent } from './context.js';

type Spec = GuardSpec<IncidentContext, IncidentEvent>;
const spec = (clauses: readonly string[], text: string, check: Spec['check']): Spec => ({ clauses, text, check });

const registered = (e: IncidentEvent) =>
  unless(e.facts.registration === 'registered' || e.facts.registration === 'withdrawing', '13.1', 'Chapter 13 applies to a registered cloud service; the service is not registered.');
/** When the occurrence was recognized: the event itself, or the time OSO gives (13.1(2)). */
export const recognitionOf = (e: IncidentEvent): string => (e.type === 'oso.requestedIncidentReport' ? (e.recognizedAt ?? e.at) : e.at);
const revised = (e: IncidentEvent) => revisedIncidentRulesApply(recognitionOf(e));
const seriousness = (e: IncidentEvent) => (e.type === 'applicant.recognizedIncident' ? e.seriousness : 'serious');
const missingReport = (c: IncidentContext, day: string): 'urgent' | 'confirmed' | null => {
  if (c.urgentReportedOn === null && lapsed(c.deadlines['13.2']?.lastDay, day)) return 'urgent';
  if (c.confirmedReportedOn === null && lapsed(c.deadlines['13.3']?.lastDay, day)) return 'confirmed';
  return null;
};

/** The requester an answer to a 7.6(2) request names (`by`), or `null`. */
const requesterOf = (e: IncidentEvent): 'MIN' | 'OSO' | null => (e.type === 'applicant.confirmedIncidentDetails' ? (e.by ?? null) : null);
/** The position of the request an answer by `by` discharges: the oldest of that requester (or of one not recorded), or the oldest; `-1` for none. */
const confirmationAnswered = (c: IncidentContext, by: 'MIN' | 'OSO' | null): number => c.openConfirmationRequests.findIndex((r) => by === null || r.by === by || r.by === null);

/** The report whose period has run out without it, as of `day` (13.5). @internal */
export { missingReport };
/** Which 7.6(2) request an answer discharges. @internal */
export { confirmationAnswered, requesterOf };

/** @internal */
export const INCIDENT_GUARDS = {
  '13.1(1):reportable': spec(['13.1(1)', 'Supp.2023-11-10.1'], 'The Registrant judged an incident recognized on or after 2024-01-04 serious.', (_c, e) =>
    all(variant(revised(e) && seriousness(e) !== 'not-serious', 'Not a serious incident under the revised rules.'), registered(e)),
  ),
  '13.1:notReportable': spec(['13.1', 'Supp.2023-11-10.1'], 'The Registrant judged the incident not serious: no report is owed unless OSO judges otherwise.', (_c, e) =>
    all(variant(revised(e) && seriousness(e) === 'not-serious', 'The incident was judged serious.'), registered(e)),
  ),
  '13.1(2):reportRequested': spec(['13.1(2)', 'Supp.2023-11-10.1'], 'OSO judged an incident recognized on or after 2024-01-04 serious.', (_c, e) =>
    all(variant(revised(e), 'The incident was recognized before 2024-01-04.'), registered(e)),
  ),
  'Supp.2023-11-10.1:previousRules': spec(['Supp.2023-11-10.1'], 'An incident recognized before 2024-01-04: 13.1–13.7 as revised do not govern it.', (_c, e) =>
    all(variant(!revised(e), `The incident was recognized on ${toJapanDate(recognitionOf(e)).date}, on or after 2024-01-04.`), registered(e)),
  ),
  '13.5:reportRequestedAndOverdue': spec(['13.5', '13.1(2)', '13.2', '13.3'], 'OSO requested a report (13.1(2)) and the Urgent or Confirmed Report was not made in its period.', (c, e) =>
    all(
      unless(c.osoRequestedOn !== null, '13.5', 'OSO did not request a report under 13.1(2).'),
      unless(missingReport(c, e.day) !== null, '13.5', `No report is overdue on ${e.day} (urgent by ${c.deadlines['13.2']?.lastDay ?? '-'}, confirmed by ${c.deadlines['13.3']?.lastDay ?? '-'}).`),
    ),
  ),
  '13.6:urgentReportWasMissing': spec(['13.6'], 'The suspension under 13.5 was for the missing Urgent Report.', (c) =>
    variant(c.osoSuspension?.missing === 'urgent' && c.osoSuspension.liftedOn === null, 'The suspension was not for the Urgent Report.'),
  ),
  '13.6:confirmedReportWasMissing': spec(['13.6'], 'The suspension under 13.5 was for the missing Confirmed Report.', (c) =>
    variant(c.osoSuspension?.missing === 'confirmed' && c.osoSuspension.liftedOn === null, 'The suspension was not for the Confirmed Report.'),
  ),
  '13.4:infoRequested': spec(['13.4'], 'OSO requested additional information on the report, and the request is unanswered.', (c) =>
    unless(c.openInfoRequests.length > 0, '13.4', 'OSO has not requested additional information on the report (13.4), or every request was answered.'),
  ),
  '7.6(2):confirmationRequested': spec(['7.6(2)'], 'A ministry or OSO (the one the answer names, if it names one) asked to confirm the details of the incident, and the request is unanswered.', (c, e) => {
    const by = requesterOf(e);
    return unless(
      confirmationAnswered(c, by) !== -1,
      '7.6(2)',
      by === null ? 'No confirmation of the incident was asked for (7.6(2)), or every request was answered.' : `${by} did not ask to confirm the details of the incident (7.6(2)), or its requests were answered.`,
    );
  }),
  '13.7:reportedUnder13.2': spec(['13.7', '13.2', '13.3'], 'The incident was reported under 13.2 (and 13.3).', (c) =>
    unless(c.urgentReportedOn !== null, '13.7', 'The incident has not been reported under 13.2: 13.7 applies to incidents reported under 13.2 and 13.3.'),
  ),
  '16.5:noReAuditUnderWay': spec(['13.11', '16.5', '16.6'], 'No other re-audit is under way (the library follows one re-audit at a time).', (_c, e) => oneReAuditAtATime(e.facts, '16.5', 'the request')),
} as const satisfies Record<string, Spec>;
