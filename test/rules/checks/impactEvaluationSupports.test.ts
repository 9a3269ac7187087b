import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { periodEnd } from '../../../src/calendar/index.js';
import { checkImpactEvaluationSupports } from '../../../src/rules/checks/index.js';
import { isValidationError } from '../../../src/rules/schemas/index.js';
import { addDays, arbInstant, arbIsoDate } from '../../arbitraries/index.js';

describe('checkImpactEvaluationSupports (3.3, I5)', () => {
  it.each([
    ['2023-05-10', '2024-05-10', true, '2024-05-10'],
    ['2023-05-10', '2024-05-11', false, '2024-05-10'],
    ['2023-05-10', '2023-05-10', true, '2024-05-10'],
    ['2023-02-28', '2024-02-29', true, '2024-02-29'],
    ['2023-02-28', '2024-03-01', false, '2024-02-29'],
    ['2024-02-29', '2025-02-28', true, '2025-02-28'],
    ['2024-02-29', '2025-03-01', false, '2025-02-28'],
    ['2024-01-31', '2025-01-31', true, '2025-01-31'],
    ['2023-12-31', '2024-12-31', true, '2024-12-31'],
  ])('evaluation %s, Prior Application %s → %s (last day %s)', (e, s, ok, lastDay) => {
    const r = checkImpactEvaluationSupports(e, s);
    expect(r.ok).toBe(ok);
    expect(r.lastDay).toBe(lastDay);
  });

  it('explains a stale evaluation with the dates, the clause and I5', () => {
    const r = checkImpactEvaluationSupports('2023-05-10', '2024-05-11');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatchObject({ clause: '3.3', interpretations: ['I5', 'I2'] });
    expect(r.failures[0]?.reason).toContain('2024-05-10');
    expect(r.failures[0]?.reason).toContain('starts on 2023-05-11');
  });

  it('does not extend a last day that is a Sunday, and says so (I2)', () => {
    const r = checkImpactEvaluationSupports('2023-03-31', '2024-04-01');
    expect(r).toMatchObject({ ok: false, lastDay: '2024-03-31', lastDayIfExtended: '2024-04-01' });
    if (!r.ok) expect(r.failures[0]?.reason).toContain('2024-04-01 if a period ending on a government holiday were extended');
  });

  it('refuses an evaluation dated after the Prior Application', () => {
    const r = checkImpactEvaluationSupports('2024-05-10', '2024-05-09');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failures[0]?.reason).toContain('dated after');
  });

  it('reads an instant as its day in Japan', () => {
    expect(checkImpactEvaluationSupports('2023-05-10', '2024-05-10T14:59Z').ok).toBe(true);
    expect(checkImpactEvaluationSupports('2023-05-10', '2024-05-10T15:00Z')).toMatchObject({ ok: false, priorApplicationDate: '2024-05-11' });
  });

  it('answers at the end of the supported range', () => {
    expect(checkImpactEvaluationSupports('2099-06-01', '2099-12-31')).toMatchObject({ ok: true, lastDay: null });
    expect(checkImpactEvaluationSupports('2098-12-31', '2099-12-31')).toMatchObject({ ok: true, lastDay: '2099-12-31' });
    expect(checkImpactEvaluationSupports('2098-12-30', '2099-12-31')).toMatchObject({ ok: false, lastDay: '2099-12-30' });
  });

  it('throws a ValidationError naming both bad arguments', () => {
    try {
      checkImpactEvaluationSupports('2023-02-29', '2024-01-01T10:00');
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      if (isValidationError(error)) expect(error.issues.map((i) => i.pathText)).toEqual(['$.evaluationDate', '$.priorApplicationDate']);
    }
  });

  test.prop([arbIsoDate('2000-02-01', '2098-06-30'), fc.integer({ min: -30, max: 400 })])(
    'supports every date from E to the last day of one year, and none before or after',
    (e, k) => {
      const s = addDays(e, k);
      const lastDay = periodEnd(e, { years: 1 }).lastDay;
      expect(checkImpactEvaluationSupports(e, s).ok).toBe(s >= e && s <= lastDay);
    },
  );

  test.prop([arbIsoDate('2001-01-01', '2099-12-31')])('an evaluation made on the same day a year before always supports', (s) => {
    const e = `${Number(s.slice(0, 4)) - 1}${s.slice(4)}`;
    fc.pre(!e.endsWith('02-29') || Number(e.slice(0, 4)) % 4 === 0);
    expect(checkImpactEvaluationSupports(e, s).ok).toBe(true);
  });

  test.prop([arbIsoDate(), arbInstant('2000-01-01', '2099-12-31')])('answers for every valid pair, and the day of S is its day in Japan', (e, s) => {
    const r = checkImpactEvaluationSupports(e, s);
    expect(typeof r.ok).toBe('boolean');
    expect(r.checked).toEqual(['3.3']);
  });
});
