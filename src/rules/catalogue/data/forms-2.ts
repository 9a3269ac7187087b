/**
 * Forms 2-1 … 2-21: the registration forms (Chapters 7–19).
 *
 * @module
 */
import type { Form } from '../types.js';
import { OSO_METHOD } from './forms-1.js';

/** @internal Forms 2-1 … 2-11 (application, registration, incidents, changes). */
export const FORMS_2_A = [
  {
    number: '2-1', name: 'Statement', appendedTableName: 'Declaration', aliases: ['declaration'],
    clauses: ['7.1', '8.1', '8.1(2)', '10.8', '10.8(2)', '10.8(4)', '10.8(4)(a)', '16.2', '16.6', 'AppendedTable1'],
    submittedBy: 'A', addressedTo: 'SC', through: 'OSO', submissionMethod: OSO_METHOD,
    notes: [
      'Audited by the assessor (7.1). "Statement" in the body; "Declaration" in Appended Table 1, and "declaration" in 12.3 and 13.1.',
      'Goes by the method of Appended Table 1 when attached to Form 2-4 (8.1(2)); 10.8(4), 16.2 and 16.6 name no method.',
    ],
  },
  {
    number: '2-2', name: 'Written Representation', appendedTableName: 'Written Representation', aliases: ['Management Confirmation'],
    clauses: ['7.1', '8.1', '8.1(3)', '10.8', '10.8(2)', '10.8(4)', '10.8(4)(b)', 'AppendedTable1'],
    submittedBy: 'A', addressedTo: 'SC', through: 'OSO', submissionMethod: OSO_METHOD,
    notes: [
      '10.8(2) calls it "Management Confirmation".',
      'Goes by the method of Appended Table 1 when attached to Form 2-4 (8.1(3)); 10.8(4) names no method.',
    ],
  },
  {
    number: '2-3', name: 'Internal Auditing Report', appendedTableName: 'Internal Auditing Report', aliases: [],
    clauses: ['7.2', '8.1', '8.1(8)', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
    submissionMethod: OSO_METHOD,
    notes: [
      '7.2 addresses it to the Steering Committee; it travels through the OSO, by the method of Appended Table 1, as an attachment of 8.1 (8.1(8)).',
    ],
  },
  {
    number: '2-4', name: 'Registration Application Form', appendedTableName: 'Registration Application Form', aliases: [],
    clauses: ['8.1', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO', submissionMethod: OSO_METHOD,
    notes: ['Submitted "by the submission method shown in Appended Table 1" (8.1).'],
  },
  {
    number: '2-5', name: 'Review Report', appendedTableName: 'Examination Report', aliases: [],
    clauses: ['10.1', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'SC',
    notes: ['"Review Report" in 10.1, "Examination Report" in Appended Table 1.'],
  },
  {
    number: '2-6', name: 'Registration Notification', appendedTableName: 'Registration Notification', aliases: ['Registration Notice'],
    clauses: ['11.1', '11.2', '11.3', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'A',
    notes: ['11.2 calls it "Registration Notice". The Registrant keeps the original until expiry (11.3(1)).'],
  },
  {
    number: '2-7', name: 'Notice of Results', appendedTableName: 'Notice of Results', aliases: [],
    clauses: ['11.4', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'A',
  },
  {
    number: '2-8', name: 'Information Security Incident Report', appendedTableName: 'Information Security Incident Report', aliases: [],
    clauses: ['13.3', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
    notes: ['The confirmed report of 13.3; the urgent report of 13.2 uses the format of Appendix 3 without a form number.'],
  },
  {
    number: '2-9', name: 'Application for Reinstatement of Cloud Service Registration',
    appendedTableName: 'Application for Reinstatement of Cloud Service Registration', aliases: [],
    clauses: ['13.9', '16.6', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
    notes: ['Sent directly to the Steering Committee under 13.9, and through the OSO with the re-audit documents under 16.6.'],
  },
  {
    number: '2-10', name: 'Significant Control Changes Notification', appendedTableName: 'Significant Control Changes Notification',
    aliases: [], clauses: ['14.1', '14.4', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
  },
  {
    number: '2-11', name: 'ISMAP-LIU Cloud Service List Registered Content Change Notification',
    appendedTableName: 'ISMAP-LIU Cloud Service List Registered Content Change Notification', aliases: [],
    clauses: ['14.2', '14.4', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
  },
] as const satisfies readonly Form[];

/** @internal Forms 2-12 … 2-21 (monitoring, re-auditing, deletion, appeals, Suspended Registration). */
export const FORMS_2_B = [
  {
    number: '2-12', name: 'Notice of Monitoring', appendedTableName: 'Notice of Monitoring', aliases: [],
    clauses: ['15.2', '15.2(1)', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'A',
  },
  {
    number: '2-13', name: 'Notice of Monitoring Results', appendedTableName: 'Notice of Monitoring Results', aliases: [],
    clauses: ['15.2', '15.2(4)', '15.2(5)', '16.1', '16.3', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'A',
    notes: ['Used both to close monitoring and to request a re-audit (16.1) or close one (16.3).'],
  },
  {
    number: '2-14', name: 'Request for Re-Auditing', appendedTableName: 'Request for Re-Auditing', aliases: [],
    clauses: ['16.5', 'AppendedTable1'], submittedBy: 'OSO', addressedTo: 'A',
  },
  {
    number: '2-15', name: 'Notice of Withdrawal of Registration', appendedTableName: 'Notice of Withdrawal of Registration', aliases: [],
    clauses: ['18.1', '18.2', '18.2(2)', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
  },
  {
    number: '2-16', name: 'Request for Re-Application', appendedTableName: 'Request for Re-Application', aliases: [],
    clauses: ['18.3', 'AppendedTable1'], submittedBy: 'SC', addressedTo: 'A',
    notes: ['Sent for the deletions of 18.2(3)–(6), not only for re-application.'],
  },
  {
    number: '2-17', name: 'Appeals Form', appendedTableName: 'Appeals Form', aliases: [],
    clauses: ['19.1', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
  },
  {
    number: '2-18', name: 'Response to Appeals Form', appendedTableName: 'Response to Appeals Form', aliases: [],
    clauses: ['19.2', 'AppendedTable1'], submittedBy: 'SC', addressedTo: 'A',
  },
  {
    number: '2-19', name: 'Notice of Suspended Registration', appendedTableName: 'Notice of Suspended Registration', aliases: [],
    clauses: ['10.6', '10.7', '10.8', 'AppendedTable1'], submittedBy: 'SC', addressedTo: 'A',
    notes: ['Its date starts the one-month period for Form 2-20 (10.8).'],
  },
  {
    number: '2-20', name: 'Letter of Intent in Regard to Suspended Registration',
    appendedTableName: 'Letter of Intent in Regard to Suspended Registration', aliases: [],
    clauses: ['10.8', '10.9', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
    notes: ['10.8 misprints the number as "Form 2020".'],
  },
  {
    number: '2-21', name: 'Suspended Registration Application Form',
    appendedTableName: 'Application Form in Regard to Suspended Registration', aliases: [],
    clauses: ['10.8', '10.8(4)', '10.9', 'AppendedTable1'], submittedBy: 'A', addressedTo: 'SC', through: 'OSO',
    notes: ['"Suspended Registration Application Form" in 10.8(4) and 10.9; "Application Form in Regard to Suspended Registration" in Appended Table 1.'],
  },
] as const satisfies readonly Form[];
