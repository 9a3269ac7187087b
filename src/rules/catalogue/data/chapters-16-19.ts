/**
 * Chapters 16–19: re-auditing, re-application, deletion of registration and appeals.
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH16 = 'Re-Auditing';
const CH17 = 'Re-Application';
const CH18 = 'Deletion of Registration';
const CH19 = 'Appeals Related to Registration';

/** @internal Chapter 16 (re-auditing) and Chapter 17 (re-application). */
export const CHAPTERS_16_17 = [
  {
    id: '16.1', chapter: 16, title: CH16, kind: 'procedure', forms: ['2-13'], actors: ['A', 'OSO'], refs: ['15.2(5)(a)'],
    summary: 'When monitoring ends under 15.2(5)(a), the OSO asks on Form 2-13 for a re-audit of the sections concerned.',
  },
  {
    id: '16.2', chapter: 16, title: CH16, kind: 'procedure', forms: ['2-1'], actors: ['A', 'OSO', 'SC', 'assessor'],
    summary:
      'By the date set in the request, the Registrant is re-audited on those sections and submits the Statement and Assessment Report for them to the Steering Committee through the OSO.',
  },
  {
    id: '16.3', chapter: 16, title: CH16, kind: 'procedure', forms: ['2-13'], actors: ['A', 'OSO', 'SC'], refs: ['16.1', '16.2'],
    summary:
      'If the OSO still cannot confirm that Chapter 7 is properly met, it tells the Registrant on Form 2-13, reports to the Steering Committee and closes the re-audit.',
    notes: ['16.3–16.4 give the outcome when the requirements are not confirmed; the outcome when they are confirmed after a 16.1 request is stated only for the 16.5 route (16.7).'],
  },
  {
    id: '16.4', chapter: 16, title: CH16, kind: 'procedure', forms: [], actors: ['A', 'OSO', 'SC'], refs: ['16.3'],
    summary: 'In that case the OSO, after checking with the Steering Committee, asks the Registrant to re-apply under Chapter 17.',
    notes: [
      'The text says "re-Auditing as defined in Chapter 17"; Chapter 17 is Re-Application, and 17.1 cites 16.4, so this is read as re-application (interpretation I7).',
      '"The preceding item" means clause 16.3.',
    ],
  },
  {
    id: '16.5', chapter: 16, title: CH16, kind: 'procedure', forms: ['2-14'], actors: ['A', 'OSO', 'SC'], refs: ['13.9'],
    summary: 'When the Steering Committee requires a re-audit after a 13.9 report, the OSO tells the Registrant on Form 2-14 which sections to re-audit.',
    notes: ['Says "based on Section 13.9"; the power to require the re-audit is in 13.11, which follows the 13.9 report.'],
  },
  {
    id: '16.6', chapter: 16, title: CH16, kind: 'procedure', forms: ['2-1', '2-9'], actors: ['A', 'OSO', 'SC', 'assessor'],
    summary:
      'By the date set, the Registrant takes measures meeting the lifting conditions, is re-audited on those sections, and submits the Statement and Assessment Report with Form 2-9 to the Steering Committee through the OSO.',
  },
  {
    id: '16.7', chapter: 16, title: CH16, kind: 'procedure', forms: [], actors: ['A', 'OSO', 'SC'], refs: ['13.9', '16.5', '16.6'],
    summary: 'If the OSO confirms from what it gathered that the requirements are met, it tells the Registrant, reports to the Steering Committee and closes the re-audit.',
    notes: [
      'Says "the requirements defined in Section 13.9"; 13.9 refers to the Suspension Lifting Conditions notified under 13.8.',
      'The text does not say what follows when they are not confirmed on this route.',
    ],
  },
  {
    id: '16.8', chapter: 16, title: CH16, kind: 'procedure', forms: [], actors: ['OSO'],
    summary: 'The OSO shows on the ISMAP-LIU Cloud Service List that the service is being re-audited until the re-audit is over.',
  },
  {
    id: '17.1', chapter: 17, title: CH17, kind: 'provision', forms: [], actors: ['A'], refs: ['15.2(5)', '16.4'],
    summary: 'Chapters 3 to 11 apply, with the necessary changes, to a re-application required under 15.2(5) or 16.4.',
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 18 (deletion) and Chapter 19 (appeals). */
export const CHAPTERS_18_19 = [
  {
    id: '18.1', chapter: 18, title: CH18, kind: 'requirement', forms: ['2-15'], actors: ['A', 'OSO', 'SC'],
    summary:
      'In case (1) or (2) the Registrant must without delay send Form 2-15 (withdrawal of registration) to the Steering Committee through the OSO.',
  },
  {
    id: '18.1(1)', chapter: 18, parent: '18.1', title: 'Service terminated', kind: 'ground', forms: [], actors: ['A'],
    summary: 'The registered service stops being provided because its operation ends.',
  },
  {
    id: '18.1(2)', chapter: 18, parent: '18.1', title: 'Registration cannot be maintained', kind: 'ground', forms: [], actors: ['A'],
    summary: 'It is judged that the registered service cannot keep its registration.',
  },
  {
    id: '18.2', chapter: 18, title: CH18, kind: 'procedure', forms: ['2-15'], actors: ['A', 'OSO', 'SC'],
    summary: 'The Steering Committee deletes the service from the ISMAP-LIU Cloud Service List in any of cases (1)–(7).',
  },
  {
    id: '18.2(1)', chapter: 18, parent: '18.2', title: 'No renewal applied for', kind: 'ground', forms: [], actors: ['A'],
    summary: 'No renewal application was made before the registration expired.',
    notes: ['12.1 says the deletion is automatic in this case.'],
  },
  {
    id: '18.2(2)', chapter: 18, parent: '18.2', title: 'Withdrawal', kind: 'ground', forms: ['2-15'], actors: ['A'],
    summary: 'The Registrant gave notice of withdrawal (Form 2-15).',
  },
  {
    id: '18.2(3)', chapter: 18, parent: '18.2', title: 'Renewal rejected', kind: 'ground', forms: [], actors: ['A'],
    summary: 'The renewal application was rejected.',
    notes: ['In force from 2023-10-02 for applications made on or after that day (Supp.2023-07-03.1).'],
  },
  {
    id: '18.2(4)', chapter: 18, parent: '18.2', title: 'Re-application requested', kind: 'ground', forms: [], actors: ['A'],
    summary: 'The Registrant was asked to re-apply under Chapter 17.',
    notes: ['A deletion on this ground bars a later Prior Application (5.1(4)).'],
  },
  {
    id: '18.2(5)', chapter: 18, parent: '18.2', title: 'No response without good reason', kind: 'ground', forms: [], actors: ['A', 'OSO', 'SC'],
    summary: 'The Registrant, without a justifiable reason, did not respond to a request the Steering Committee and the OSO made under these rules.',
  },
  {
    id: '18.2(6)', chapter: 18, parent: '18.2', title: 'Unresolved one year after a 13.7 incident', kind: 'period', forms: [], actors: ['SC'],
    refs: ['13.7'],
    summary: 'A year has passed since the incident behind a 13.7 suspension and the problem is judged impossible to resolve.',
    notes: ['In force from 2024-01-04 for incidents recognized on or after that day (Supp.2023-11-10.1).'],
  },
  {
    id: '18.2(7)', chapter: 18, parent: '18.2', title: 'Requirements clearly not met', kind: 'ground', forms: [], actors: ['A'],
    summary: 'It is clear that the Registrant does not meet the requirements of Chapter 7.',
  },
  {
    id: '18.3', chapter: 18, title: CH18, kind: 'procedure', forms: ['2-16'], actors: ['A', 'SC'],
    refs: ['18.2(3)', '18.2(4)', '18.2(5)', '18.2(6)'],
    summary: 'In cases 18.2(3)–(6) the Steering Committee tells the Registrant so on Form 2-16.',
    notes: ['Form 2-16 is titled "Request for Re-Application" yet is also used for the deletions of 18.2(3), (5) and (6), which are not re-application cases.'],
  },
  {
    id: '19.1', chapter: 19, title: CH19, kind: 'procedure', forms: ['2-17'], actors: ['A', 'OSO', 'SC'],
    summary: 'An Applicant or Registrant objecting to a registration procedure may appeal on Form 2-17 to the Steering Committee through the OSO.',
  },
  {
    id: '19.2', chapter: 19, title: CH19, kind: 'procedure', forms: ['2-18'], actors: ['A', 'SC'], refs: ['19.1'],
    summary: 'The Steering Committee answers the appellant on Form 2-18.',
  },
] as const satisfies readonly ClauseData[];
