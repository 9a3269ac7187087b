/**
 * The guards of the registration machine.
 *
 * @internal
 * @module
 */
import { quote } from '../../_lib/text.js';
import { all, lapsed, unless, variant, type GuardSpec } from '../_lib/guards.js';
import { governs } from '../_lib/provision.js';
import type { RegistrationContext, RegistrationEvent } from './context.js';

type Spec = GuardSpec<RegistrationContext, RegistrationEvent>;
const spec = (clauses: readonly string[], text: string, check: Spec['check']): Spec => ({ clauses, text, check });
const ground = (e: RegistrationEvent) => (e.type === 'sc.deletedRegistration' ? e.ground : null);
const isGround = (e: RegistrationEvent, g: string) => variant(ground(e) === g, `The ground given is ${ground(e) ?? 'none'}, not ${g}.`);
const renewalDate = (e: RegistrationEvent) => (e.type === 'case.renewalRejected' ? e.applicationDate : '');

/** @internal */
export const REGISTRATION_GUARDS = {
  '12.1:expired': spec(['12.1', '18.2(1)', 'BR3.5'], 'No renewal application by the expiration date: the registration is deleted automatically.', (c, e) => {
    const last = c.deadlines['BR3.5']?.lastDay;
    return unless(lapsed(last, e.day), '12.1', `The registration is valid until ${last ?? '(unknown)'}; on ${e.day} it has not expired.`);
  }),
  '18.2(3):renewalRejectionDeletes': spec(['18.2(3)', 'Supp.2023-07-03.1'], 'A rejected renewal application made on or after 2023-10-02 deletes the registration.', (_c, e) =>
    variant(governs('18.2(3)', renewalDate(e)), 'The renewal application predates 18.2(3) as revised.'),
  ),
  '12.1:renewalNotGranted': spec(['12.1', 'Supp.2023-07-03.1'], 'A rejected renewal application made before 2023-10-02 ends the registration (it was valid only until the decision).', (_c, e) =>
    variant(!governs('18.2(3)', renewalDate(e)), 'The renewal application is governed by 18.2(3) as revised.'),
  ),
  '18.2(2):withdrawalNotified': spec(['18.2(2)', '18.1'], 'The Registrant submitted a Notice of Withdrawal.', (c, e) =>
    all(isGround(e, '18.2(2)'), unless(c.withdrawal !== null, '18.2(2)', 'No Notice of Withdrawal of Registration (Form 2-15) was submitted.')),
  ),
  '18.2(4):reApplicationRequested': spec(['18.2(4)', '17.1'], 'The Registrant was requested to re-apply (15.2(5)(b), 16.4).', (c, e) =>
    all(isGround(e, '18.2(4)'), unless(c.reApplicationRequestedOn !== null, '18.2(4)', 'No re-application was requested (15.2(5)(b), 16.4).')),
  ),
  '18.2(5):requestUnanswered': spec(['18.2(5)'], 'A request of the Steering Committee or OSO is unanswered.', (_c, e) =>
    all(isGround(e, '18.2(5)'), unless(e.facts.outstandingRequests.length > 0, '18.2(5)', 'No request of the Steering Committee or OSO is outstanding.')),
  ),
  '18.2(6):resolutionYearEnded': spec(['18.2(6)', '13.7'], 'One year has passed since the occurrence of an incident whose 13.7 suspension is in force.', (_c, e) => {
    if (e.type !== 'sc.deletedRegistration') return variant(false, 'Not a deletion.');
    const ended = e.facts.resolutionYearEnded;
    return all(
      isGround(e, '18.2(6)'),
      unless(
        e.incidentId === undefined ? ended.length > 0 : ended.includes(e.incidentId),
        '18.2(6)',
        `No incident${e.incidentId === undefined ? '' : ` ${quote(e.incidentId)}`} has had its 13.7 suspension in force for one year from its occurrence.`,
      ),
    );
  }),
  '7.6(5):noticeDue': spec(['7.6(5)'], 'The registration became subject to a suspension or deletion and the procuring bodies have not been told.', (c) =>
    unless(c.procuringNoticePendingSince !== null, '7.6(5)', 'No suspension or deletion is waiting for the notice to the procuring bodies.'),
  ),
  '18.3:form216Due': spec(['18.3'], 'The registration was deleted under 18.2(3)–(6) and Form 2-16 has not been sent.', (c) =>
    unless(c.reApplicationNoticePendingSince !== null, '18.3', 'No deletion under 18.2(3)–(6) is waiting for Form 2-16.'),
  ),
  '18.2(7):requirementsNotMet': spec(['18.2(7)'], 'The Steering Committee finds it clear that the requirements of Chapter 7 are not met.', (_c, e) => isGround(e, '18.2(7)')),
} as const satisfies Record<string, Spec>;
