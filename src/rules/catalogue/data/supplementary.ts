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
    summary: 'The rules take effect on 1 November 2022; items 1–3 are exceptions for the launch of the program.',
    notes: ['The sentence "These rules are enacted from November 1, 2022" is unnumbered (heading "Enactment Date") and is summarized here.'],
  },
  {
    id: 'Supp.2022.1', chapter: 'supplementary', parent: 'Supp.2022', title: 'Exceptions at Time of Program Launch', kind: 'provision',
    forms: [], actors: ['A', 'OSO'],
    summary:
      'For the time being, only national administrative agencies under the Basic Act on Cybersecurity give Impact Evaluation Results for a Prior Application, and only they are counted as government users of a service.',
    notes: ['"For the time being" has no end date in the text.'],
  },
  {
    id: 'Supp.2022.2', chapter: 'supplementary', parent: 'Supp.2022', title: 'Exceptions at Time of Program Launch', kind: 'provision',
    forms: [], actors: ['A'],
    summary:
      'For a Prior Application made within one year of enactment whose operations are not on the List of Target Operations, Impact Evaluation Results are needed from two or more agencies.',
    notes: ['"Within one year from the enactment" is taken as Prior Applications made 2022-11-01 … 2023-10-31 (clauses.md §2).'],
  },
  {
    id: 'Supp.2022.3', chapter: 'supplementary', parent: 'Supp.2022', title: 'Exceptions at Time of Program Launch', kind: 'provision',
    forms: [], actors: ['SC'], refs: ['Supp.2022.2'],
    summary:
      'After that year, if the program runs without problems, dropping the two-agency requirement of item 2 will be considered.',
    notes: ['A commitment to consider, not a rule; the text records no decision on it.'],
  },
] as const satisfies readonly ClauseData[];

/** @internal The Supplementary Provisions of 2023 (three amending sets). */
export const SUPPLEMENTARY_2023 = [
  {
    id: 'Supp.2023-07-03', chapter: 'supplementary', title: `${SUPP} (enacted July 3, 2023)`, kind: 'provision', forms: [], actors: ['A'],
    summary: 'The amendment introducing Suspended Registration and rejection; item 1 sets when it takes effect.',
  },
  {
    id: 'Supp.2023-07-03.1', chapter: 'supplementary', parent: 'Supp.2023-07-03', title: 'Effective period', kind: 'provision',
    forms: [], actors: ['A'],
    refs: ['10.2', '10.3', '10.4', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11', '11.4', '18.2(3)'],
    summary:
      'The amendment is effective from 3 July 2023, but 10.2–10.4, 10.6–10.11, 11.4 and 18.2(3) only from 2 October 2023, and all of them except 10.2 apply only to registration and renewal applications made on or after that day.',
    notes: [
      'Names 10.10, which the English text does not contain.',
      '10.2 takes effect on 2023-10-02 but is not among the provisions limited to applications made on or after that day.',
    ],
  },
  {
    id: 'Supp.2023-09-22', chapter: 'supplementary', title: `${SUPP} (enacted September 22, 2023)`, kind: 'provision', forms: [], actors: ['A', 'assessor'],
    summary: 'The amendment adding 12.3; item 1 sets when it takes effect.',
  },
  {
    id: 'Supp.2023-09-22.1', chapter: 'supplementary', parent: 'Supp.2023-09-22', title: 'Effective period', kind: 'provision',
    forms: [], actors: ['A', 'assessor'], refs: ['12.3'],
    summary: 'Effective from 22 September 2023, but 12.3 applies only where the assessment starts on or after 1 October 2023.',
  },
  {
    id: 'Supp.2023-11-10', chapter: 'supplementary', title: `${SUPP} (enacted November 10, 2023)`, kind: 'provision', forms: [], actors: ['A', 'OSO', 'SC'],
    summary: 'The amendment revising incident reporting (13.1–13.7) and adding 18.2(6); item 1 sets when it takes effect.',
  },
  {
    id: 'Supp.2023-11-10.1', chapter: 'supplementary', parent: 'Supp.2023-11-10', title: 'Effective period', kind: 'provision',
    forms: [], actors: ['A', 'OSO', 'SC'], refs: ['13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)'],
    summary:
      'Effective from 10 November 2023, but 13.1–13.7 and 18.2(6) take effect on 4 January 2024 and apply to incidents recognized as having occurred after that.',
    notes: ['"After the enforcement" is read as incidents recognized on or after 2024-01-04, JST date (interpretation I6).'],
  },
] as const satisfies readonly ClauseData[];
