/**
 * "In principle": hand-checked against the rules text, clause by clause. Each test name quotes
 * the words of the clause that set the period; `inPrinciple` is true exactly where they say "in
 * principle", whatever the period's kind (10.8, 13.2 and 13.3 are hard and "in principle").
 */
import { describe, expect, test } from 'vitest';
import { PERIODS, deadline, type PeriodClauseId } from '../../../src/rules/periods/index.js';

// A day every period accepts (after 2024-01-04, a Wednesday).
const FROM = '2025-06-11';

/** [clause, the words of the text that set the period, in principle?, kind] */
const HAND_CHECKED: readonly (readonly [PeriodClauseId, string, boolean, 'hard' | 'target'])[] = [
  ['3.3', 'limited to evaluations made within 1 year from the date on which Prior Application is submitted', false, 'hard'],
  ['4.3', 'In principle, the ISMAP Operations Support Organization will review the Prior Application Documents within two weeks', true, 'target'],
  ['4.5(1)', 'within one month from the date of the inquiry or request for submission of additional materials', false, 'hard'],
  ['5.3', 'in principle, … eligibility for ISMAP-LIU will be determined collectively by three months after the end of each six-month term', true, 'target'],
  ['7.3', 'an Assessment Report dated no later than three months after the end of the audit period', false, 'hard'],
  ['7.6(7)', 'for at least three years after the internal audit is completed', false, 'hard'],
  ['8.2', 'The Applicant shall apply within one month from the date of the Assessment Report', false, 'hard'],
  ['9.3', 'In principle, the ISMAP Operations Support Organization will review the Application Documents within two weeks', true, 'target'],
  ['9.6(1)', 'within one month from the date of the inquiry or request for submission of additional materials', false, 'hard'],
  ['10.1(4)', 'controls related to the findings will be improved within two months from the date of the Assessment Report', false, 'hard'],
  ['10.3', 'the Applicant must, in principle, endeavor to provide a satisfactory response within two weeks', true, 'target'],
  ['10.5', 'In principle, within six months from the date of acceptance of the application', true, 'target'],
  ['10.8', 'through the ISMAP Operations Support Organization, in principle, within one month from the date of the Notice of Suspended Registration', true, 'hard'],
  ['10.8(3)', 'an assessment report with a creation date within two months from the end of the assessment period', false, 'hard'],
  ['10.8(4)', 'within one month from the date of the assessment report obtained in (3)', false, 'hard'],
  ['13.2', 'in principle, within three days (not including holidays of government agencies)', true, 'hard'],
  ['13.3', 'in principle, within 30 days from the date and time of recognizing the occurrence of an information security incident', true, 'hard'],
  ['18.2(6)', 'If one year has passed since the occurrence of the incident specified in Section 13.7', false, 'hard'],
  ['BR3.5', 'valid until 1 year and 4 months after the day following the last day of the audit period (Basic Regulations 3.5)', false, 'hard'],
];

describe('inPrinciple: the clauses that set a period "in principle"', () => {
  test('every period of PERIODS is hand-checked here', () => {
    expect(HAND_CHECKED.map(([clause]) => clause).sort()).toEqual(Object.keys(PERIODS).sort());
  });

  test.each(HAND_CHECKED)('%s "%s": inPrinciple %s, %s', (clause, _text, inPrinciple, kind) => {
    expect(PERIODS[clause].inPrinciple).toBe(inPrinciple);
    expect(PERIODS[clause].kind).toBe(kind);
    const d = deadline(clause, FROM);
    expect(d.inPrinciple).toBe(inPrinciple);
    expect(d.kind).toBe(kind);
  });

  test('the "in principle" periods are exactly 4.3, 5.3, 9.3, 10.3, 10.5, 10.8, 13.2 and 13.3', () => {
    const flagged = Object.values(PERIODS).filter((rule) => rule.inPrinciple).map((rule) => rule.clause);
    expect(flagged).toEqual(['4.3', '5.3', '9.3', '10.3', '10.5', '10.8', '13.2', '13.3']);
  });

  test('"in principle" does not change the kind: 10.8 ("in principle, within one month") keeps its consequence (10.9)', () => {
    const d = deadline('10.8', '2025-06-11');
    expect(d).toMatchObject({ inPrinciple: true, kind: 'hard', lastDay: '2025-07-11' });
    expect(d.consequence).toMatch(/10\.9/);
  });

  test('13.2 "in principle, within three days (not including holidays of government agencies)": recognized Friday 2024-12-27 15:00 JST → 2025-01-08, in principle', () => {
    // The day of recognition is not counted (I1); Sat 12-28, Sun 12-29, the year-end holidays
    // 12-29 … 01-03 and the weekend 01-04/05 are not business days: Mon 01-06, Tue 01-07, Wed 01-08.
    expect(deadline('13.2', '2024-12-27T15:00+09:00')).toMatchObject({ lastDay: '2025-01-08', inPrinciple: true, kind: 'hard' });
  });
});

describe('10.1(4): "an Improvement Plan indicating that controls related to the findings will be improved within two months from the date of the Assessment Report"', () => {
  test('the act owed by the last day is the improvement of the controls, not the completion of a plan', () => {
    const { act } = PERIODS['10.1(4)'];
    expect(act).toMatch(/^Improve the controls related to the Operation-criteria findings/);
    expect(act).toMatch(/Improvement Plan/);
    expect(act).not.toMatch(/complete/i);
  });

  test('counted from the date of the Assessment Report: report 2024-12-31 → improved by 2025-02-28', () => {
    const d = deadline('10.1(4)', '2024-12-31');
    expect(d).toMatchObject({ countedFrom: 'the date of the Assessment Report', period: '2 months', lastDay: '2025-02-28', inPrinciple: false });
    expect(d.steps[0]?.text).toBe(`${d.act}: 2 months from the date of the Assessment Report.`);
  });

  test('the consequence is that the findings are not minor (10.1(4)), and says no more than 10.6 allows', () => {
    const { consequence } = PERIODS['10.1(4)'];
    expect(consequence).toMatch(/not minor \(10\.1\(4\)\)/);
    expect(consequence).toMatch(/may suspend/);
    expect(consequence).toMatch(/10\.6/);
  });
});
