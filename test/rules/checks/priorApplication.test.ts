import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkPriorApplicationAcceptance, deletionBarsEligibility } from '../../../src/rules/checks/index.js';
import type { ImpactEvaluation } from '../../../src/rules/schemas/index.js';
import { arbEligibilityReview, arbPriorApplication } from '../../arbitraries/index.js';
import { clauses, eligibilityReview, failuresOf, priorApplication } from './fixtures.js';

const evaluation = (agency: string, date: string, extra: Partial<ImpactEvaluation> = {}): ImpactEvaluation => ({
  agency,
  nationalAdministrativeAgency: true,
  date,
  result: 'low',
  ...extra,
});

describe('checkPriorApplicationAcceptance (4.1, 3.3, Supp.2022.1, Supp.2022.2)', () => {
  it('accepts a complete Prior Application', () => {
    expect(checkPriorApplicationAcceptance(priorApplication)).toMatchObject({ ok: true, agencies: ['Digital Agency'], twoAgenciesRequired: false });
  });
  it.each([
    ['2023-10-31', false, true],
    ['2023-11-01', false, false],
    ['2022-11-01', false, true],
    ['2023-06-01', true, false],
    ['2023-10-31T15:00Z', false, false],
  ])('one agency, Prior Application %s, on the List: %s → two agencies required: %s', (submittedAt, onList, two) => {
    const r = checkPriorApplicationAcceptance({
      ...priorApplication,
      submittedAt,
      onListOfTargetOperations: onList,
      evaluations: [evaluation('Digital Agency', '2022-11-01')],
    });
    expect(r.twoAgenciesRequired).toBe(two);
    expect(clauses(r)).toEqual(two ? ['Supp.2022.2'] : []);
  });
  it('counts agencies by name, after NFKC and case folding', () => {
    const base = { ...priorApplication, submittedAt: '2023-06-01', onListOfTargetOperations: false };
    const same = checkPriorApplicationAcceptance({ ...base, evaluations: [evaluation('NISC', '2023-05-01'), evaluation(' ＮＩＳＣ ', '2023-05-02'), evaluation('nisc', '2023-05-03')] });
    expect(clauses(same)).toEqual(['Supp.2022.2']);
    const two = checkPriorApplicationAcceptance({ ...base, evaluations: [evaluation('NISC', '2023-05-01'), evaluation('Digital Agency', '2023-05-02')] });
    expect(two).toMatchObject({ ok: true, agencies: ['NISC', 'Digital Agency'] });
  });
  it('disregards an evaluation by a non-national agency (Supp.2022.1) and one older than a year (3.3, I5)', () => {
    const r = checkPriorApplicationAcceptance({
      ...priorApplication,
      submittedAt: '2024-04-10',
      evaluations: [evaluation('Tokyo Metropolitan Government', '2024-03-01', { nationalAdministrativeAgency: false }), evaluation('Digital Agency', '2023-04-09')],
    });
    expect(r.ok).toBe(false);
    expect(r.disregarded.map((f) => [f.clause, f.path])).toEqual([
      ['Supp.2022.1', '$.evaluations[0]'],
      ['3.3', '$.evaluations[1]'],
    ]);
    expect(clauses(r)).toEqual(['3.3']);
    expect(checkPriorApplicationAcceptance({ ...priorApplication, submittedAt: '2024-04-10', evaluations: [evaluation('Digital Agency', '2023-04-10')] }).ok).toBe(true);
  });
  it('3.3 "made within 1 year from the date on which Prior Application is submitted": counted back from 2024-02-29, 2023-03-01 counts and 2023-02-28 does not (I5)', () => {
    const r = checkPriorApplicationAcceptance({ ...priorApplication, submittedAt: '2024-02-29', evaluations: [evaluation('NISC', '2023-02-28'), evaluation('Digital Agency', '2023-03-01')] });
    expect(r).toMatchObject({ ok: true, agencies: ['Digital Agency'] });
    expect(r.disregarded).toEqual([expect.objectContaining({ clause: '3.3', interpretations: ['I5'], path: '$.evaluations[0]', reason: expect.stringContaining('on or after 2023-03-01') })]);
    const eligibility = checkEligibility({ ...eligibilityReview, priorApplication: { ...eligibilityReview.priorApplication, submittedAt: '2024-02-29', evaluations: [evaluation('NISC', '2023-02-28')] } });
    expect(clauses(eligibility)).toEqual(['5.1(1)']);
    const march = checkPriorApplicationAcceptance({ ...priorApplication, submittedAt: '2025-03-01', evaluations: [evaluation('Digital Agency', '2024-02-29')] });
    expect(march).toMatchObject({ ok: true, agencies: ['Digital Agency'], disregarded: [] });
  });
  it('reports every failing clause at once', () => {
    const r = checkPriorApplicationAcceptance({
      submittedAt: '2023-01-10',
      submitted: ['form-1-1'],
      inJapanese: false,
      contentsComplete: false,
      onListOfTargetOperations: false,
      evaluations: [],
      reviewClearlyImpossibleInTime: true,
    });
    expect(clauses(r)).toEqual(['4.1(1)', '4.1(1)', '4.1(2)', '3.3', 'Supp.2022.2', '4.5(2)']);
  });
  it('refuses a Prior Application made before the rules', () => {
    expect(clauses(checkPriorApplicationAcceptance({ ...priorApplication, submittedAt: '2022-10-31', evaluations: [evaluation('Digital Agency', '2022-10-01')] }))).toEqual(['Supp.2022']);
  });
  test.prop([arbPriorApplication])('a failure cites a checked clause or the rules', (pa) => {
    const r = checkPriorApplicationAcceptance(pa);
    const failures = 'failures' in r ? r.failures : [];
    expect(r.ok).toBe(failures.length === 0);
    expect(failures.map((f) => f.clause).filter((c) => ![...r.checked, 'Supp.2022'].includes(c))).toEqual([]);
  });
  test.prop([arbPriorApplication, fc.constantFrom('Digital Agency', 'NISC')])('adding a counting evaluation never adds a failure', (pa, agency) => {
    const more = { ...pa, evaluations: [...pa.evaluations, evaluation(agency, String(pa.submittedAt).slice(0, 10))] };
    expect(clauses(checkPriorApplicationAcceptance(more)).length).toBeLessThanOrEqual(clauses(checkPriorApplicationAcceptance(pa)).length);
  });
});

describe('checkEligibility (5.1)', () => {
  it('passes a low evaluation on the List', () => {
    expect(checkEligibility(eligibilityReview)).toMatchObject({ ok: true, checked: ['5.1(1)', '5.1(3)', '5.1(4)'] });
  });
  it('5.1(1): a result that is not low fails', () => {
    const pa = { ...priorApplication, evaluations: [evaluation('Digital Agency', '2024-03-01', { result: 'not-low' })] };
    const r = checkEligibility({ ...eligibilityReview, priorApplication: pa });
    expect(clauses(r)).toEqual(['5.1(1)']);
  });
  it('5.1(2): off the List, low results must be justified', () => {
    const off = { ...priorApplication, onListOfTargetOperations: false };
    expect(clauses(checkEligibility({ ...eligibilityReview, priorApplication: off }))).toEqual(['5.1(2)']);
    expect(checkEligibility({ ...eligibilityReview, priorApplication: off, lowImpactJustified: true }).ok).toBe(true);
  });
  it('5.1(1): only results that count are judged; none counting fails', () => {
    const stale = { ...priorApplication, evaluations: [evaluation('Digital Agency', '2023-04-09', { result: 'not-low' })] };
    const r = checkEligibility({ ...eligibilityReview, priorApplication: stale });
    expect(clauses(r)).toEqual(['5.1(1)']);
    expect(failuresOf(r)[0]?.reason).toContain('no Impact Evaluation Results that count');
  });
  it.each([
    ['ISMAP-LIU', '18.2(4)', true],
    ['ISMAP', '14.2(4)', true],
    ['ISMAP-LIU', '18.2(1)', false],
    ['ISMAP-LIU', '18.2(2)', false],
    ['ISMAP', '18.2(4)', false],
    ['ISMAP-LIU', '14.2(4)', false],
  ] as const)('5.1(4): a deletion under %s %s bars eligibility: %s', (rules, ground, bars) => {
    expect(deletionBarsEligibility({ rules, ground })).toBe(bars);
    const r = checkEligibility({ ...eligibilityReview, pastDeletions: [{ rules, ground, date: '2023-05-01' }] });
    expect(clauses(r)).toEqual(bars ? ['5.1(4)'] : []);
  });
  it('reports 5.1(3) and both limbs of 5.1(4)', () => {
    const r = checkEligibility({ ...eligibilityReview, unreasonablePointsFound: true, otherViolationsFound: true, pastDeletions: [{ rules: 'ISMAP-LIU', ground: '18.2(4)' }] });
    expect(clauses(r)).toEqual(['5.1(3)', '5.1(4)', '5.1(4)']);
  });
  test.prop([arbEligibilityReview])('a review with a barring deletion never passes', (review) => {
    expect(checkEligibility({ ...review, pastDeletions: [...review.pastDeletions, { rules: 'ISMAP', ground: '14.2(4)' }] }).ok).toBe(false);
  });
});
