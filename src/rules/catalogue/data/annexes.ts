/**
 * Appended Table 1, the Appendices, and clause 3.5 of the ISMAP Basic Regulations.
 *
 * Appended Table 1 is one entry (`AppendedTable1`) naming every form; the name it gives each
 * form, and the submission method for the forms 3.1 and 8.1 submit by it, are in the forms table
 * (`getForm`).
 *
 * @module
 */
import type { ClauseData } from '../types.js';

/** @internal Appended Table 1 and Appendices 1–3. */
export const ANNEXES = [
  {
    id: 'AppendedTable1', chapter: 'appended-table-1', title: 'Application Submission Method', kind: 'procedure',
    forms: [
      '1-1', '1-2', '1-3', '1-4', '1-5', '1-6',
      '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7', '2-8', '2-9', '2-10', '2-11',
      '2-12', '2-13', '2-14', '2-15', '2-16', '2-17', '2-18', '2-19', '2-20', '2-21',
    ],
    actors: ['A', 'OSO'],
    summary:
      'Gives the application submission method, the method the OSO specifies; the text then lists Forms 1-1 to 1-6 and 2-1 to 2-21 and Appendices 1 to 3.',
    notes: [
      'The table layout is lost in the text: the method line, then the list of forms and appendices. The text does not say the method applies to every listed form; the catalogue gives it only to the forms 3.1 and 8.1 submit "by the submission method shown in Appended Table 1" (Forms 1-1 and 1-2; Form 2-4 with Forms 2-1, 2-2 and 2-3).',
      'The list includes forms that program bodies issue (e.g. 1-4, 2-6, 2-19) as well as those the Applicant submits.',
      'Some names differ from the body of the rules (see each form\'s notes); it writes "Form 1- 4" with a space.',
    ],
  },
  {
    id: 'Appendix1', chapter: 'appendix-1', title: 'Criteria for Evaluating the Impact of Operations and Information Related to the Use of SaaS',
    kind: 'requirement', forms: [], actors: [], refs: ['2.6'],
    summary: 'The criteria government agencies apply when they evaluate the impact of the operations and information a SaaS handles (2.6).',
    notes: ['Only the title is in the rules text.'],
  },
  {
    id: 'Appendix2', chapter: 'appendix-2', title: 'Internal Auditing Requirements', kind: 'requirement', forms: [], actors: ['A'],
    summary: 'The requirements the internal audit of 7.2 must meet (checked under 10.1(7)).',
    notes: ['Only the title is in the rules text.'],
  },
  {
    id: 'Appendix3', chapter: 'appendix-3', title: 'Reporting Items and Format for Information Security Incidents', kind: 'content',
    forms: [], actors: ['A'],
    summary: 'The items and format of the urgent report (13.2) and the confirmed report (13.3) on an incident.',
    notes: [
      'Listed at the end of the text but missing from its table of contents; 13.3 calls it "Attachment 3".',
      'Only the title is in the rules text.',
    ],
  },
] as const satisfies readonly ClauseData[];

/** @internal Clause 3.5 of the ISMAP Basic Regulations, as quoted by secondary sources. */
export const BASIC_REGULATIONS = [
  {
    id: 'BR3.5', chapter: 'BR', title: 'Renewal of registration (ISMAP Basic Regulations 3.5)', kind: 'period',
    forms: [], actors: ['A', 'SC'], source: 'basic-regulations',
    summary:
      'A registration runs until 1 year and 4 months after the day following the last day of its audit period; renewal must be applied for by then, and a pending renewal keeps the registration valid until the Steering Committee decides.',
    notes: [
      'Not in the rules text; clause 3.5 of the ISMAP Basic Regulations as quoted by secondary sources. Cited by 12.1.',
      'The expiry is taken as the last day of the period under Civil Code Art. 143 (audit end 2023-09-30 → 2025-01-31), not the day after (interpretation I3).',
    ],
  },
] as const satisfies readonly ClauseData[];
