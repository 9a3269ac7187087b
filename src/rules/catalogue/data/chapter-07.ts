/**
 * Chapter 7: requirements for applicants (Statement, internal audit, Assessment Report,
 * disclosures, written oath and general conditions).
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH7 = 'Requirements for applicants';

/** @internal Chapter 7, clauses 7.1–7.5 and the items of 7.5. */
export const CHAPTER_07_A = [
  {
    id: '7.1', chapter: 7, title: CH7, kind: 'requirement', forms: ['2-1', '2-2'], actors: ['A', 'assessor'],
    summary:
      'Following the ISMAP Control Criteria, the Applicant states its security measures on Form 2-1 (Statement) and Form 2-2 (Written Representation) and has them audited by an assessor; it must keep confidential what it learns from the assessment contract and audit.',
    notes: ['Form 2-1 is the "Statement" here but the "Declaration" in Appended Table 1.'],
  },
  {
    id: '7.2', chapter: 7, title: CH7, kind: 'procedure', forms: ['2-3'], actors: ['A', 'SC'], refs: ['Appendix2'],
    summary:
      'The Applicant carries out Internal Auditing meeting Appendix 2 and reports the results to the Steering Committee on Form 2-3.',
  },
  {
    id: '7.3', chapter: 7, title: CH7, kind: 'period', forms: [], actors: ['A', 'assessor'],
    summary:
      "The Applicant must obtain the assessor's Assessment Report dated no later than three months after the end of the audit period given in the Statement.",
    notes: ['Read as: a report dated later is not valid under 9.1(4), so the application is not accepted.'],
  },
  {
    id: '7.4', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A'],
    summary: 'If the Assessment Report contains findings, the Applicant draws up an improvement plan and carries it out.',
  },
  {
    id: '7.5', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A', 'SC'],
    summary: 'Besides the Statement, the Applicant gives the Steering Committee the information of items (1)–(4).',
  },
  {
    id: '7.5(1)', chapter: 7, parent: '7.5', title: 'Capital relationships and officers', kind: 'content',
    forms: [], actors: ['A'],
    summary: "The Applicant's capital relationships, officers and the like at the time of application.",
  },
  {
    id: '7.5(2)', chapter: 7, parent: '7.5', title: 'Risk from foreign laws', kind: 'content',
    forms: [], actors: ['A', 'SC'],
    summary:
      'What the Steering Committee and the ministries need to judge the risk that foreign law lets the data of a procuring agency be accessed or processed against its will.',
  },
  {
    id: '7.5(3)', chapter: 7, parent: '7.5', title: 'Governing law and jurisdiction', kind: 'content',
    forms: [], actors: ['A'],
    summary: 'The governing law and the court jurisdiction set in the service contract.',
  },
  {
    id: '7.5(4)', chapter: 7, parent: '7.5', title: 'Third-party inspections', kind: 'content',
    forms: [], actors: ['A'],
    summary: 'Whether third-party inspections such as penetration tests and vulnerability assessments are done and accepted.',
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 7, clause 7.6 (the written oath) and its items. */
export const CHAPTER_07_B = [
  {
    id: '7.6', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A', 'OSO', 'SC', 'MIN'],
    summary: 'The Applicant swears in writing to observe items (1)–(7) throughout the registration period.',
  },
  {
    id: '7.6(1)', chapter: 7, parent: '7.6', title: 'Information for procurement negotiations', kind: 'requirement',
    forms: [], actors: ['A'],
    summary:
      'On request of a procuring agency in negotiations, give it the Statement details and the affiliation, expertise, record and nationality of staff who could affect user data (nationality by country only, not linked to a person).',
  },
  {
    id: '7.6(2)', chapter: 7, parent: '7.6', title: 'Incident reporting', kind: 'requirement',
    forms: [], actors: ['A', 'OSO', 'SC', 'MIN'],
    summary:
      'Report without delay, under Chapter 13, an information security incident that could seriously affect users, and respond without delay when a ministry responsible or the OSO asks to confirm its details.',
  },
  {
    id: '7.6(3)', chapter: 7, parent: '7.6', title: 'Notification of changes', kind: 'requirement',
    forms: [], actors: ['A', 'SC'],
    summary:
      'Notify the Steering Committee without delay, under Chapter 14, of changes (or events that could lead to changes) to important controls and of changes to what the list shows.',
  },
  {
    id: '7.6(4)', chapter: 7, parent: '7.6', title: 'Monitoring, re-auditing and re-application', kind: 'requirement',
    forms: [], actors: ['A'],
    summary: 'Go through monitoring (Chapter 15), re-auditing (Chapter 16) and re-application (Chapter 17) when required.',
  },
  {
    id: '7.6(5)', chapter: 7, parent: '7.6', title: 'Announcing suspension or deletion', kind: 'requirement',
    forms: [], actors: ['A'],
    summary:
      "If the registration is suspended or deleted, promptly tell the procuring agencies that use the service or announce it on the Applicant's website.",
    notes: ['A page break splits this item in the text; the stray bullet before "ministry/agency" is part of (5).'],
  },
  {
    id: '7.6(6)', chapter: 7, parent: '7.6', title: 'Responsibility for contractors', kind: 'requirement',
    forms: [], actors: ['A'],
    summary:
      "Whether or not a contractor is used, work with the service's users to resolve any contract or information security problem of the service.",
  },
  {
    id: '7.6(7)', chapter: 7, parent: '7.6', title: 'Keeping internal audit records', kind: 'period',
    forms: [], actors: ['A', 'SC'],
    summary:
      'Keep the internal audit report, records and other evidence for at least three years after the internal audit is completed, and let the Steering Committee see them when it needs to.',
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 7, clauses 7.7–7.14 and the items of 7.9. */
export const CHAPTER_07_C = [
  {
    id: '7.7', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A'],
    summary:
      'In procurement negotiations, on request of the procuring agency, the Applicant cooperates with the inter-ministry agreement on IT procurement policy and procedures (10 December 2018).',
  },
  {
    id: '7.8', chapter: 7, title: CH7, kind: 'procedure', forms: [], actors: ['A', 'SC'],
    summary: 'The Applicant applies to the Steering Committee following the procedure of Chapter 8.',
  },
  {
    id: '7.9', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A'], refs: ['7.4', '7.5'],
    summary:
      'The Applicant applies on the footing that the list will publish whether there is an improvement plan (7.4) and the matters (1)–(5) taken from the Statement and the 7.5 information.',
    notes: [
      'The text says "ISMAP Cloud Service List"; for ISMAP-LIU this is presumably the ISMAP-LIU Cloud Service List (whose fields 11.5(1), (6)–(10) repeat these matters).',
    ],
  },
  {
    id: '7.9(1)', chapter: 7, parent: '7.9', title: 'Name of cloud service', kind: 'content', forms: [], actors: ['A'],
    summary: 'The name of the cloud service.',
  },
  {
    id: '7.9(2)', chapter: 7, parent: '7.9', title: 'Scope of Statement', kind: 'content', forms: [], actors: ['A'],
    summary: 'What the Statement covers.',
  },
  {
    id: '7.9(3)', chapter: 7, parent: '7.9', title: 'Control measures implemented', kind: 'content', forms: [], actors: ['A'],
    summary: 'The control measures, taken as control objectives, that are implemented under the basic Statement requirements.',
  },
  {
    id: '7.9(4)', chapter: 7, parent: '7.9', title: 'Assessment period', kind: 'content', forms: [], actors: ['A'],
    summary: 'The period the assessment covered.',
  },
  {
    id: '7.9(5)', chapter: 7, parent: '7.9', title: 'Subsequent events', kind: 'content', forms: [], actors: ['A'],
    summary: 'Events after the assessment period that are reported as subsequent events.',
  },
  {
    id: '7.10', chapter: 7, title: CH7, kind: 'general', forms: [], actors: ['A', 'OSO'],
    summary:
      'Documents, procedures and communication with the OSO are in Japanese; only the Statement attachment may be in English, possibly with a Japanese reference translation on request.',
  },
  {
    id: '7.11', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A'],
    summary: 'The Applicant must be the one offering the service under its own name, whether it runs it itself or through a contractor.',
  },
  {
    id: '7.12', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A', 'SC'],
    summary:
      'The Applicant obeys Japanese law, these rules and the other rules under the Basic Regulations, and what it tells the Steering Committee must be true and accurate.',
  },
  {
    id: '7.13', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A'],
    summary:
      'Groups designated or restricted as anti-social forces under Japanese law, their members and persons treated as equivalent cannot be Applicants.',
  },
  {
    id: '7.14', chapter: 7, title: CH7, kind: 'requirement', forms: [], actors: ['A', 'assessor'],
    summary:
      'Chapter 7 also applies to renewals, and the audit period of the renewal must follow on directly from the audit period of the previous application.',
  },
] as const satisfies readonly ClauseData[];
