/**
 * Chapters 1–4: general provisions, definitions, Prior Application and its acceptance.
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH1 = 'General Provisions';
const CH3 = 'Prior Application for Service Registration';
const CH4 = 'Acceptance of Prior Application';

/** @internal Chapter 1 (General Provisions) and Chapter 2 (Definitions). */
export const CHAPTERS_01_02 = [
  {
    id: '1.1', chapter: 1, title: CH1, kind: 'general', forms: [], actors: ['SC'],
    summary:
      'The rules, made under the ISMAP Basic Regulations, govern Service Registration under ISMAP-LIU, the ISMAP track for SaaS used for low-risk operations and information.',
  },
  {
    id: '1.2', chapter: 1, title: CH1, kind: 'general', forms: [], actors: ['OSO'],
    summary:
      'The ISMAP Operations Support Organization carries out the registration work within the scope set by the ISMAP System Operation Regulations.',
  },
  {
    id: '2.1', chapter: 2, title: 'SaaS (Software as a Service)', kind: 'definition', forms: [], actors: [],
    summary:
      'Business applications and communication functions provided to users as a service, inside or outside government (e.g. e-mail, file storage, safety confirmation).',
    notes: [
      'Chapter 2 opens with an unnumbered sentence: terms not defined here take their meaning from the Basic Regulations.',
    ],
  },
  {
    id: '2.2', chapter: 2, title: 'Applicant', kind: 'definition', forms: [], actors: ['A', 'OSO', 'assessor'],
    summary:
      'A cloud service provider that confirms its ISMAP-LIU eligibility with the OSO before being audited and then applies for Service Registration on the ISMAP-LIU Cloud Service List.',
  },
  {
    id: '2.3', chapter: 2, title: 'Registrant', kind: 'definition', forms: [], actors: ['A'],
    summary: 'A cloud service provider whose service is on the ISMAP-LIU Cloud Service List.',
  },
  {
    id: '2.4', chapter: 2, title: 'Prior Application', kind: 'definition', forms: [], actors: ['A', 'OSO'],
    summary: 'The step in which the Applicant confirms with the OSO that its service is eligible for ISMAP-LIU.',
  },
  {
    id: '2.5', chapter: 2, title: 'Evaluating the Impact of Operations and Information Related to the Use of SaaS',
    kind: 'definition', forms: [], actors: [],
    summary: 'Assessing how large the security impact is for the operations and information a SaaS service handles.',
  },
  {
    id: '2.6', chapter: 2, title: 'Criteria for Evaluating the Impact of Operations and Information Related to the Use of SaaS',
    kind: 'definition', forms: [], actors: [], refs: ['2.5', 'Appendix1'],
    summary:
      'The standards of Appendix 1 that government agencies must follow when they carry out the impact evaluation of 2.5.',
  },
  {
    id: '2.7', chapter: 2, title: 'Guidance for Evaluating the Impact of Operations and Information',
    kind: 'definition', forms: [], actors: ['OSO'],
    summary:
      'Guidance that government agencies must consult when evaluating impact; it is published on the ISMAP portal run by the OSO.',
  },
  {
    id: '2.8', chapter: 2, title: 'List of Target Operations', kind: 'definition', forms: [], actors: ['A'], refs: ['2.7'],
    summary:
      'Examples of typical operations that ISMAP-LIU SaaS may handle, published in the guidance of 2.7 and used as a reference by Applicants and evaluating agencies.',
  },
  {
    id: '2.9', chapter: 2, title: 'Internal Auditing', kind: 'definition', forms: [], actors: ['A'],
    summary: 'Internal auditing in the sense of section 4.6.2.2 of the ISMAP Control Criteria (ISMAP Appended Table 2).',
  },
  {
    id: '2.10', chapter: 2, title: 'Auditing', kind: 'definition', forms: [], actors: ['assessor'],
    summary:
      'Auditing in the sense of section 1.4.9 of the Basic Regulations; it may be called an external audit to tell it apart from Internal Auditing (2.9).',
    refs: ['2.9'],
    notes: ['The text writes "2. 10" with a space and sets it apart from the other definitions.'],
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 3 (Prior Application) and Chapter 4 (its acceptance). */
export const CHAPTERS_03_04 = [
  {
    id: '3.1', chapter: 3, title: CH3, kind: 'procedure', forms: ['1-1', '1-2'], actors: ['A', 'OSO'],
    refs: ['AppendedTable1'],
    summary:
      'The Applicant makes a Prior Application to the OSO on Form 1-1, by the method of Appended Table 1, attaching the impact evaluation sheet (Form 1-2).',
    notes: [
      'The text writes "3. 1" with a space, as it does for 2.10, 3.1–6.2, 7.7–7.14, 10.1–10.8, 11.5 and 12.1–19.2; ids drop the space.',
    ],
  },
  {
    id: '3.1(1)', chapter: 3, parent: '3.1', title: 'Form 1-2 impact evaluation sheet', kind: 'content',
    forms: ['1-2'], actors: ['A'],
    summary: 'The document to attach: Form 1-2, the sheet for evaluating the impact of operations and information.',
  },
  {
    id: '3.2', chapter: 3, title: CH3, kind: 'general', forms: [], actors: ['A'],
    summary: 'The Applicant must keep confidential any information it obtains through the Prior Application.',
  },
  {
    id: '3.3', chapter: 3, title: CH3, kind: 'period', forms: ['1-2'], actors: ['A'],
    summary:
      'To fill in Form 1-2 the Applicant lists its service functions and obtains Impact Evaluation Results from at least one government institution; an evaluation counts only if made within one year of the Prior Application.',
    notes: [
      'The 1-year limit is read as: the Prior Application is submitted on or before the last day of a 1-year period counted from the evaluation date (interpretation I5).',
      'Supp.2022.1 limits, for the time being, the provision of Impact Evaluation Results to national administrative agencies; Supp.2022.2 requires two or more government agencies for Prior Applications made within one year of the enactment when the operations and information are not on the List of Target Operations.',
    ],
  },
  {
    id: '3.4', chapter: 3, title: CH3, kind: 'provision', forms: [], actors: ['A'],
    summary: 'Chapter 3 applies equally to the Prior Application made for a renewal of registration.',
  },
  {
    id: '4.1', chapter: 4, title: CH4, kind: 'requirement', forms: [], actors: ['A', 'OSO'],
    summary:
      'The OSO accepts the Prior Application when the Prior Application Documents show that the conditions (1) and (2) are met.',
  },
  {
    id: '4.1(1)', chapter: 4, parent: '4.1', title: 'Language and completeness of documents', kind: 'requirement',
    forms: [], actors: ['A'], refs: ['3.1'],
    summary: 'The documents of 3.1 are in the designated language (Japanese, 7.10) and none is missing.',
  },
  {
    id: '4.1(2)', chapter: 4, parent: '4.1', title: 'Completeness of contents', kind: 'requirement',
    forms: [], actors: ['A'],
    summary: 'Everything the documents must state is filled in, so that the review can proceed smoothly.',
  },
  {
    id: '4.2', chapter: 4, title: CH4, kind: 'general', forms: [], actors: ['OSO'],
    summary: 'The OSO accepts Prior Application Documents at any time.',
  },
  {
    id: '4.3', chapter: 4, title: CH4, kind: 'period', forms: [], actors: ['OSO'],
    summary: 'As a rule the OSO checks the Prior Application Documents within two weeks of receiving them.',
    notes: ['"In principle": a service-level target for the OSO with no consequence in the rules.'],
  },
  {
    id: '4.4', chapter: 4, title: CH4, kind: 'procedure', forms: [], actors: ['A', 'OSO'],
    summary:
      'If the documents have omissions or defects, the OSO contacts the Applicant or asks for additional materials.',
  },
  {
    id: '4.5', chapter: 4, title: CH4, kind: 'ground', forms: [], actors: ['A', 'OSO'], refs: ['4.1'],
    summary: 'Even if 4.1 is met, the OSO does not accept the Prior Application in the cases (1) and (2).',
  },
  {
    id: '4.5(1)', chapter: 4, parent: '4.5', title: 'No sufficient answer within one month', kind: 'period',
    forms: [], actors: ['A'],
    summary:
      'The Applicant has not answered sufficiently, supplied the materials or corrected the documents within one month of the inquiry or request.',
  },
  {
    id: '4.5(2)', chapter: 4, parent: '4.5', title: 'Review clearly impossible in time', kind: 'ground',
    forms: [], actors: ['OSO'],
    summary:
      'Given section 9.5 of the Basic Regulations, the review clearly cannot be finished within the period of Chapter 5.',
    notes: ['"Section 9.5" here is of the Basic Regulations, not clause 9.5 of these rules.'],
  },
] as const satisfies readonly ClauseData[];
