/**
 * What each registration transition records.
 *
 * @internal
 * @module
 */
import { due, type DeadlineRecord } from '../_lib/deadlines.js';
import type { ListEntryInput } from '../events/fields.js';
import type { RegistrationContext, RegistrationEvent } from './context.js';
import { lapseDay } from '../_lib/time.js';

type Update = (c: RegistrationContext, e: RegistrationEvent) => Partial<RegistrationContext>;

function expiry(auditEnd: string, formDate: string | null): DeadlineRecord {
  const d = due('BR3.5', auditEnd);
  if (formDate === null || formDate === d.lastDay) return d;
  return {
    ...d,
    lastDay: formDate,
    lastDayIfExtended: formDate,
    steps: [...d.steps, { article: '11.5(5)', text: `The Registration Notification (Form 2-6) gives ${formDate} as the expiration date; it is used instead of ${d.lastDay} (BR3.5, I3).`, day: formDate }],
  };
}

const mergeEntry = (a: ListEntryInput, b: ListEntryInput | null): ListEntryInput =>
  b === null ? a : { ...a, ...Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) };

/** 18.3: the deletions on which the Steering Committee sends Form 2-16. */
const FORM_2_16 = new Set(['18.2(3)', '18.2(4)', '18.2(5)', '18.2(6)']);

const deleted = (c: RegistrationContext, ground: string, day: string): Partial<RegistrationContext> => ({
  deletion: { ground, on: day },
  pastDeletions: [...c.pastDeletions, { rules: 'ISMAP-LIU', ground, date: day }],
  renewalApplicationDate: null,
  procuringNoticePendingSince: c.procuringNoticePendingSince ?? day,
  reApplicationNoticePendingSince: FORM_2_16.has(ground) ? day : null,
});

/** @internal */
export const REGISTRATION_UPDATES = {
  register: (c, e) => {
    if (e.type !== 'case.registered') return {};
    return {
      registeredOn: e.day,
      firstRegisteredOn: e.renewal ? (c.firstRegisteredOn ?? e.day) : e.day,
      renewals: e.renewal ? c.renewals + 1 : 0,
      auditPeriod: e.auditPeriod,
      improvementPlan: e.improvementPlan,
      listEntry: mergeEntry(e.renewal ? c.listEntry : {}, e.listEntry),
      renewalApplicationDate: null,
      withdrawalGround: e.renewal ? c.withdrawalGround : null,
      reApplicationNoticePendingSince: null,
      withdrawal: null,
      deletion: null,
      reApplicationRequestedOn: null,
      deadlines: { 'BR3.5': expiry(e.auditPeriod.end, e.expiresOn) },
    };
  },
  applyForRenewal: (_c, e) => (e.type === 'case.renewalApplied' ? { renewalApplicationDate: e.applicationDate } : {}),
  withdrawRenewal: () => ({ renewalApplicationDate: null }),
  expire: (c, e) => deleted(c, '18.2(1)', lapseDay(c.deadlines['BR3.5']?.lastDay, e.day)),
  rejectRenewal: (c, e) => deleted(c, '18.2(3)', e.day),
  endUnrenewed: (_c, e) => ({ deletion: { ground: '12.1', on: e.day }, renewalApplicationDate: null }),
  recordWithdrawalGround: (c, e) => (e.type === 'applicant.foundWithdrawalGround' ? { withdrawalGround: c.withdrawalGround ?? { reason: e.reason, on: e.day } } : {}),
  recordSuspension: (c, e) => ({ procuringNoticePendingSince: c.procuringNoticePendingSince ?? e.day }),
  notifyProcuringBodies: () => ({ procuringNoticePendingSince: null }),
  sendForm216: () => ({ reApplicationNoticePendingSince: null }),
  notifyWithdrawal: (_c, e) => (e.type === 'applicant.submittedWithdrawal' ? { withdrawal: { reason: e.reason, on: e.day } } : {}),
  delete: (c, e) => (e.type === 'sc.deletedRegistration' ? deleted(c, e.ground, e.day) : {}),
  changeListEntry: (c, e) => (e.type === 'case.listEntryChanged' ? { listEntry: mergeEntry(c.listEntry, e.listEntry) } : {}),
  requestReApplication: (c, e) => ({ reApplicationRequestedOn: c.reApplicationRequestedOn ?? e.day }),
} satisfies Record<string, Update>;
