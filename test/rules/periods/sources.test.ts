/**
 * One source for each fact: the words of each period's length (generated from the length), the
 * first day of the provisions a period is keyed on, and the one computation of 18.2(6)'s year
 * that `deadline()` and the incident machine share — each checked against values worked out by
 * hand from the rules text and the calendar.
 */
import { describe, expect, test } from 'vitest';
import { ProvisionNotInForceError } from '../../../src/errors.js';
import { deletionGroundFrom } from '../../../src/machines/_lib/deadlines.js';
import { PERIODS, deadline, type PeriodClauseId } from '../../../src/rules/periods/index.js';
import { resolutionYear } from '../../../src/rules/periods/resolutionYear.js';

/** Each period's length in the words of the rules, written out by hand. */
const LENGTH_TEXT: Readonly<Record<PeriodClauseId, string>> = {
  '3.3': '1 year',
  '4.3': '2 weeks',
  '4.5(1)': '1 month',
  '5.3': 'to the end of the third month after its fiscal half-term',
  '7.3': '3 months',
  '7.6(7)': '3 years',
  '8.2': '1 month',
  '9.3': '2 weeks',
  '9.6(1)': '1 month',
  '10.1(4)': '2 months',
  '10.3': '2 weeks',
  '10.5': '6 months',
  '10.8': '1 month',
  '10.8(3)': '2 months',
  '10.8(4)': '1 month',
  '13.2': '3 government business days',
  '13.3': '30 days',
  '18.2(6)': '1 year',
  'BR3.5': '1 year 4 months',
};

describe('PERIODS: the words of each length', () => {
  test.each(Object.entries(LENGTH_TEXT))('%s: %s, in the table and in the first step of deadline()', (clause, text) => {
    const rule = PERIODS[clause as PeriodClauseId];
    expect(rule.lengthText).toBe(text);
    const d = deadline(clause as PeriodClauseId, '2025-06-11');
    expect(d.period).toBe(text);
    expect(d.steps[0]?.text).toBe(`${rule.act}: ${text} from ${rule.countedFrom}.`);
  });
});

describe('PERIODS: the first day of the provisions a period is counted from', () => {
  test('13.2, 13.3 and 18.2(6) exist for incidents recognized from 2024-01-04 (Supplementary Provisions of 2023-11-10); no other period is limited', () => {
    const limited = Object.values(PERIODS).filter((rule) => rule.appliesFrom !== undefined).map((rule) => [rule.clause, rule.appliesFrom]);
    expect(limited).toEqual([
      ['13.2', '2024-01-04'],
      ['13.3', '2024-01-04'],
      ['18.2(6)', '2024-01-04'],
    ]);
  });
});

describe('18.2(6): one computation of the year and of the first day of the ground of deletion', () => {
  // [occurred, recognized, last day of the year, first day of the ground, why]
  const CASES = [
    // Start 05-02; corresponding day 2024-05-02: the year ends on 05-01 (Wed).
    ['2023-05-01', '2024-01-10', '2024-05-01', '2024-05-02', 'an occurrence before 2024-01-04, recognized after'],
    // Start 03-01; corresponding day 2025-03-01: the year ends on 02-28.
    ['2024-02-29', '2024-02-29', '2025-02-28', '2025-03-01', '29 February'],
    // 15:00Z on 01-03 is 00:00 JST on 01-04, which counts: corresponding day 2025-01-04, the year ends on 01-03.
    ['2024-01-03T15:00Z', '2024-01-03T15:00Z', '2025-01-03', '2025-01-04', 'the first instant the provision governs'],
  ] as const;

  test.each(CASES)('occurred %s, recognized %s: the year ends on %s, the ground exists from %s (%s)', (occurred, recognized, lastDay, groundFrom) => {
    const year = resolutionYear(occurred, recognized, undefined);
    expect([year.end.lastDay, year.groundFrom]).toEqual([lastDay, groundFrom]);
    expect(deadline('18.2(6)', occurred, { recognizedAt: recognized }).lastDay).toBe(lastDay);
    expect(deletionGroundFrom(occurred, recognized)).toBe(groundFrom);
  });

  test('an incident recognized before 2024-01-04 is refused by all three', () => {
    for (const call of [
      () => resolutionYear('2023-01-01', '2024-01-03', undefined),
      () => deadline('18.2(6)', '2023-01-01', { recognizedAt: '2024-01-03' }),
      () => deletionGroundFrom('2023-01-01', '2024-01-03'),
    ]) {
      expect(call).toThrow(ProvisionNotInForceError);
      expect(call).toThrow('Clause 18.2(6) does not apply to "2023-01-01": it governs cases from 2024-01-04 (Supplementary Provisions (2023-11-10)).');
    }
  });
});
