/**
 * The interpretation register: the choices the rules leave open, the reading the library takes,
 * and the alternatives. Results cite the ids they relied on.
 *
 * @module
 */

import type { InterpretationId } from './ids.js';

export type { InterpretationId };

/** One entry of the interpretation register. */
export interface Interpretation {
  /** `I1` … `I17`. */
  readonly id: InterpretationId;
  /** The question the rules leave open. */
  readonly question: string;
  /** The reading the library takes. */
  readonly reading: string;
  /** The readings it does not take (empty where none is plausible). */
  readonly alternatives: readonly string[];
  /** The clauses affected. */
  readonly clauses: readonly string[];
  /** Where the reading comes from: clauses of the rules and statutes. */
  readonly sources: readonly string[];
}

/**
 * Every entry of the interpretation register, in id order.
 *
 * @example
 * ```ts
 * INTERPRETATIONS.map((i) => i.id); //=> ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8', 'I9', 'I10', 'I11', 'I12', 'I13', 'I14', 'I15', 'I16', 'I17', 'I18']
 * ```
 */
export const INTERPRETATIONS: readonly Interpretation[] = /* @__PURE__ */ freezeAll([
  {
    id: 'I1',
    question: 'Does the day of recognition count in 13.2 (and 13.3)?',
    reading: 'No: the first day is not counted (Civil Code Art. 140) unless the incident was recognized at exactly 00:00 JST.',
    alternatives: ['The day of recognition counts as day 1.'],
    clauses: ['13.2', '13.3'],
    sources: ['民法 140', 'Rules 13.2, 13.3'],
  },
  {
    id: 'I2',
    question: 'Does a period ending on a government holiday extend to the next business day?',
    reading:
      'No: `lastDay` is the strict last day. The rules are neither a law nor an order, so neither Civil Code Art. 142 nor Art. 2 of the Act on Holidays of Administrative Organs applies automatically; the extended day is reported as `lastDayIfExtended`.',
    alternatives: ['Extend to the next government business day (Civil Code Art. 142).'],
    clauses: ['all periods'],
    sources: ['民法 142', '行政機関の休日に関する法律 2'],
  },
  {
    id: 'I3',
    question: 'On which day does a registration expire under BR3.5?',
    reading: 'On the last day of a 1 year 4 month period under Civil Code Art. 143 (audit period ending 2023-09-30 → 2025-01-31).',
    alternatives: ['One day later (a literal reading of "1 year and 4 months after the day following").'],
    clauses: ['BR3.5', '12.1', '18.2(1)'],
    sources: ['ISMAP Basic Regulations 3.5', 'Rules 12.1', '民法 143'],
  },
  {
    id: 'I4',
    question: 'Which fiscal half-term does the collective judgment of 5.3 use?',
    reading: 'The half-term of the date the Prior Application was made.',
    alternatives: ['The half-term of the date it was accepted.'],
    clauses: ['5.3'],
    sources: ['Rules 5.3'],
  },
  {
    id: 'I5',
    question: 'What is an "evaluation made within 1 year from the date on which Prior Application is submitted" (3.3)?',
    reading:
      'The year is counted back from the submission S. S itself is not counted (Civil Code Art. 140), so the year starts on the day before S; with Art. 143 applied backwards it ends on the day after the day corresponding, one year earlier, to that start, or on 1 March when the start is 29 February and has no corresponding day. ' +
      'An evaluation made on E counts when that first day ≤ E ≤ S: S = 2024-05-10 → from 2023-05-10; S = 2024-02-29 → from 2023-03-01; S = 2025-03-01 → from 2024-02-29. ' +
      'No holiday extension arises counting back (I2 is not relied on).',
    alternatives: [
      'Counted forward from the evaluation: the Prior Application is submitted on or before the last day of one year counted from E (Civil Code Art. 140, 143). ' +
        'Compared on every S from 2001-01-01 to 2098-12-31 with every E 360–370 days before S, the two readings differ on 49 pairs only, all 366 days apart: ' +
        'S = 29 February with E = 28 February of the year before (2004-02-29 … 2096-02-29: counted forward it counts, counted back it does not) and ' +
        'S = 1 March of the year after a leap year with E = 29 February (2001-03-01 … 2097-03-01: counted back it counts, counted forward it does not).',
    ],
    clauses: ['3.3'],
    sources: ['Rules 3.3', '民法 140', '民法 143'],
  },
  {
    id: 'I6',
    question: 'Which incidents fall under 13.1–13.7 as revised on 2023-11-10?',
    reading: 'Those recognized on or after 2024-01-04, by their date in Japan (JST).',
    alternatives: [],
    clauses: ['13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)'],
    sources: ['Supplementary Provisions (2023-11-10)'],
  },
  {
    id: 'I7',
    question: '16.4 sends the Registrant to "re-Auditing as defined in Chapter 17": which procedure?',
    reading: 'Re-application: Chapter 17 is re-application.',
    alternatives: [],
    clauses: ['16.4', '17.1'],
    sources: ['Rules 16.4, Chapter 17'],
  },
  {
    id: 'I8',
    question: 'How is a date-time without an offset read?',
    reading: 'It is rejected: it would silently depend on the reader\'s time zone.',
    alternatives: ['Read it as Asia/Tokyo.'],
    clauses: ['all periods'],
    sources: ['Rules 13.2, 13.3 (periods counted from a date and time)', '民法 140'],
  },
  {
    id: 'I9',
    question: 'Does 5.1(4) (no past deletion under 18.2(4)) bar the re-application that 17.1 requires after a request to re-apply, which 18.2(4) turns into a deletion?',
    reading:
      'Yes, as written: a re-application repeats Chapters 3–11 (17.1), and its Prior Application is reviewed under 5.1(4) with the deletions recorded for the case when it is submitted. ' +
      'Once the registration has been deleted under 18.2(4), the ministries can only judge the service not eligible: the judgment "eligible" is refused, citing 5.1(4).',
    alternatives: [
      '5.1(4) does not reach the re-application that 17.1 itself requires: the deletion under 18.2(4) that follows the request to re-apply is disregarded for that re-application, and bars only other Prior Applications.',
    ],
    clauses: ['5.1(4)', '17.1', '18.2(4)', '15.2(5)(b)', '16.4'],
    sources: ['Rules 5.1(4), 15.2(5)(b), 16.4, 17.1, 18.2(4)'],
  },
  {
    id: 'I10',
    question: '13.7 lets the Steering Committee suspend for an incident "reported under the provisions of 13.2 and 13.3": may it do so once the Urgent Report (13.2) is made, or only after the Confirmed Report (13.3) too?',
    reading: 'Once the Urgent Report (13.2) is made: the Confirmed Report on Form 2-8 (13.3) need not have been made yet.',
    alternatives: ['Only after both the Urgent Report (13.2) and the Confirmed Report (13.3) have been made.'],
    clauses: ['13.7', '13.2', '13.3'],
    sources: ['Rules 13.2, 13.3, 13.7'],
  },
  {
    id: 'I11',
    question: 'From which audit period does BR3.5 count the expiry of a registration granted after a Suspended Registration Examination (10.6–10.11)?',
    reading:
      'From the audit period of the original Assessment Report, the one the application was made with (8.1(4)); the new assessment of 10.8(1)–(3) only confirms the improvement plan. ' +
      'That audit period is the one the registration records (11.5(8)), the improvement plan shown is that of its findings (11.5(10)), and a renewal\'s audit period must follow it (7.14).',
    alternatives: ['From the end of the new assessment period of 10.8(1), the last period audited, which gives a later expiry.'],
    clauses: ['BR3.5', '12.1', '10.8(1)', '10.11', '11.5(8)', '7.14'],
    sources: ['ISMAP Basic Regulations 3.5', 'Rules 10.6–10.11, 12.1'],
  },
  {
    id: 'I12',
    question: 'What follows a Letter of Intent (Form 2-20) that does not request a Suspended Registration Examination (10.7, 10.8)?',
    reading:
      'The Steering Committee decides again under 10.5 on the application as reviewed: it may register or reject it, but not suspend it again (Suspended Registration is available once in a procedure, 10.6).',
    alternatives: ['The application is rejected at once, as when no Letter of Intent is submitted in time (10.9).', 'The application is treated as withdrawn.'],
    clauses: ['10.7', '10.8', '10.5', '10.6', '10.9'],
    sources: ['Rules 10.5–10.9'],
  },
  {
    id: 'I13',
    question: 'When a re-audit requested after 13.11 (Form 2-14, 16.5) is confirmed (16.7), is the 13.7 suspension lifted?',
    reading:
      'Not by the confirmation itself: 16.7 completes the re-audit (its announcement under 16.8 ends), and the suspension stays in force and announced (13.12) until the Steering Committee lifts it under 13.10, which it then owes; it cannot refuse or ask for another re-audit.',
    alternatives: ['The confirmation under 16.7 lifts the suspension itself.', 'The Steering Committee judges the Suspension Lifting Conditions again (13.10, 13.11) and may refuse.'],
    clauses: ['16.7', '13.10', '13.11', '16.5', '16.6', '13.12', '16.8'],
    sources: ['Rules 13.10, 13.11, 13.12, 16.5–16.8'],
  },
  {
    id: 'I14',
    question: 'Do Impact Evaluation Results supplied in answer to an inquiry (4.4) count, and from which day is the year of 3.3 counted for them?',
    reading:
      'They count like those first submitted: the evaluations given in the answer replace those of Form 1-2, and the year is counted back from the day the Prior Application was submitted, not from the day of the answer (I5); an evaluation made after the submission does not count.',
    alternatives: ['Count the year back from the day of the answer, when the amended Prior Application Documents are submitted, so that an evaluation obtained after the submission counts.'],
    clauses: ['3.3', '4.4', '4.5(1)', '4.1'],
    sources: ['Rules 3.3, 4.1, 4.4, 4.5(1)'],
  },
  {
    id: 'I15',
    question: 'Is a Prior Application or application not accepted without any act of OSO when an inquiry goes unanswered for a month (4.5(1), 9.6(1)), and when does OSO\'s own decision on that ground take effect?',
    reading:
      'When the month from the inquiry (4.4, 9.4) ends without any answer, it is not accepted automatically, on the day after the last day of the month (I17). ' +
      'Once an answer has been given, only OSO\'s decision ends it on that ground, and only after the month is over and if the documents as answered still do not meet 4.1 or 9.1 (the answer was not sufficient); that decision takes effect on its own day.',
    alternatives: ['Non-acceptance always needs OSO\'s decision, even when no answer was given.', 'OSO may decline within the month once it judges an answer insufficient.'],
    clauses: ['4.5(1)', '9.6(1)', '4.4', '9.4', '9.5'],
    sources: ['Rules 4.4, 4.5(1), 9.4, 9.5, 9.6(1)', '民法 141'],
  },
  {
    id: 'I16',
    question: 'What makes a renewal\'s audit period "consecutive" with the previous one (7.14), and where is it checked?',
    reading:
      'It must start on the day after the previous audit period (the one the registration being renewed was granted on) ended: a gap or an overlap fails. ' +
      'It is checked when the renewal application is accepted, as part of the validity of the Assessment Report (9.1(4)): the failure is cited as 9.1(4), see 7.14.',
    alternatives: ['Only a gap breaks consecutiveness; an overlap with the previous audit period is allowed.', '7.14 is not a condition of acceptance under 9.1(4) but a requirement reviewed under 10.1(8) (no other violation).'],
    clauses: ['7.14', '9.1(4)', '12.2'],
    sources: ['Rules 7.14, 9.1(4), 12.2'],
  },
  {
    id: 'I17',
    question: 'On which day does the consequence of a missed period take effect?',
    reading:
      'On the day after the period\'s last day (the period ends at 24:00 of its last day, Civil Code Art. 141), whenever the lapse is noticed: non-acceptance under 4.5(1) and 9.6(1), rejection under 10.9, deletion under 12.1 and 18.2(1) when BR3.5 expires. ' +
      'Likewise the ground of deletion of 18.2(6) exists from the day after one year from the incident.',
    alternatives: ['On the day the lapse is noticed (the first event or clock tick after the last day).', 'On the last day itself.'],
    clauses: ['4.5(1)', '9.6(1)', '10.9', '12.1', '18.2(1)', '18.2(6)'],
    sources: ['民法 141', 'Rules 4.5(1), 9.6(1), 10.9, 12.1, 18.2(1), 18.2(6)'],
  },
  {
    id: 'I18',
    question: 'What does the response to an appeal (Form 1-6 under 6.2, Form 2-18 under 19.2) reopen?',
    reading:
      'The rules say only that the ministries (6.2) or the Steering Committee (19.2) reply to the appeal; they say nothing of what a reply in the appellant\'s favour changes. ' +
      'The library records the appeal and the reply, and changes nothing else in the case: a measure reversed on appeal is recorded with the events that follow it (a new Prior Application, a registration).',
    alternatives: ['A reply upholding the appeal reopens the procedure at the measure appealed against (the Prior Application, the application, or the registration before its deletion).'],
    clauses: ['6.1', '6.2', '19.1', '19.2'],
    sources: ['Rules 6.1, 6.2, 19.1, 19.2'],
  },
] as const satisfies readonly Interpretation[]);

function freezeAll(entries: readonly Interpretation[]): readonly Interpretation[] {
  return Object.freeze(
    entries.map((entry) =>
      Object.freeze({ ...entry, alternatives: Object.freeze([...entry.alternatives]), clauses: Object.freeze([...entry.clauses]), sources: Object.freeze([...entry.sources]) }),
    ),
  );
}
