/**
 * Chapters 8–9: the application for Service Registration and its acceptance.
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH8 = 'Application for Service Registration';
const CH9 = 'Acceptance of Application';

/** @internal Chapter 8 (application) and its documents. */
export const CHAPTER_08 = [
  {
    id: '8.1', chapter: 8, title: CH8, kind: 'procedure', forms: ['1-4', '2-1', '2-2', '2-3', '2-4'],
    actors: ['A', 'OSO', 'SC', 'assessor'], refs: ['AppendedTable1'],
    summary:
      'The Applicant applies on Form 2-4 to the Steering Committee through the OSO, by the method of Appended Table 1, attaching the documents (1)–(9).',
  },
  {
    id: '8.1(1)', chapter: 8, parent: '8.1', title: 'Certificate of Registered Matters', kind: 'content', forms: [], actors: ['A'],
    summary:
      'A certificate of all registered matters of the company; it may be left out when the corporate number is written on the application form.',
  },
  {
    id: '8.1(2)', chapter: 8, parent: '8.1', title: 'Statement', kind: 'content', forms: ['2-1'], actors: ['A'],
    summary: 'The Statement (Form 2-1) with its attachment.',
  },
  {
    id: '8.1(3)', chapter: 8, parent: '8.1', title: 'Written Representation', kind: 'content', forms: ['2-2'], actors: ['A'],
    summary: 'The Written Representation (Form 2-2).',
  },
  {
    id: '8.1(4)', chapter: 8, parent: '8.1', title: 'Assessment Report', kind: 'content', forms: [], actors: ['A', 'assessor'],
    summary: "The assessor's Assessment Report with its attachment.",
  },
  {
    id: '8.1(5)', chapter: 8, parent: '8.1', title: 'Improvement plan', kind: 'content', forms: [], actors: ['A'], refs: ['7.4'],
    summary: 'The improvement plan of 7.4 (where the report has findings).',
  },
  {
    id: '8.1(6)', chapter: 8, parent: '8.1', title: 'Information under 7.5', kind: 'content', forms: [], actors: ['A'], refs: ['7.5'],
    summary: 'The information required by 7.5.',
  },
  {
    id: '8.1(7)', chapter: 8, parent: '8.1', title: 'Written oath', kind: 'content', forms: [], actors: ['A'], refs: ['7.6'],
    summary: 'The written oath on the matters of 7.6.',
  },
  {
    id: '8.1(8)', chapter: 8, parent: '8.1', title: 'Internal Auditing Report', kind: 'content', forms: ['2-3'], actors: ['A'],
    summary: 'The Internal Auditing Report (Form 2-3).',
  },
  {
    id: '8.1(9)', chapter: 8, parent: '8.1', title: 'Copy of Notice of Results for Prior Application', kind: 'content',
    forms: ['1-4'], actors: ['A'],
    summary: 'A copy of the Form 1-4 notice that found the service eligible.',
  },
  {
    id: '8.2', chapter: 8, title: CH8, kind: 'period', forms: [], actors: ['A'],
    summary: 'The application must be made within one month of the date of the Assessment Report.',
    notes: ['Missing it means the application is not accepted (9.1(2)).'],
  },
  {
    id: '8.3', chapter: 8, title: CH8, kind: 'provision', forms: [], actors: ['A'],
    summary: 'Chapter 8 applies equally to an application to renew a registration.',
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 9 (acceptance of the application). */
export const CHAPTER_09 = [
  {
    id: '9.1', chapter: 9, title: CH9, kind: 'requirement', forms: [], actors: ['A', 'OSO', 'assessor'],
    summary: 'The OSO accepts the application when the Application Documents show that conditions (1)–(5) are met.',
  },
  {
    id: '9.1(1)', chapter: 9, parent: '9.1', title: 'Language and completeness of documents', kind: 'requirement',
    forms: [], actors: ['A'], refs: ['8.1'],
    summary: 'The documents of 8.1 are in the designated language and none is missing.',
  },
  {
    id: '9.1(2)', chapter: 9, parent: '9.1', title: 'Deadline of 8.2 met', kind: 'requirement', forms: [], actors: ['A'], refs: ['8.2'],
    summary: 'The application was made within the one-month limit of 8.2.',
  },
  {
    id: '9.1(3)', chapter: 9, parent: '9.1', title: 'Completeness of contents', kind: 'requirement', forms: [], actors: ['A'],
    summary: 'Everything the documents must state is filled in, so that the review can proceed smoothly.',
  },
  {
    id: '9.1(4)', chapter: 9, parent: '9.1', title: 'Valid Assessment Report', kind: 'requirement', forms: [], actors: ['A', 'assessor'],
    summary: 'The Assessment Report is valid.',
    notes: [
      'The text does not say what makes the report valid. Read as: a report dated later than 7.3 allows is not valid. The consecutive audit periods of a renewal (7.14) are not read into validity; they are checked as 7.14.',
    ],
  },
  {
    id: '9.1(5)', chapter: 9, parent: '9.1', title: 'Same service as found eligible', kind: 'requirement', forms: [], actors: ['A'],
    summary: 'The service applied for is the same as the one found eligible in the Prior Application.',
  },
  {
    id: '9.2', chapter: 9, title: CH9, kind: 'general', forms: [], actors: ['OSO'],
    summary: 'The OSO receives Application Documents at any time.',
  },
  {
    id: '9.3', chapter: 9, title: CH9, kind: 'period', forms: [], actors: ['OSO'],
    summary: 'As a rule the OSO checks the Application Documents within two weeks of receiving them.',
    notes: ['"In principle": a service-level target for the OSO with no consequence in the rules.'],
  },
  {
    id: '9.4', chapter: 9, title: CH9, kind: 'procedure', forms: [], actors: ['A', 'OSO'],
    summary: 'If the documents have omissions or defects, the OSO contacts the Applicant or asks for additional materials.',
  },
  {
    id: '9.5', chapter: 9, title: CH9, kind: 'procedure', forms: [], actors: ['A', 'OSO'],
    summary: 'When the OSO asks, the Applicant answers promptly and supplies the materials or corrects the documents.',
  },
  {
    id: '9.6', chapter: 9, title: CH9, kind: 'ground', forms: [], actors: ['A', 'OSO'], refs: ['9.1'],
    summary: 'Even if 9.1 is met, the OSO does not accept the application in case (1).',
  },
  {
    id: '9.6(1)', chapter: 9, parent: '9.6', title: 'No sufficient answer within one month', kind: 'period',
    forms: [], actors: ['A'],
    summary:
      'The Applicant has not answered sufficiently, supplied the materials or corrected the documents within one month of the inquiry or request.',
  },
] as const satisfies readonly ClauseData[];
