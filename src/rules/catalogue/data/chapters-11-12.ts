/**
 * Chapters 11–12: registration, the public list, and renewal.
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH11 = 'Registration';
const CH12 = 'Renewal of Service Registration';

/** @internal Chapter 11, clauses 11.1–11.4. */
export const CHAPTER_11_A = [
  {
    id: '11.1', chapter: 11, title: CH11, kind: 'procedure', forms: ['2-6'], actors: ['A', 'OSO', 'SC'],
    summary:
      'For a service the Steering Committee decides to register, the OSO enters it in the ISMAP-LIU Cloud Service List, publishes it on its website and notifies the Applicant on Form 2-6.',
  },
  {
    id: '11.2', chapter: 11, title: CH11, kind: 'procedure', forms: ['2-6'], actors: ['A', 'OSO', 'SC'],
    summary:
      'For a renewal the Steering Committee approves, the OSO updates and publishes the list and notifies the Applicant on Form 2-6.',
    notes: ['Form 2-6 is called "Registration Notice" here and "Registration Notification" in 11.1, 11.3 and Appended Table 1.'],
  },
  {
    id: '11.3', chapter: 11, title: CH11, kind: 'requirement', forms: ['2-6'], actors: ['A'],
    summary: 'The Registrant handles the Registration Notification (Form 2-6) as items (1) and (2) say.',
  },
  {
    id: '11.3(1)', chapter: 11, parent: '11.3', title: 'Keep the original', kind: 'requirement', forms: [], actors: ['A'],
    summary: 'Keep the original until the registration expires.',
  },
  {
    id: '11.3(2)', chapter: 11, parent: '11.3', title: 'Use within scope and purpose', kind: 'requirement', forms: [], actors: ['A'],
    summary: 'Do not use it beyond the scope of the registration or against the purpose of the program.',
  },
  {
    id: '11.4', chapter: 11, title: CH11, kind: 'procedure', forms: ['2-7'], actors: ['A', 'OSO', 'SC'], refs: ['10.5'],
    summary:
      'When the Steering Committee decides under 10.5 that the service does not meet the requirements, the OSO tells the Applicant on Form 2-7 that the application is rejected and closes the procedure.',
    notes: [
      'In force from 2023-10-02 for applications made on or after that day (Supp.2023-07-03.1).',
      'The text says the application is "rejected in the ISMAP-LIU Cloud Service List"; read as: registration on the list is refused.',
    ],
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 11, clause 11.5 (the contents of the public list) and its items. */
export const CHAPTER_11_B = [
  {
    id: '11.5', chapter: 11, title: CH11, kind: 'general', forms: [], actors: ['OSO'],
    summary: 'The ISMAP-LIU Cloud Service List shows items (1)–(13) for each registered service.',
  },
  { id: '11.5(1)', chapter: 11, parent: '11.5', title: 'Name of cloud service', kind: 'content', forms: [], actors: [], summary: 'The name of the service.' },
  { id: '11.5(2)', chapter: 11, parent: '11.5', title: 'URL of the cloud service website', kind: 'content', forms: [], actors: [], summary: "The address of the service's website." },
  {
    id: '11.5(3)', chapter: 11, parent: '11.5', title: 'Name and address of the cloud service operator', kind: 'content', forms: [], actors: [],
    summary: 'The name and address of the provider running the service.',
  },
  { id: '11.5(4)', chapter: 11, parent: '11.5', title: 'Registration date', kind: 'content', forms: [], actors: [], summary: 'The date the service was registered.' },
  {
    id: '11.5(5)', chapter: 11, parent: '11.5', title: 'Expiration date of registration', kind: 'content', forms: [], actors: [],
    summary: 'The date the registration expires.',
    notes: ['12.1 makes this date the renewal deadline (BR3.5).'],
  },
  { id: '11.5(6)', chapter: 11, parent: '11.5', title: 'Scope of Statement', kind: 'content', forms: [], actors: [], summary: 'What the Statement covers.' },
  {
    id: '11.5(7)', chapter: 11, parent: '11.5', title: 'Control measures implemented', kind: 'content', forms: [], actors: [],
    summary: 'The control measures, taken as control objectives, implemented under the basic Statement requirements.',
  },
  { id: '11.5(8)', chapter: 11, parent: '11.5', title: 'Assessment period', kind: 'content', forms: [], actors: [], summary: 'The period the assessment covered.' },
  { id: '11.5(9)', chapter: 11, parent: '11.5', title: 'Subsequent events', kind: 'content', forms: [], actors: [], summary: 'Events after the assessment period reported as subsequent events.' },
  { id: '11.5(10)', chapter: 11, parent: '11.5', title: 'Presence/absence of Improvement Plan', kind: 'content', forms: [], actors: [], summary: 'Whether there is an improvement plan.' },
  {
    id: '11.5(11)', chapter: 11, parent: '11.5', title: 'Information provided in accordance with 7.5', kind: 'content', forms: [], actors: [],
    refs: ['7.5'], summary: 'The information the Applicant gave under 7.5.',
  },
  {
    id: '11.5(12)', chapter: 11, parent: '11.5', title: 'Special notes related to registration of cloud service', kind: 'content', forms: [], actors: [],
    summary: 'Special notes related to the registration of the service.',
    notes: ['13.12, 14.5 and 16.8 have the OSO announce a suspension or a re-audit in the list without naming the item it goes under.'],
  },
  {
    id: '11.5(13)', chapter: 11, parent: '11.5', title: 'Number of government institutions using the service', kind: 'content', forms: [], actors: [],
    summary: 'How many government institutions currently use the registered service.',
    notes: ['Supp.2022.1 limits, for the time being, the publication of the number of government agencies using the service to national administrative agencies.'],
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 12 (renewal). */
export const CHAPTER_12 = [
  {
    id: '12.1', chapter: 12, title: CH12, kind: 'period', forms: [], actors: ['A', 'SC'], refs: ['BR3.5'],
    summary:
      'The Registrant must apply for renewal by the expiry date under BR3.5, which is also the end of the valid period; without an application the registration is deleted automatically, and with one it stays valid until the Steering Committee decides.',
    notes: [
      'The table of contents calls Chapter 12 "Valid Period of Service Registration"; its heading in the body is "Renewal of Service Registration".',
      'The same applies to every later renewal.',
    ],
  },
  {
    id: '12.2', chapter: 12, title: CH12, kind: 'procedure', forms: [], actors: ['A'],
    summary: 'To renew, the Registrant makes a Prior Application and an application for Service Registration again under Chapters 3, 7 and 8.',
  },
  {
    id: '12.3', chapter: 12, title: CH12, kind: 'requirement', forms: [], actors: ['A', 'assessor'],
    summary:
      'When audited for a renewal, the Registrant must tell the assessor every change to the Statement since the period assessed for the previous application.',
    notes: [
      'Says "declaration" for the Statement (Form 2-1).',
      'Applies to procedures whose assessment starts on or after 2023-10-01 (Supp.2023-09-22.1).',
    ],
  },
] as const satisfies readonly ClauseData[];
