/**
 * Chapter 13: reporting information security incidents, and suspension for incidents.
 * 13.1–13.7 as revised apply to incidents recognized on or after 2024-01-04
 * (Supp.2023-11-10.1, interpretation I6).
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const CH13 = 'Reporting When an Information Security Incident Occurs';

/** @internal Chapter 13, clauses 13.1–13.6 (reporting). */
export const CHAPTER_13_A = [
  {
    id: '13.1', chapter: 13, title: CH13, kind: 'requirement', forms: [], actors: ['A', 'OSO'],
    summary:
      'The Registrant must report an information security incident that could affect the service covered by the Statement when case (1) or (2) applies.',
    notes: ['Says "declaration" for the Statement.'],
  },
  {
    id: '13.1(1)', chapter: 13, parent: '13.1', title: 'Registrant judges the impact serious', kind: 'ground', forms: [], actors: ['A'],
    summary: 'The Registrant judges that the incident could have a serious impact on users.',
  },
  {
    id: '13.1(2)', chapter: 13, parent: '13.1', title: 'OSO judges the impact serious', kind: 'ground', forms: [], actors: ['OSO'],
    summary: 'The OSO judges that the incident could have a serious impact on users.',
  },
  {
    id: '13.2', chapter: 13, title: CH13, kind: 'period', forms: [], actors: ['A', 'OSO'], refs: ['13.1', 'Appendix3'],
    summary:
      'As a rule the Registrant sends the OSO an urgent report, in the items and format of Appendix 3, within three government business days of recognizing the incident, and adds further reports as things change.',
    notes: [
      '"Three days (not including holidays of government agencies)": three government business days. Whether the day of recognition counts is interpretation I1 (it does not, unless recognized at 00:00 JST).',
      'The second paragraph (further reports) is repeated word for word at the start of 13.4.',
      'In force from 2024-01-04 for incidents recognized on or after that day (Supp.2023-11-10.1).',
    ],
  },
  {
    id: '13.3', chapter: 13, title: CH13, kind: 'period', forms: ['2-8'], actors: ['A', 'OSO', 'SC'], refs: ['13.2', 'Appendix3'],
    summary:
      'Following the urgent report, as a rule within 30 days of recognizing the incident, the Registrant sends the Steering Committee, through the OSO, a confirmed report on Form 2-8 in the format of Appendix 3.',
    notes: ['The text says "Attachment 3" here and "Appendix 3" in 13.2; both mean Appendix 3.'],
  },
  {
    id: '13.4', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['A', 'OSO'], refs: ['13.2', '13.3'],
    summary:
      'The Registrant adds reports as its response develops, and the OSO may ask for more information on what was reported under 13.2 or 13.3.',
    notes: ['Says "from the Applicant"; in Chapter 13 this is the Registrant.'],
  },
  {
    id: '13.5', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['A', 'OSO'], refs: ['13.1(2)', '13.2', '13.3'],
    summary:
      'If the Registrant does not report under 13.2 or 13.3 after the OSO asked it to under 13.1(2), the OSO may suspend the registration and ask again for the report.',
  },
  {
    id: '13.6', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['A', 'OSO'], refs: ['13.1', '13.5'],
    summary: 'The OSO lifts that suspension once the Registrant makes the requested report.',
    notes: ['The text says "the notice defined 13.1"; read as the report of 13.2 or 13.3 that 13.5 asked for.'],
  },
] as const satisfies readonly ClauseData[];

/** @internal Chapter 13, clauses 13.7–13.13 (suspension by the Steering Committee). */
export const CHAPTER_13_B = [
  {
    id: '13.7', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['A', 'SC'], refs: ['13.2', '13.3'],
    summary:
      'If the Steering Committee judges that a reported incident could have a particularly serious impact on users, it may suspend the registration.',
  },
  {
    id: '13.8', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['A', 'SC'], refs: ['13.7'],
    summary: 'When it suspends under 13.7, the Steering Committee tells the Registrant the conditions for lifting the suspension.',
  },
  {
    id: '13.9', chapter: 13, title: CH13, kind: 'procedure', forms: ['2-9'], actors: ['A', 'SC'], refs: ['13.8'],
    summary:
      'The Registrant promptly takes the steps needed to meet those conditions and reports to the Steering Committee on Form 2-9 (application for reinstatement).',
  },
  {
    id: '13.10', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['A', 'SC'], refs: ['13.9'],
    summary: 'If the Steering Committee finds the conditions met, it lifts the suspension.',
  },
  {
    id: '13.11', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['A', 'OSO', 'SC'], refs: ['13.9'],
    summary:
      'If after the 13.9 report it finds the conditions still unmet, the Steering Committee may, through the OSO, require the Registrant to be re-audited under Chapter 16.',
  },
  {
    id: '13.12', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['OSO'],
    summary: 'The OSO shows on the ISMAP-LIU Cloud Service List that the registration is suspended until the suspension is lifted.',
  },
  {
    id: '13.13', chapter: 13, title: CH13, kind: 'procedure', forms: [], actors: ['OSO'],
    summary: 'Depending on what is reported under this chapter, the OSO may start monitoring under Chapter 15.',
  },
] as const satisfies readonly ClauseData[];
