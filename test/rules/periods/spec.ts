/**
 * The periods of the rules, written out by hand from the rules text for the tests (never derived
 * from `src/`). `consequence` is the table's wording; `mentions` are the words or clause numbers a
 * library consequence must contain to say the same thing.
 */

/** A clause that sets a period (docs/reference/periods.md), without 10.8(1)(a), which is a minimum length. */
export type SpecClause =
  | '3.3'
  | '4.3'
  | '4.5(1)'
  | '5.3'
  | '7.3'
  | '7.6(7)'
  | '8.2'
  | '9.3'
  | '9.6(1)'
  | '10.1(4)'
  | '10.3'
  | '10.5'
  | '10.8'
  | '10.8(3)'
  | '10.8(4)'
  | '13.2'
  | '13.3'
  | '18.2(6)'
  | 'BR3.5';

/** How the period is counted (民法 140–143; docs/reference/calendar.md). */
export type SpecLength =
  | { readonly days: number }
  | { readonly weeks: number }
  | { readonly months: number }
  | { readonly businessDays: number }
  | 'half-term';

export interface SpecRow {
  readonly clause: SpecClause;
  readonly countedFrom: string;
  readonly length: SpecLength;
  readonly owedBy: 'A' | 'OSO' | 'SC' | 'MIN';
  readonly kind: 'hard' | 'target';
  /** What follows when the period is missed, as the rules say; `null` for a target. */
  readonly consequence: string | null;
  /** Patterns the library's consequence must match (the table's key words and cited clauses). */
  readonly mentions: readonly RegExp[];
  /** The first JST date the provision governs (Supplementary Provisions (2023-11-10): 13.1–13.7, 18.2(6)). */
  readonly appliesFrom?: string;
}

export const SPEC_TABLE: readonly SpecRow[] = [
  { clause: '3.3', countedFrom: 'date of the impact evaluation', length: { months: 12 }, owedBy: 'A', kind: 'hard', consequence: 'evaluation cannot support the Prior Application', mentions: [/cannot support the Prior Application/i] },
  { clause: '4.3', countedFrom: 'receipt of Prior Application Documents', length: { weeks: 2 }, owedBy: 'OSO', kind: 'target', consequence: null, mentions: [] },
  { clause: '4.5(1)', countedFrom: 'date of the inquiry / request', length: { months: 1 }, owedBy: 'A', kind: 'hard', consequence: 'Prior Application not accepted', mentions: [/Prior Application/i, /not accepted/i] },
  { clause: '5.3', countedFrom: 'date the Prior Application was made', length: 'half-term', owedBy: 'MIN', kind: 'target', consequence: null, mentions: [] },
  { clause: '7.3', countedFrom: 'last day of the audit period', length: { months: 3 }, owedBy: 'A', kind: 'hard', consequence: 'Assessment Report not valid (9.1(4))', mentions: [/not valid/i, /9\.1\(4\)/] },
  // The table's "records must be kept until then" is the act itself; the library names the oath it breaches.
  { clause: '7.6(7)', countedFrom: 'completion of the internal audit', length: { months: 36 }, owedBy: 'A', kind: 'hard', consequence: 'records must be kept until then', mentions: [/7\.6\(7\)/] },
  { clause: '8.2', countedFrom: 'date of the Assessment Report', length: { months: 1 }, owedBy: 'A', kind: 'hard', consequence: 'application not accepted (9.1(2))', mentions: [/not accepted/i, /9\.1\(2\)/] },
  { clause: '9.3', countedFrom: 'receipt of Application Documents', length: { weeks: 2 }, owedBy: 'OSO', kind: 'target', consequence: null, mentions: [] },
  { clause: '9.6(1)', countedFrom: 'date of the inquiry / request', length: { months: 1 }, owedBy: 'A', kind: 'hard', consequence: 'application not accepted', mentions: [/not accepted/i] },
  { clause: '10.1(4)', countedFrom: 'date of the Assessment Report', length: { months: 2 }, owedBy: 'A', kind: 'hard', consequence: 'Operation-criteria findings are not minor', mentions: [/not minor/i] },
  { clause: '10.3', countedFrom: 'date of the request for information', length: { weeks: 2 }, owedBy: 'A', kind: 'target', consequence: null, mentions: [] },
  { clause: '10.5', countedFrom: 'date the application was accepted', length: { months: 6 }, owedBy: 'SC', kind: 'target', consequence: null, mentions: [] },
  { clause: '10.8', countedFrom: 'date of the Notice of Suspended Registration (Form 2-19)', length: { months: 1 }, owedBy: 'A', kind: 'hard', consequence: 'application rejected (10.9)', mentions: [/rejected/i, /10\.9/] },
  { clause: '10.8(3)', countedFrom: 'last day of the new assessment period', length: { months: 2 }, owedBy: 'A', kind: 'hard', consequence: 'report does not qualify', mentions: [/does not qualify/i] },
  { clause: '10.8(4)', countedFrom: 'date of that assessment report', length: { months: 1 }, owedBy: 'A', kind: 'hard', consequence: 'application rejected (10.9)', mentions: [/rejected/i, /10\.9/] },
  { clause: '13.2', countedFrom: 'date and time the incident was recognized', length: { businessDays: 3 }, owedBy: 'A', kind: 'hard', consequence: 'suspension possible (13.5)', mentions: [/suspend/i, /13\.5/], appliesFrom: '2024-01-04' },
  { clause: '13.3', countedFrom: 'date and time the incident was recognized', length: { days: 30 }, owedBy: 'A', kind: 'hard', consequence: 'suspension possible (13.5)', mentions: [/suspend/i, /13\.5/], appliesFrom: '2024-01-04' },
  { clause: '18.2(6)', countedFrom: 'occurrence of the incident behind a 13.7 suspension', length: { months: 12 }, owedBy: 'SC', kind: 'hard', consequence: 'deletion if the problem cannot be resolved', mentions: [/delet/i, /cannot be resolved/i], appliesFrom: '2024-01-04' },
  { clause: 'BR3.5', countedFrom: 'last day of the audit period', length: { months: 16 }, owedBy: 'A', kind: 'hard', consequence: 'registration deleted if no renewal applied for (12.1, 18.2(1))', mentions: [/delete/i, /12\.1/, /18\.2\(1\)/] },
];

/** Every clause of the table, in its order. */
export const SPEC_CLAUSES: readonly SpecClause[] = SPEC_TABLE.map((row) => row.clause);

/** The row of a clause. */
export function specRow(clause: SpecClause): SpecRow {
  const row = SPEC_TABLE.find((r) => r.clause === clause);
  if (row === undefined) throw new Error(`no spec row for ${clause}`);
  return row;
}

/** The interpretations of the register a clause's result must cite, at least. */
export const REQUIRED_INTERPRETATIONS: Readonly<Record<SpecClause, readonly string[]>> = {
  '3.3': ['I2', 'I5'],
  '4.3': ['I2'],
  '4.5(1)': ['I2'],
  '5.3': ['I2', 'I4'],
  '7.3': ['I2'],
  '7.6(7)': ['I2'],
  '8.2': ['I2'],
  '9.3': ['I2'],
  '9.6(1)': ['I2'],
  '10.1(4)': ['I2'],
  '10.3': ['I2'],
  '10.5': ['I2'],
  '10.8': ['I2'],
  '10.8(3)': ['I2'],
  '10.8(4)': ['I2'],
  '13.2': ['I1', 'I2', 'I6'],
  '13.3': ['I2', 'I6'],
  '18.2(6)': ['I2', 'I6'],
  'BR3.5': ['I2', 'I3'],
};
