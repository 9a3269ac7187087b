import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkAssessmentPeriodLength } from '../../../src/rules/checks/index.js';
import { addDays, arbIsoDate, dayNumber } from '../../arbitraries/index.js';
import { failuresOf } from './fixtures.js';

describe('checkAssessmentPeriodLength (10.8(1)(a))', () => {
  it.each([
    ['2024-01-01', '2024-03-31', true, '2024-03-31'],
    ['2024-01-02', '2024-03-31', false, '2024-04-01'],
    ['2024-11-30', '2025-02-28', true, '2025-02-28'],
    ['2023-11-30', '2024-02-28', false, '2024-02-29'],
    ['2023-11-30', '2024-02-29', true, '2024-02-29'],
    ['2023-11-29', '2024-02-28', true, '2024-02-28'],
    ['2024-12-01', '2025-02-28', true, '2025-02-28'],
    ['2024-02-29', '2024-05-28', true, '2024-05-28'],
  ])('%s … %s → %s (minimum end %s)', (start, end, ok, minimumEnd) => {
    expect(checkAssessmentPeriodLength(start, end)).toMatchObject({ ok, minimumEnd });
  });
  it('explains a short period and refuses a reversed one', () => {
    expect(failuresOf(checkAssessmentPeriodLength('2024-01-02', '2024-03-31'))[0]?.reason).toContain('2024-04-01');
    expect(failuresOf(checkAssessmentPeriodLength('2024-03-31', '2024-01-01'))[0]).toMatchObject({ clause: '10.8(1)(a)' });
  });
  it('answers near the end of the range', () => {
    expect(checkAssessmentPeriodLength('2099-10-01', '2099-12-31')).toMatchObject({ ok: true, minimumEnd: '2099-12-31' });
    expect(checkAssessmentPeriodLength('2099-10-02', '2099-12-31')).toMatchObject({ ok: false, minimumEnd: null });
  });
  test.prop([arbIsoDate('2000-01-01', '2099-09-30')])('three months last 89 to 92 days', (start) => {
    const r = checkAssessmentPeriodLength(start, '2099-12-31');
    const days = dayNumber(r.minimumEnd ?? '') - dayNumber(start) + 1;
    expect(days).toBeGreaterThanOrEqual(89);
    expect(days).toBeLessThanOrEqual(92);
  });
  test.prop([arbIsoDate('2000-01-01', '2099-06-30'), fc.integer({ min: 0, max: 120 })])('monotone: a longer period never fails where a shorter one passes', (start, k) => {
    const end = addDays(start, k);
    const r = checkAssessmentPeriodLength(start, end);
    expect(r.ok).toBe(end >= (r.minimumEnd ?? '9999'));
    // ok on `end` and not on the day after would break monotony.
    expect([r.ok, checkAssessmentPeriodLength(start, addDays(end, 1)).ok]).not.toEqual([true, false]);
  });
  test.prop([arbIsoDate('2000-01-01', '2099-06-30'), fc.integer({ min: 0, max: 40 })])('a later start never needs an earlier end', (start, k) => {
    const a = checkAssessmentPeriodLength(start, '2099-12-31').minimumEnd ?? '';
    const b = checkAssessmentPeriodLength(addDays(start, k), '2099-12-31').minimumEnd ?? '';
    expect(a <= b).toBe(true);
  });
});
