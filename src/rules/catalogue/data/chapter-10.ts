/**
 * Chapter 10: review of the application, including Suspended Registration (10.6–10.11, in force
 * from 2023-10-02 under Supp.2023-07-03.1).
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH10 = 'Review';

/** @internal Chapter 10, clause 10.1 and its review items. */
export const CHAPTER_10_A = [
  {
    id: '10.1', chapter: 10, title: CH10, kind: 'procedure', forms: ['2-5'], actors: ['A', 'OSO', 'SC', 'assessor'],
    summary:
      'The OSO technically reviews the accepted Application Documents against items (1)–(8) and reports its view of each item and of whether to register to the Steering Committee on Form 2-5.',
    notes: ['Form 2-5 is called "Review Report" here and "Examination Report" in Appended Table 1.'],
  },
  {
    id: '10.1(1)', chapter: 10, parent: '10.1', title: 'Basic Statement requirements met', kind: 'requirement',
    forms: [], actors: ['A'],
    summary: 'The Statement satisfies the basic Statement requirements.',
  },
  {
    id: '10.1(2)', chapter: 10, parent: '10.1', title: 'No Governance or Management findings', kind: 'requirement',
    forms: [], actors: ['A', 'assessor'],
    summary: 'The Assessment Report has no findings under the Governance Criteria or the Management Criteria.',
  },
  {
    id: '10.1(3)', chapter: 10, parent: '10.1', title: 'Operation Criteria findings', kind: 'requirement',
    forms: [], actors: ['A', 'assessor'],
    summary: 'Whether the Assessment Report has findings under the Operation Criteria is checked.',
  },
  {
    id: '10.1(4)', chapter: 10, parent: '10.1', title: 'Findings must be minor', kind: 'period',
    forms: [], actors: ['A'], refs: ['10.1(3)'],
    summary:
      'Any Operation-criteria findings of (3) must be minor; one requirement for that is an Improvement Plan indicating that the controls related to the findings will be improved within two months of the date of the Assessment Report.',
  },
  {
    id: '10.1(5)', chapter: 10, parent: '10.1', title: 'Disclosure under 7.5', kind: 'requirement',
    forms: [], actors: ['A'], refs: ['7.5'],
    summary: 'The information of 7.5 is disclosed properly and sufficiently.',
  },
  {
    id: '10.1(6)', chapter: 10, parent: '10.1', title: 'Written oath complete', kind: 'requirement',
    forms: [], actors: ['A'], refs: ['7.6'],
    summary: 'The written oath covers every matter of 7.6.',
  },
  {
    id: '10.1(7)', chapter: 10, parent: '10.1', title: 'Internal Auditing done', kind: 'requirement',
    forms: [], actors: ['A'], refs: ['Appendix2'],
    summary: 'Internal Auditing meeting Appendix 2 has been carried out.',
  },
  {
    id: '10.1(8)', chapter: 10, parent: '10.1', title: 'No other violation', kind: 'requirement',
    forms: [], actors: ['A'],
    summary: 'There is no other breach of the program rules.',
  },
  {
    id: '10.2', chapter: 10, title: CH10, kind: 'procedure', forms: [], actors: ['A', 'OSO', 'assessor'], refs: ['10.1'],
    summary:
      'During the review, under supervision of the agency in charge, the OSO may ask the Applicant for more information and ask the assessor to explain the Assessment Report.',
  },
  {
    id: '10.3', chapter: 10, title: CH10, kind: 'period', forms: [], actors: ['A', 'OSO'],
    summary: 'As a rule the Applicant must try to answer a request for information satisfactorily within two weeks.',
    notes: ['"In principle … endeavor": a target with no consequence in the rules.'],
  },
  {
    id: '10.4', chapter: 10, title: CH10, kind: 'procedure', forms: [], actors: ['A', 'OSO', 'assessor'],
    summary:
      'If the report has findings, the Applicant attends a hearing at the OSO’s request to explain them, its improvement plan and progress; the assessor may also attend.',
  },
  {
    id: '10.5', chapter: 10, title: CH10, kind: 'period', forms: [], actors: ['OSO', 'SC'],
    summary:
      'As a rule, within six months of the OSO accepting the application, the Steering Committee decides overall whether to register, on the OSO reports and the operation status of the agreement.',
    notes: [
      '"The agreement" is not defined here; presumably the IT procurement agreement of 7.7.',
      '"In principle": a target with no consequence in the rules.',
    ],
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 10, Suspended Registration: clauses 10.6–10.11 and the items of 10.8. */
export const CHAPTER_10_B = [
  {
    id: '10.6', chapter: 10, title: CH10, kind: 'procedure', forms: ['2-19'], actors: ['A', 'OSO', 'SC', 'assessor'],
    refs: ['10.5', '7.4'],
    summary:
      'If the Steering Committee cannot confirm from the OSO report that findings are minor, it may put the decision on hold ("Suspended Registration") and ask for an assessment of the improvement plan, telling the Applicant on Form 2-19 which controls must be assessed.',
  },
  {
    id: '10.7', chapter: 10, title: CH10, kind: 'procedure', forms: ['2-19'], actors: ['A', 'SC', 'assessor'],
    refs: ['10.6', '7.4'],
    summary:
      'An Applicant notified of Suspended Registration may have the implementation of its improvement plan assessed and then ask the Steering Committee to review the suspended application ("Suspended Registration Examination").',
  },
  {
    id: '10.8', chapter: 10, title: CH10, kind: 'period', forms: ['2-1', '2-2', '2-19', '2-20', '2-21'],
    actors: ['A', 'OSO', 'SC', 'assessor'],
    summary:
      'As a rule within one month of the Notice of Suspended Registration (Form 2-19), the Applicant states on Form 2-20, through the OSO, whether it wants a Suspended Registration Examination; if it does, it follows steps (1)–(4).',
    notes: [
      'The text writes "Form 2020"; it means Form 2-20 (as 10.9 and Appended Table 1 show).',
      'The lead text says the steps apply to requests "pursuant to the provisions of 10.8"; the request itself is made under 10.7.',
      'A missed one-month limit leads to rejection (10.9).',
    ],
  },
  {
    id: '10.8(1)', chapter: 10, parent: '10.8', title: 'Setting the assessment period', kind: 'requirement',
    forms: [], actors: ['A'],
    summary: 'The Applicant sets the new assessment period so that conditions (a) and (b) hold.',
  },
  {
    id: '10.8(1)(a)', chapter: 10, parent: '10.8(1)', title: 'At least three months', kind: 'period',
    forms: [], actors: ['A'],
    summary: 'The assessment period lasts three months or more.',
  },
  {
    id: '10.8(1)(b)', chapter: 10, parent: '10.8(1)', title: 'Improved controls running from the start', kind: 'requirement',
    forms: [], actors: ['A'],
    summary: 'The improved controls for the findings are already operating when the assessment period begins.',
  },
  {
    id: '10.8(2)', chapter: 10, parent: '10.8', title: 'Statement and assessment of notified controls', kind: 'procedure',
    forms: ['2-1', '2-2'], actors: ['A', 'assessor'], refs: ['10.6'],
    summary:
      'For the controls named in the 10.6 notice, the Applicant prepares Form 2-1 and Form 2-2 and has the stated matters assessed by an assessor.',
    notes: [
      'Form 2-2 is called "Management Confirmation" here but "Written Representation" in 7.1, 10.8(4)(b) and Appended Table 1.',
    ],
  },
  {
    id: '10.8(3)', chapter: 10, parent: '10.8', title: 'Report within two months', kind: 'period',
    forms: [], actors: ['A', 'assessor'], refs: ['10.8(1)'],
    summary: 'The assessment report must be dated within two months of the end of the assessment period set under (1).',
  },
  {
    id: '10.8(4)', chapter: 10, parent: '10.8', title: 'Application within one month', kind: 'period',
    forms: ['2-1', '2-2', '2-21'], actors: ['A', 'OSO', 'SC', 'assessor'], refs: ['10.8(3)'],
    summary:
      'Within one month of the date of that report, the Applicant submits Form 2-21 with documents (a)–(c) to the Steering Committee through the OSO.',
    notes: [
      'Form 2-21 is called "Suspended Registration Application Form" here and in 10.9, and "Application Form in Regard to Suspended Registration" in Appended Table 1.',
    ],
  },
  {
    id: '10.8(4)(a)', chapter: 10, parent: '10.8(4)', title: 'Statement', kind: 'content', forms: ['2-1'], actors: ['A'], refs: ['10.8(2)'],
    summary: 'The Statement prepared under (2), with its attachments.',
  },
  {
    id: '10.8(4)(b)', chapter: 10, parent: '10.8(4)', title: 'Written Representation', kind: 'content', forms: ['2-2'], actors: ['A'], refs: ['10.8(2)'],
    summary: 'The Written Representation prepared under (2).',
  },
  {
    id: '10.8(4)(c)', chapter: 10, parent: '10.8(4)', title: 'Implementation result report', kind: 'content',
    forms: [], actors: ['A', 'assessor'], refs: ['10.8(3)'],
    summary: 'The report obtained under (3), with its attachments.',
    notes: ['Called "implementation result report" here; (3) calls the same document an assessment report.'],
  },
  {
    id: '10.9', chapter: 10, title: CH10, kind: 'ground', forms: ['2-20', '2-21'], actors: ['A', 'SC'],
    refs: ['10.8', '10.8(4)'],
    summary:
      'If Form 2-20 or Form 2-21 is not submitted within its period under 10.8, the Steering Committee rejects the application made under Chapter 8.',
    notes: [
      'The text cites "10.9(4)" for the Form 2-21 period; 10.9 has no items, and the period is in 10.8(4). Recorded in refs as 10.8(4).',
    ],
  },
  {
    id: '10.10', chapter: 10, title: CH10, kind: 'general', forms: [], actors: [], source: 'cited-only',
    summary:
      'Not in the English reference text, which goes from 10.9 to 10.11; Supp.2023-07-03.1 names 10.10 among the Suspended Registration clauses, so its content is unknown here.',
    notes: ['Kept so that the citations of Supp.2023-07-03.1 resolve; consult the Japanese original before relying on it.'],
  },
  {
    id: '10.11', chapter: 10, title: CH10, kind: 'provision', forms: [], actors: ['A'],
    summary: 'Chapters 9 and 10 apply, with the necessary changes, to a request for Suspended Registration Examination.',
  },
] as const satisfies readonly ClauseData[];
