import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkFindingsMinor, checkRegistrationReview } from '../../../src/rules/checks/index.js';
import type { AssessmentReport, Finding } from '../../../src/rules/schemas/index.js';
import { addDays, arbAssessmentReport, arbIsoDate, arbRegistrationReview } from '../../arbitraries/index.js';
import { monthsLastDay } from '../periods/oracle.js';
import { clauses, failuresOf, registrationReview } from './fixtures.js';

const report = (date: string, findings: Finding[]): AssessmentReport => ({ date, auditPeriod: { start: '2024-04-01', end: '2024-09-30' }, findings });

describe('checkFindingsMinor (10.1(2)–(4))', () => {
  // Two months from the day after the report (民法 140, 143): the day before the corresponding day,
  // or the end of the month when it has none.
  it.each([
    // Start 2025-01-01, corresponding day 03-01: 02-28.
    ['2024-12-31', '2025-02-28', true, '2025-02-28'],
    ['2024-12-31', '2025-03-01', false, '2025-02-28'],
    // Start 12-31, no 31 February: the end of February, 02-28.
    ['2024-12-30', '2025-02-28', true, '2025-02-28'],
    // Start 2024-01-01, corresponding day 03-01: 02-29 (2024 is a leap year).
    ['2023-12-31', '2024-02-29', true, '2024-02-29'],
    // Start 07-01, corresponding day 09-01: 08-31.
    ['2024-06-30', '2024-08-31', true, '2024-08-31'],
    ['2024-06-30', '2024-09-01', false, '2024-08-31'],
    ['2024-12-31', '2024-11-01', true, '2025-02-28'],
  ])('report %s, plan completes %s → %s (by %s)', (date, done, ok, deadline) => {
    const r = checkFindingsMinor(report(date, [{ id: 'F-1', criteria: 'operation', improvementPlanCompletionDate: done }]));
    expect({ ok: r.ok, improvementDeadline: r.improvementDeadline }).toEqual({ ok, improvementDeadline: deadline });
  });
  it('no findings: ok, nothing counted', () => {
    expect(checkFindingsMinor(report('2024-12-31', []))).toMatchObject({ ok: true, operationFindings: 0, improvementDeadline: '2025-02-28' });
  });
  it('reports every offending finding: governance, management, a missing plan, a late plan', () => {
    const r = checkFindingsMinor(
      report('2024-12-31', [
        { id: 'G-1', criteria: 'governance', improvementPlanCompletionDate: '2025-01-10' },
        { id: 'M-1', criteria: 'management' },
        { id: 'O-1', criteria: 'operation' },
        { id: 'O-2', criteria: 'operation', improvementPlanCompletionDate: '2025-03-01' },
        { id: 'O-3', criteria: 'operation', improvementPlanCompletionDate: '2025-02-28' },
      ]),
    );
    expect(r).toMatchObject({ ok: false, operationFindings: 3 });
    const failures = failuresOf(r);
    expect(failures.map((f) => [f.clause, f.path])).toEqual([
      ['10.1(2)', '$.findings[0]'],
      ['10.1(2)', '$.findings[1]'],
      ['10.1(4)', '$.findings[2]'],
      ['10.1(4)', '$.findings[3].improvementPlanCompletionDate'],
    ]);
    expect(failures[0]?.reason).toContain('Governance Criteria');
    expect(failures[3]?.reason).toContain('after 2025-02-28');
  });
  test.prop([arbAssessmentReport])('ok iff no Governance/Management finding and every Operation plan ends by the two-month last day', (rep) => {
    const last = monthsLastDay(addDays(rep.date, 1), 2);
    const expected = rep.findings.every((f) => f.criteria === 'operation' && f.improvementPlanCompletionDate !== undefined && f.improvementPlanCompletionDate <= last);
    expect(checkFindingsMinor(rep).ok).toBe(expected);
  });
  test.prop([arbAssessmentReport, fc.integer({ min: 1, max: 60 })])('moving every plan earlier never breaks an ok result', (rep, days) => {
    fc.pre(checkFindingsMinor(rep).ok);
    const earlier = rep.findings.map((f) => (f.improvementPlanCompletionDate === undefined ? f : { ...f, improvementPlanCompletionDate: addDays(f.improvementPlanCompletionDate, -days) }));
    fc.pre(earlier.every((f) => (f.improvementPlanCompletionDate ?? '2000-01-01') >= '2000-01-01'));
    expect(checkFindingsMinor({ ...rep, findings: earlier }).ok).toBe(true);
  });
  test.prop([arbIsoDate('2000-01-01', '2099-10-31')])('a report with one Governance finding never passes', (date) => {
    expect(checkFindingsMinor(report(date, [{ id: 'G', criteria: 'governance' }])).ok).toBe(false);
  });
});

describe('checkRegistrationReview (10.1(1)–(8))', () => {
  it('passes a clean review', () => {
    expect(checkRegistrationReview(registrationReview)).toMatchObject({ ok: true, operationFindings: 0, improvementDeadline: '2025-02-28' });
  });
  it('reports every failing item with the matter concerned', () => {
    const r = checkRegistrationReview({
      ...registrationReview,
      statementRequirementsMet: false,
      assessmentReport: { ...registrationReview.assessmentReport, findings: [{ id: 'M-1', criteria: 'management' }] },
      disclosed: ['7.5(1)', '7.5(3)', '7.5(4)'],
      sworn: ['7.6(1)', '7.6(2)', '7.6(3)', '7.6(4)', '7.6(5)', '7.6(6)'],
      internalAuditMeetsAppendix2: false,
      otherViolationsFound: true,
    });
    expect(clauses(r)).toEqual(['10.1(1)', '10.1(2)', '10.1(5)', '10.1(6)', '10.1(7)', '10.1(8)']);
    const failures = failuresOf(r);
    expect(failures[2]?.see).toEqual(['7.5(2)']);
    expect(failures[3]?.see).toEqual(['7.6(7)']);
  });
  it('10.1 "(1) … (2) … (4) … (8)": failures come out in the order of the items, not of the findings', () => {
    // Deliberate change: before, the findings' failures came finding by finding, so an
    // Operation-criteria finding listed first put 10.1(4) before 10.1(2).
    const r = checkRegistrationReview({
      ...registrationReview,
      statementRequirementsMet: false,
      assessmentReport: {
        ...registrationReview.assessmentReport, // dated 2024-12-31: two months end on 2025-02-28
        findings: [
          { id: 'O-1', criteria: 'operation', improvementPlanCompletionDate: '2025-03-01' },
          { id: 'G-1', criteria: 'governance' },
          { id: 'O-2', criteria: 'operation' },
          { id: 'M-1', criteria: 'management' },
        ],
      },
      sworn: ['7.6(1)', '7.6(2)', '7.6(3)', '7.6(4)', '7.6(5)', '7.6(6)'],
      otherViolationsFound: true,
    });
    expect(failuresOf(r).map((f) => [f.clause, f.path])).toEqual([
      ['10.1(1)', '$.statementRequirementsMet'],
      ['10.1(2)', '$.assessmentReport.findings[1]'],
      ['10.1(2)', '$.assessmentReport.findings[3]'],
      ['10.1(4)', '$.assessmentReport.findings[0].improvementPlanCompletionDate'],
      ['10.1(4)', '$.assessmentReport.findings[2]'],
      ['10.1(6)', '$.sworn'],
      ['10.1(8)', '$.otherViolationsFound'],
    ]);
    expect(r.operationFindings).toBe(2);
  });
  test.prop([arbRegistrationReview])('agrees with checkFindingsMinor on 10.1(2)–(4), in the order of 10.1', (review) => {
    const findings = clauses(checkFindingsMinor(review.assessmentReport));
    const own = clauses(checkRegistrationReview(review)).filter((c) => c === '10.1(2)' || c === '10.1(4)');
    // checkFindingsMinor keeps the order of the findings; the review puts every 10.1(2) first.
    expect(own).toEqual([...findings.filter((c) => c === '10.1(2)'), ...findings.filter((c) => c === '10.1(4)')]);
  });
  test.prop([arbRegistrationReview])('failures never go back to an earlier item of 10.1', (review) => {
    const items = clauses(checkRegistrationReview(review)).map((c) => Number(/^10\.1\((\d)\)$/.exec(c)?.[1]));
    expect(items.every((n, i) => i === 0 || (items[i - 1] as number) <= n)).toBe(true);
  });
});
