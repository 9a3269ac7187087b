/**
 * The Supplementary Provisions, one set per enactment.
 *
 * Id scheme: `Supp.<set>` for the heading of a set and `Supp.<set>.<item>` for its numbered
 * items, where `<set>` is the enactment date of the set: the year alone (`2022`) for the
 * original rules of 2022-11-01, and the full ISO date for each amending set, because 2023 had
 * three (`2023-07-03`, `2023-09-22`, `2023-11-10`). An item's "However, …" proviso, printed as
 * an unnumbered bullet, belongs to the item it qualifies.
 *
 * | id | enacted | items |
 * |---|---|---|
 * | `Supp.2022` | 2022-11-01 | `.1` `.2` `.3` |
 * | `Supp.2023-07-03` | 2023-07-03 | `.1` (with proviso) |
 * | `Supp.2023-09-22` | 2023-09-22 | `.1` (with proviso) |
 * | `Supp.2023-11-10` | 2023-11-10 | `.1` (with proviso) |
 *
 * @module
 */
import type { ClauseData } from '../types.js';

const SUPP = 'Supplementary Provisions';

/** @internal The Supplementary Provisions of 2022-11-01 (enactment). */
export const SUPPLEMENTARY_2022 = [
  {
    id: 'Supp.2022', chapter: 'supplementary', title: `${SUPP} (enacted November 1, 2022)`, kind: 'provision', forms: [],
    actors: ['A', 'OSO', 'SC'],
    summary: 'The rules are enacted from 1 November 2022; items 1–3 are the exceptions at the time of the program launch.',
    notes: ['The sentence "These rules are enacted from November 1, 2022" is unnumbered (heading "Enactment Date") and is summarized here.'],
  },
  {
    id: 'Supp.2022.1', chapter: 'supplementary', parent: 'Supp.2022', title: 'Exceptions at Time of Program Launch', kind: 'provision',
    forms: [], actors: ['A', 'OSO'],
    summary:
      'For the time being after the program’s enactment, both the provision of Impact Evaluation Results to the Applicant in a Prior Application and the publication of the number of government agencies using the service are limited to national administrative agencies specified in the Basic Act on Cybersecurity.',
    notes: [
      '"For the time being" has no end date in the text.',
      'The number published is presumably that of 11.5(13), which the text does not cite.',
    ],
  },
  {
    id: 'Supp.2022.2', chapter: 'supplementary', parent: 'Supp.2022', title: 'Exceptions at Time of Program Launch', kind: 'provision',
    forms: [], actors: ['A'],
    summary:
      'For a Prior Application made within one year of the enactment, if the operations and information the service handles are not on the List of Target Operations, the Applicant must obtain Impact Evaluation Results from two or more government agencies.',
    notes: ['"Within one year from the enactment" is taken as Prior Applications made 2022-11-01 … 2023-10-31 (the enactment day counting as the first day).'],
  },
  {
    id: 'Supp.2022.3', chapter: 'supplementary', parent: 'Supp.2022', title: 'Exceptions at Time of Program Launch', kind: 'provision',
    forms: [], actors: ['SC'], refs: ['Supp.2022.2'],
    summary:
      'If, one year after the enactment, the operation of the program (systems included) is confirmed to have no problems, removing the two-agency requirement of item 2 for services not on the List of Target Operations will be considered.',
    notes: ['A commitment to consider, not a rule; the text records no decision on it.'],
  },
] as const satisfies readonly ClauseData[];

/** @internal The Supplementary Provisions of 2023 (three amending sets). */
export const SUPPLEMENTARY_2023 = [
  {
    id: 'Supp.2023-07-03', chapter: 'supplementary', title: `${SUPP} (enacted July 3, 2023)`, kind: 'provision', forms: [], actors: ['A'],
    summary: 'The Supplementary Provisions enacted on 3 July 2023; item 1 ("Effective period") sets when the rules take effect and which provisions apply to what.',
  },
  {
    id: 'Supp.2023-07-03.1', chapter: 'supplementary', parent: 'Supp.2023-07-03', title: 'Effective period', kind: 'provision',
    forms: [], actors: ['A'],
    refs: ['10.2', '10.3', '10.4', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11', '11.4', '18.2(3)'],
    summary:
      'The rules come into effect from 3 July 2023; however, 10.2–10.4, 10.6–10.11, 11.4 and 18.2(3) come into effect from 2 October 2023, and all of them except 10.2 apply to registration and renewal applications made on or after 2 October 2023.',
    notes: [
      'Names 10.10, which the English text does not contain.',
      '10.2 comes into effect on 2023-10-02 but is not among the provisions the second part applies to applications made on or after that day.',
      'Read as: the provisions of the second part do not apply to applications made before 2023-10-02.',
    ],
  },
  {
    id: 'Supp.2023-09-22', chapter: 'supplementary', title: `${SUPP} (enacted September 22, 2023)`, kind: 'provision', forms: [], actors: ['A', 'assessor'],
    summary: 'The Supplementary Provisions enacted on 22 September 2023; item 1 ("Effective period") sets when the rules take effect and what 12.3 applies to.',
  },
  {
    id: 'Supp.2023-09-22.1', chapter: 'supplementary', parent: 'Supp.2023-09-22', title: 'Effective period', kind: 'provision',
    forms: [], actors: ['A', 'assessor'], refs: ['12.3'],
    summary: 'The rules come into effect from 22 September 2023; however, 12.3 applies to procedures whose assessment start date is on or after 1 October 2023.',
  },
  {
    id: 'Supp.2023-11-10', chapter: 'supplementary', title: `${SUPP} (enacted November 10, 2023)`, kind: 'provision', forms: [], actors: ['A', 'OSO', 'SC'],
    summary: 'The Supplementary Provisions enacted on 10 November 2023; item 1 ("Effective period") sets when the rules take effect and which incidents 13.1–13.7 and 18.2(6) apply to.',
  },
  {
    id: 'Supp.2023-11-10.1', chapter: 'supplementary', parent: 'Supp.2023-11-10', title: 'Effective period', kind: 'provision',
    forms: [], actors: ['A', 'OSO', 'SC'], refs: ['13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)'],
    summary:
      'The rules come into effect from 10 November 2023; however, 13.1–13.7 and 18.2(6) come into effect from 4 January 2024 and apply to information security incidents recognized to have occurred after they come into effect.',
    notes: ['"After the enforcement" is read as incidents recognized on or after 2024-01-04, JST date (interpretation I6).'],
  },
] as const satisfies readonly ClauseData[];
