/**
 * Forms 1-1 … 1-6: the Prior Application forms (Chapters 3–6).
 *
 * @module
 */
import type { Form } from '../types.js';

/**
 * @internal The submission method of Appended Table 1, for the forms that 3.1 and 8.1 submit "by
 * the submission method shown in Appended Table 1".
 */
export const OSO_METHOD = 'Method specified by the ISMAP Operations Support Organization';

/** @internal Forms 1-1 … 1-6. */
export const FORMS_1 = [
  {
    number: '1-1', name: 'Prior Application Form', appendedTableName: 'Prior Application Form', aliases: [],
    clauses: ['3.1', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'OSO', submissionMethod: OSO_METHOD,
    notes: ['Submitted "by the submission method shown in Appended Table 1" (3.1).'],
  },
  {
    number: '1-2', name: 'Sheet for Evaluating the Impact of Operations and Information Related to the Use of SaaS',
    appendedTableName: 'Sheet for Evaluating the Impact of Operations and Information Related to the Use of SaaS',
    aliases: [],
    clauses: ['3.1', '3.1(1)', '3.3', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'OSO', submissionMethod: OSO_METHOD,
    notes: [
      'Carries the Impact Evaluation Results obtained from government agencies (3.3).',
      'Submitted with Form 1-1, which 3.1 submits "by the submission method shown in Appended Table 1".',
      '5.1(3) speaks of an "Evaluation Results Sheet", presumably this form; the catalogue does not link it.',
    ],
  },
  {
    number: '1-3', name: 'Review Report on Prior Application', appendedTableName: 'Examination Report on Prior Application',
    aliases: [], clauses: ['5.1', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'MIN',
    notes: ['"Review Report" in 5.1, "Examination Report" in Appended Table 1.'],
  },
  {
    number: '1-4', name: 'Notice of Results for Prior Application', appendedTableName: 'Notice of Results for Prior Application',
    aliases: [], clauses: ['5.4', '5.5', '8.1', '8.1(9)', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'A',
    notes: [
      'A copy is attached to the application for registration (8.1(9)), and so goes with Form 2-4 by the method of Appended Table 1; the text names no method for the notice the OSO sends. Appended Table 1 writes "Form 1- 4".',
    ],
  },
  {
    number: '1-5', name: 'Appeals Related to Prior Application', appendedTableName: 'Appeals Related to Prior Application',
    aliases: [], clauses: ['6.1', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'MIN', through: 'OSO',
  },
  {
    number: '1-6', name: 'Written Response to Appeals Related to Prior Application',
    appendedTableName: 'Written Response to Appeals Related to Prior Application',
    aliases: [], clauses: ['6.2', 'AppendedTable1'], submittedBy: 'MIN', addressedTo: 'A',
  },
] as const satisfies readonly Form[];
