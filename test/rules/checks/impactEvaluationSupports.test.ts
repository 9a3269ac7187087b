/**
 * 3.3: "evaluations made within 1 year from the date on which Prior Application is submitted".
 * The year is counted back from the submission S (interpretation I5): S itself is not counted
 * (民法 140), so the year starts on S − 1 and, with 民法 143 mirrored, ends on the day after the
 * day corresponding to S − 1 one year earlier (1 March when S − 1 is 29 February). An evaluation
 * made on E counts when that day ≤ E ≤ S.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkImpactEvaluationSupports } from '../../../src/rules/checks/index.js';
import { supportFailure } from '../../../src/rules/checks/_lib/evaluations.js';
import { isValidationError } from '../../../src/rules/schemas/index.js';
import { addDays, arbInstant, arbIsoDate } from '../../arbitraries/index.js';
import { monthsLastDay } from '../periods/oracle.js';
import { failuresOf } from './fixtures.js';

/**
 * The first day of the year counted back from `s`, worked out with `Date` (independent of the
 * library's day arithmetic): S − 1, then the same month and day one year earlier, then the day
 * after; a 29 February with no counterpart gives 1 March.
 */
function firstDayBack(s: string): string {
  const start = new Date(`${addDays(s, -1)}T00:00:00Z`);
  const [y, m, d] = [start.getUTCFullYear() - 1, start.getUTCMonth(), start.getUTCDate()];
  const corresponding = new Date(Date.UTC(y, m, d));
  if (corresponding.getUTCMonth() !== m) return `${String(y).padStart(4, '0')}-03-01`;
  return addDays(corresponding.toISOString().slice(0, 10), 1);
}

/**
 * The reading I5 does not take: counted forward from E (民法 140: from the day after; 143: twelve
 * months by the calendar, worked out without `src/`), S must be on or before its last day.
 */
const forward = (e: string, s: string): boolean => e <= s && s <= monthsLastDay(addDays(e, 1), 12);

describe('checkImpactEvaluationSupports (3.3, I5: one year counted back from the Prior Application)', () => {
  it.each([
    // E, S, supports, earliestEvaluationDate, lastDay
    ['2023-05-10', '2024-05-10', true, '2023-05-10', '2024-05-10'],
    ['2023-05-09', '2024-05-10', false, '2023-05-10', '2024-05-09'],
    ['2023-05-10', '2024-05-11', false, '2023-05-11', '2024-05-10'],
    ['2023-05-10', '2023-05-10', true, '2022-05-10', '2024-05-10'],
    ['2024-01-31', '2025-01-31', true, '2024-01-31', '2025-01-31'],
    ['2023-12-31', '2024-12-31', true, '2023-12-31', '2024-12-31'],
    ['2024-01-01', '2024-12-31', true, '2023-12-31', '2025-01-01'],
    // S = 2024-02-29: the year starts on 2024-02-28 and ends on the day after 2023-02-28.
    ['2023-02-28', '2024-02-29', false, '2023-03-01', '2024-02-28'],
    ['2023-03-01', '2024-02-29', true, '2023-03-01', '2024-03-01'],
    ['2023-02-28', '2024-02-28', true, '2023-02-28', '2024-02-28'],
    // S = 2024-03-01: the year starts on 2024-02-29, which has no day one year earlier: 1 March.
    ['2023-03-01', '2024-03-01', true, '2023-03-01', '2024-03-01'],
    ['2023-02-28', '2024-03-01', false, '2023-03-01', '2024-02-28'],
    // S = 2025-03-01: the year starts on 2025-02-28 and ends on the day after 2024-02-28.
    ['2024-02-29', '2025-03-01', true, '2024-02-29', '2025-03-01'],
    ['2024-02-28', '2025-03-01', false, '2024-02-29', '2025-02-28'],
    ['2024-02-29', '2025-02-28', true, '2024-02-28', '2025-03-01'],
    ['2024-03-01', '2025-03-01', true, '2024-02-29', '2025-03-01'],
  ] as const)('evaluation %s, Prior Application %s → %s (from %s; last Prior Application %s)', (e, s, ok, earliest, lastDay) => {
    const r = checkImpactEvaluationSupports(e, s);
    expect(r).toMatchObject({ ok, evaluationDate: e, priorApplicationDate: s, earliestEvaluationDate: earliest, lastDay, lastDayIfExtended: lastDay });
  });

  it('the JSDoc examples hold', () => {
    expect(checkImpactEvaluationSupports('2023-05-10', '2024-05-10').ok).toBe(true);
    expect(checkImpactEvaluationSupports('2023-05-10', '2024-05-11').ok).toBe(false);
    expect(checkImpactEvaluationSupports('2023-02-28', '2024-02-29').ok).toBe(false);
    expect(checkImpactEvaluationSupports('2023-02-28', '2024-02-29').earliestEvaluationDate).toBe('2023-03-01');
    expect(checkImpactEvaluationSupports('2023-02-28', '2024-02-29').lastDay).toBe('2024-02-28');
    expect(checkImpactEvaluationSupports('2024-02-29', '2025-03-01').ok).toBe(true);
  });

  it('explains a stale evaluation: E, S, the first day counted back, 3.3, 民法 140/143 and I5 only', () => {
    expect(failuresOf(checkImpactEvaluationSupports('2023-05-09', '2024-05-10'))).toEqual([
      {
        clause: '3.3',
        reason:
          'The impact evaluation of 2023-05-09 was not made within one year from the Prior Application of 2024-05-10: counted back from the Prior Application, ' +
          'whose own day is not counted (Civil Code Art. 140), the year starts on 2024-05-09; under Art. 143 applied backwards it ends on 2023-05-10, ' +
          'the day after 2023-05-09, the day corresponding to 2024-05-09 one year earlier, so only an evaluation made on or after 2023-05-10 counts.',
        interpretations: ['I5'],
      },
    ]);
  });

  it('S = 2024-02-29, E = 2023-02-28: refused, and the reason says the forward reading would count it', () => {
    const failures = failuresOf(checkImpactEvaluationSupports('2023-02-28', '2024-02-29'));
    const reason = failures[0]?.reason ?? '';
    expect(reason).toContain('the year starts on 2024-02-28');
    expect(reason).toContain('it ends on 2023-03-01, the day after 2023-02-28');
    expect(reason).toContain('only an evaluation made on or after 2023-03-01 counts');
    expect(reason).toContain('counted forward from the evaluation instead, a reading interpretation I5 does not take, it would still count: that year ends on 2024-02-29');
    expect(failures[0]?.interpretations).toEqual(['I5']);
  });

  it('S = 2024-03-01: the year starts on 29 February, which has no counterpart: it ends on 1 March', () => {
    expect(failuresOf(checkImpactEvaluationSupports('2023-02-28', '2024-03-01'))[0]?.reason).toContain(
      '2024-02-29 has no corresponding day one year earlier, so the year ends on 1 March, 2023-03-01',
    );
  });

  it('no holiday extension counting back: lastDayIfExtended (deprecated) is lastDay, and I2 is not cited', () => {
    const r = checkImpactEvaluationSupports('2023-03-31', '2024-04-01');
    expect(r).toMatchObject({ ok: false, lastDay: '2024-03-31', lastDayIfExtended: '2024-03-31', earliestEvaluationDate: '2023-04-01' });
    expect(failuresOf(r)[0]?.interpretations).toEqual(['I5']);
    expect(failuresOf(r)[0]?.reason).not.toMatch(/holiday|I2/);
  });

  it('refuses an evaluation dated after the Prior Application', () => {
    expect(failuresOf(checkImpactEvaluationSupports('2024-05-10', '2024-05-09'))[0]).toMatchObject({ clause: '3.3', interpretations: ['I5'], reason: expect.stringContaining('dated after') });
  });

  it('reads an instant as its day in Japan', () => {
    expect(checkImpactEvaluationSupports('2023-05-10', '2024-05-10T14:59Z').ok).toBe(true);
    expect(checkImpactEvaluationSupports('2023-05-10', '2024-05-10T15:00Z')).toMatchObject({ ok: false, priorApplicationDate: '2024-05-11', earliestEvaluationDate: '2023-05-11' });
  });

  it('answers at both ends of the supported range', () => {
    expect(checkImpactEvaluationSupports('2099-06-01', '2099-12-31')).toMatchObject({ ok: true, lastDay: null, lastDayIfExtended: null });
    expect(checkImpactEvaluationSupports('2098-12-31', '2099-12-31')).toMatchObject({ ok: true, lastDay: '2099-12-31' });
    expect(checkImpactEvaluationSupports('2098-12-30', '2099-12-31')).toMatchObject({ ok: false, lastDay: '2099-12-30' });
    expect(checkImpactEvaluationSupports('2000-01-01', '2000-01-01')).toMatchObject({ ok: true, earliestEvaluationDate: '1999-01-01', lastDay: '2001-01-01' });
    expect(checkImpactEvaluationSupports('2000-02-29', '2001-03-01')).toMatchObject({ ok: true, earliestEvaluationDate: '2000-02-29' });
  });

  it('throws a ValidationError naming both bad arguments', () => {
    let caught: unknown;
    try {
      checkImpactEvaluationSupports('2023-02-29', '2024-01-01T10:00');
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as { issues: readonly { pathText: string }[] }).issues.map((i) => i.pathText)).toEqual(['$.evaluationDate', '$.priorApplicationDate']);
  });

  test.prop([arbIsoDate('2000-02-01', '2098-06-30'), fc.integer({ min: -30, max: 400 })])(
    'supports every E from the first day counted back from S to S, and none before or after',
    (e, k) => {
      const s = addDays(e, k);
      const r = checkImpactEvaluationSupports(e, s);
      expect(r.earliestEvaluationDate).toBe(firstDayBack(s));
      expect(r.ok).toBe(e <= s && e >= firstDayBack(s));
    },
  );

  test.prop([arbIsoDate('2000-01-01', '2098-12-01')])('lastDay is the last Prior Application the evaluation supports', (e) => {
    const lastDay = checkImpactEvaluationSupports(e, e).lastDay ?? expect.fail(`no lastDay for ${e}`);
    expect(checkImpactEvaluationSupports(e, lastDay).ok).toBe(true);
    expect(checkImpactEvaluationSupports(e, addDays(lastDay, 1)).ok).toBe(false);
  });

  test.prop([arbIsoDate('2001-01-01', '2099-12-31')])('an evaluation made on the same date a year before always supports', (s) => {
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

describe('I5: counted back and counted forward differ only around 29 February', () => {
  it('on every S from 2001-01-01 to 2098-12-31 and every E 360–370 days before, they differ on 49 pairs, all 366 days apart', () => {
    const differ: string[] = [];
    for (let s = '2001-01-01'; s <= '2098-12-31'; s = addDays(s, 1)) {
      for (let k = 360; k <= 370; k++) {
        const e = addDays(s, -k);
        if (e < '2000-01-01') continue;
        const back = supportFailure(e, s) === undefined;
        if (back !== forward(e, s)) differ.push(`${e} ${s} ${back ? 'back' : 'forward'}`);
      }
    }
    const expected: string[] = [];
    for (let y = 2000; y <= 2096; y += 4) {
      if (y > 2000) expected.push(`${y - 1}-02-28 ${y}-02-29 forward`);
      expected.push(`${y}-02-29 ${y + 1}-03-01 back`);
    }
    expect(differ).toHaveLength(49);
    expect(differ.sort()).toEqual(expected.sort());
  }, 60_000); // 390,000 pairs: about 5 s with 2 idle CPU cores
});
