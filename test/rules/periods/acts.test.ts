/**
 * The acts required without a fixed period: each cites a clause of the catalogue and names its
 * time limit in words; the machines show those they track with the same words.
 */
import { describe, expect, it } from 'vitest';
import { OPEN_ENDED_ACTS, getClause } from '../../../src/rules/index.js';

describe('OPEN_ENDED_ACTS', () => {
  it('lists the fifteen acts of the rules that carry no number of days', () => {
    expect(OPEN_ENDED_ACTS.map((a) => a.clause)).toEqual(['5.3', '7.6(2)', '7.6(2)', '7.6(3)', '7.6(5)', '9.5', '13.2', '13.4', '13.9', '14.1', '14.2', '14.3', '15.2(2)', '16.2', '18.1']);
  });

  it('every act cites a clause of the catalogue and a time limit in words, and is frozen', () => {
    for (const a of OPEN_ENDED_ACTS) {
      expect(() => getClause(a.clause)).not.toThrow();
      expect(a.due.length).toBeGreaterThan(0);
      expect(Object.isFrozen(a)).toBe(true);
    }
    expect(Object.isFrozen(OPEN_ENDED_ACTS)).toBe(true);
  });
});
