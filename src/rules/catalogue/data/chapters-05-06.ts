/**
 * Chapters 5–6: review of the Prior Application and appeals against it.
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH5 = 'Review of Prior Application';
const CH6 = 'Appeals related to Prior Application';

/** @internal Chapter 5 (review of the Prior Application) and Chapter 6 (appeals). */
export const CHAPTERS_05_06 = [
  {
    id: '5.1', chapter: 5, title: CH5, kind: 'procedure', forms: ['1-3'], actors: ['A', 'OSO', 'MIN'],
    summary:
      'The OSO technically reviews the accepted Prior Application Documents against items (1)–(4) and reports its view of each item and of ISMAP-LIU eligibility to the ministries responsible on Form 1-3.',
    notes: [
      'Form 1-3 is called "Review Report on Prior Application" here and "Examination Report on Prior Application" in Appended Table 1.',
    ],
  },
  {
    id: '5.1(1)', chapter: 5, parent: '5.1', title: 'Operations on the List of Target Operations', kind: 'requirement',
    forms: [], actors: ['A'],
    summary:
      'What the documents describe matches operations on the List of Target Operations in the impact evaluation guidance, and the Impact Evaluation Results are low.',
  },
  {
    id: '5.1(2)', chapter: 5, parent: '5.1', title: 'Justification when not on the list', kind: 'requirement',
    forms: [], actors: ['A'], refs: ['5.1(1)'],
    summary: 'If the operations are not on that list, it must be justified that the Impact Evaluation Results are low.',
  },
  {
    id: '5.1(3)', chapter: 5, parent: '5.1', title: 'Evaluation sheet is reasonable', kind: 'requirement',
    forms: [], actors: ['A'],
    summary:
      'Given the functions of the service, nothing on the evaluation results sheet is unreasonable, either in the information evaluated or in the results given for it.',
  },
  {
    id: '5.1(4)', chapter: 5, parent: '5.1', title: 'No other violation, no past deletion', kind: 'requirement',
    forms: [], actors: ['A'], refs: ['18.2(4)'],
    summary:
      'There is no other breach of the program rules, and the service was never deleted under 14.2(4) of the ISMAP Cloud Service Registration Rules or 18.2(4) of these rules.',
    notes: ['"14.2 (4)" is a clause of the (non-LIU) ISMAP Cloud Service Registration Rules, not of this catalogue.'],
  },
  {
    id: '5.2', chapter: 5, title: CH5, kind: 'procedure', forms: [], actors: ['A', 'OSO'], refs: ['5.1'],
    summary:
      'During that review, and under the supervision of the agency in charge of the program, the OSO may ask the Applicant or the agency that made the impact evaluation for more information.',
  },
  {
    id: '5.3', chapter: 5, title: CH5, kind: 'period', forms: [], actors: ['OSO', 'MIN'], refs: ['5.1(1)'],
    summary:
      'The ministries responsible decide eligibility promptly on the OSO report; for operations not on the list, as a rule they decide all Prior Applications of a fiscal half-year together, by three months after that half-year ends.',
    notes: [
      'Half-years of the Japanese fiscal year: April–September (decision by 31 December) and October–March (by 30 June). The half-year is taken from the date the Prior Application was made (interpretation I4).',
    ],
  },
  {
    id: '5.4', chapter: 5, title: CH5, kind: 'procedure', forms: ['1-4'], actors: ['A', 'OSO'], refs: ['5.3'],
    summary: 'The OSO notifies the Applicant of the eligibility decision on Form 1-4.',
  },
  {
    id: '5.5', chapter: 5, title: CH5, kind: 'procedure', forms: ['1-4'], actors: ['A', 'assessor'], refs: ['5.4'],
    summary: 'An Applicant told on Form 1-4 that it is eligible may have its service audited by an assessor (Chapter 7).',
  },
  {
    id: '6.1', chapter: 6, title: CH6, kind: 'procedure', forms: ['1-5'], actors: ['A', 'OSO', 'MIN'],
    summary:
      'An Applicant or Registrant who objects to a measure taken on a Prior Application may appeal on Form 1-5 to the ministries responsible, through the OSO.',
  },
  {
    id: '6.2', chapter: 6, title: CH6, kind: 'procedure', forms: ['1-6'], actors: ['A', 'MIN'], refs: ['6.1'],
    summary: 'The ministries responsible answer the appeal on Form 1-6.',
  },
] as const satisfies readonly ClauseData[];
