/**
 * Chapters 14–15: notification of changes, and monitoring.
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH14 = 'Notification of Significant Control Changes';
const CH15 = 'Monitoring';

/** @internal Chapter 14 (notification of changes). */
export const CHAPTER_14 = [
  {
    id: '14.1', chapter: 14, title: CH14, kind: 'procedure', forms: ['2-10'], actors: ['A', 'OSO', 'SC'],
    summary:
      'When important controls of the registered service change, or something happens that could change them, the Registrant notifies the Steering Committee through the OSO on Form 2-10.',
  },
  {
    id: '14.2', chapter: 14, title: CH14, kind: 'procedure', forms: ['2-11'], actors: ['A', 'OSO', 'SC'],
    summary:
      'Any other change to what the ISMAP-LIU Cloud Service List shows is notified without delay on Form 2-11 to the Steering Committee through the OSO.',
  },
  {
    id: '14.3', chapter: 14, title: CH14, kind: 'procedure', forms: [], actors: ['A', 'OSO'], refs: ['14.1', '14.2'],
    summary:
      'If the OSO learns of an event calling for a notice under 14.1 or 14.2 that the Registrant has not given, it may suspend the registration and ask for the notice.',
  },
  {
    id: '14.4', chapter: 14, title: CH14, kind: 'procedure', forms: ['2-10', '2-11'], actors: ['A', 'OSO'], refs: ['14.1', '14.2', '14.3'],
    summary: 'The OSO lifts that suspension once the Registrant gives the requested notice under 14.1 or 14.2.',
  },
  {
    id: '14.5', chapter: 14, title: CH14, kind: 'procedure', forms: [], actors: ['OSO'],
    summary: 'The OSO shows on the ISMAP-LIU Cloud Service List that the registration is suspended until the suspension is lifted.',
  },
  {
    id: '14.6', chapter: 14, title: CH14, kind: 'procedure', forms: [], actors: ['OSO'],
    summary: 'Depending on what is notified under this chapter, the OSO may start monitoring under Chapter 15.',
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 15, clause 15.1 (when monitoring may take place) and its items. */
export const CHAPTER_15_A = [
  {
    id: '15.1', chapter: 15, title: CH15, kind: 'procedure', forms: [], actors: ['OSO', 'MIN'],
    summary:
      'To check that the Registrant keeps meeting Chapter 7 throughout the registration, the OSO may monitor it, under supervision of the ministries responsible, in cases (1)–(3).',
  },
  {
    id: '15.1(1)', chapter: 15, parent: '15.1', title: 'After an incident report or change notice', kind: 'ground', forms: [], actors: ['OSO'],
    summary: 'The OSO finds it necessary in view of a report under Chapter 13 or a notice under Chapter 14.',
  },
  {
    id: '15.1(2)', chapter: 15, parent: '15.1', title: 'Doubts from complaints or information', kind: 'ground', forms: [], actors: ['OSO'],
    summary: 'Complaints or information from program members or outsiders raise doubts about conformity with the requirements.',
  },
  {
    id: '15.1(3)', chapter: 15, parent: '15.1', title: 'Other cases in view of the written oath', kind: 'ground', forms: [], actors: ['OSO'],
    refs: ['7.6'],
    summary: 'Any other case where the OSO finds it necessary having regard to the written oath of 7.6.',
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 15, clause 15.2 (the monitoring procedure) and its items. */
export const CHAPTER_15_B = [
  {
    id: '15.2', chapter: 15, title: CH15, kind: 'procedure', forms: ['2-12', '2-13'], actors: ['A', 'OSO', 'SC'],
    summary: 'Monitoring follows steps (1)–(5).',
  },
  {
    id: '15.2(1)', chapter: 15, parent: '15.2', title: 'Notice of Monitoring', kind: 'procedure', forms: ['2-12'], actors: ['A', 'OSO'],
    summary: 'The OSO tells the Registrant on Form 2-12 that it will be monitored and what will be checked.',
  },
  {
    id: '15.2(2)', chapter: 15, parent: '15.2', title: 'Written reply', kind: 'procedure', forms: [], actors: ['A'], refs: ['15.2(1)'],
    summary: 'The Registrant answers in writing with the information asked for.',
  },
  {
    id: '15.2(3)', chapter: 15, parent: '15.2', title: 'Review and interview', kind: 'procedure', forms: [], actors: ['A', 'OSO'],
    summary: 'The OSO checks the answer and interviews the Registrant if it sees a need.',
  },
  {
    id: '15.2(4)', chapter: 15, parent: '15.2', title: 'Requirements confirmed', kind: 'procedure', forms: ['2-13'], actors: ['A', 'OSO'],
    refs: ['15.2(2)', '15.2(3)'],
    summary:
      'If the OSO confirms from what it gathered that Chapter 7 is properly met, it tells the Registrant on Form 2-13 and closes the monitoring.',
  },
  {
    id: '15.2(5)', chapter: 15, parent: '15.2', title: 'Requirements not confirmed', kind: 'procedure', forms: ['2-13'], actors: ['A', 'OSO', 'SC'],
    refs: ['15.2(2)', '15.2(3)'],
    summary:
      'If it cannot confirm that, the OSO tells the Registrant on Form 2-13 and reports to the Steering Committee; the Registrant may ask to explain, and the OSO proceeds under (a) or (b) by what could not be confirmed.',
  },
  {
    id: '15.2(5)(a)', chapter: 15, parent: '15.2(5)', title: 'Matters within the Statement', kind: 'procedure', forms: [], actors: ['A', 'OSO'],
    refs: ['7.1'],
    summary: 'For matters within the scope of the Statement of 7.1, the OSO asks for a re-audit under Chapter 16.',
  },
  {
    id: '15.2(5)(b)', chapter: 15, parent: '15.2(5)', title: 'Other Chapter 7 requirements', kind: 'procedure', forms: [], actors: ['A', 'OSO', 'SC'],
    refs: ['15.2(5)(a)'],
    summary:
      'For other Chapter 7 requirements, the OSO, after checking with the Steering Committee, asks the Registrant to re-apply under Chapter 17 where needed.',
  },
] as const satisfies readonly ClauseData[];
