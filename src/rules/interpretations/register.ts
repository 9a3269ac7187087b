/**
 * The interpretation register (lifecycle.md): the choices the rules leave open, the reading
 * the library takes, and the alternatives. Results cite the ids they relied on.
 *
 * @module
 */

/** The id of an entry of the interpretation register. */
export type InterpretationId = 'I1' | 'I2' | 'I3' | 'I4' | 'I5' | 'I6' | 'I7' | 'I8';

/** One entry of the interpretation register. */
export interface Interpretation {
  /** `I1` … `I8`. */
  readonly id: InterpretationId;
  /** The question the rules leave open. */
  readonly question: string;
  /** The reading the library takes. */
  readonly reading: string;
  /** The readings it does not take (empty where none is plausible). */
  readonly alternatives: readonly string[];
  /** The clauses affected. */
  readonly clauses: readonly string[];
  /** Where the reading comes from. */
  readonly sources: readonly string[];
}

/**
 * Every entry of the interpretation register, in id order.
 *
 * @example
 * ```ts
 * INTERPRETATIONS.map((i) => i.id); //=> ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8']
 * ```
 */
export const INTERPRETATIONS: readonly Interpretation[] = freezeAll([
  {
    id: 'I1',
    question: 'Does the day of recognition count in 13.2 (and 13.3)?',
    reading: 'No: the first day is not counted (Civil Code Art. 140) unless the incident was recognized at exactly 00:00 JST.',
    alternatives: ['The day of recognition counts as day 1.'],
    clauses: ['13.2', '13.3'],
    sources: ['民法 140', 'calendar.md §3'],
  },
  {
    id: 'I2',
    question: 'Does a period ending on a government holiday extend to the next business day?',
    reading:
      'No: `lastDay` is the strict last day. The rules are neither a law nor an order, so neither Civil Code Art. 142 nor Art. 2 of the Act on Holidays of Administrative Organs applies automatically; the extended day is reported as `lastDayIfExtended`.',
    alternatives: ['Extend to the next government business day (Civil Code Art. 142).'],
    clauses: ['all periods'],
    sources: ['民法 142', '行政機関の休日に関する法律 2', 'calendar.md §3'],
  },
  {
    id: 'I3',
    question: 'On which day does a registration expire under BR3.5?',
    reading: 'On the last day of a 1 year 4 month period under Civil Code Art. 143 (audit period ending 2023-09-30 → 2025-01-31).',
    alternatives: ['One day later (a literal reading of "1 year and 4 months after the day following").'],
    clauses: ['BR3.5', '12.1', '18.2(1)'],
    sources: ['ISMAP Basic Regulations 3.5', 'clauses.md'],
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
    question: 'What is an "evaluation made within 1 year" from the Prior Application (3.3)?',
    reading: 'The Prior Application is submitted on or before the last day of a 1-year period counted from the date of the evaluation.',
    alternatives: [],
    clauses: ['3.3'],
    sources: ['Rules 3.3', '民法 143'],
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
    sources: ['calendar.md §2'],
  },
] as const satisfies readonly Interpretation[]);

function freezeAll(entries: readonly Interpretation[]): readonly Interpretation[] {
  return Object.freeze(
    entries.map((entry) =>
      Object.freeze({ ...entry, alternatives: Object.freeze([...entry.alternatives]), clauses: Object.freeze([...entry.clauses]), sources: Object.freeze([...entry.sources]) }),
    ),
  );
}
