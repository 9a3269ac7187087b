import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  checkApplicationAcceptance,
  checkApplicationDeadline,
  checkAssessmentReportValidity,
} from '../../../src/rules/checks/index.js';
import { APPLICATION_DOCUMENTS } from '../../../src/rules/schemas/index.js';
import { addDays, arbApplication, arbIsoDate } from '../../arbitraries/index.js';
import { monthsLastDay } from '../periods/oracle.js';
import { application, clauses, failuresOf } from './fixtures.js';

describe('checkApplicationDeadline (8.2)', () => {
  it.each([
    ['2024-02-29', '2024-03-31', true, '2024-03-31', '2024-04-01'],
    ['2024-02-29', '2024-04-01', false, '2024-03-31', '2024-04-01'],
    ['2024-01-30', '2024-02-29', true, '2024-02-29', '2024-02-29'],
    ['2024-01-31', '2024-02-29', true, '2024-02-29', '2024-02-29'],
    ['2024-01-31', '2024-03-01', false, '2024-02-29', '2024-02-29'],
    ['2024-02-29', '2024-02-29', true, '2024-03-31', '2024-04-01'],
    ['2024-02-29', '2024-02-28', false, '2024-03-31', '2024-04-01'],
  ])('report %s, applied %s → %s', (report, applied, ok, lastDay, lastDayIfExtended) => {
    expect(checkApplicationDeadline(report, applied)).toMatchObject({ ok, lastDay, lastDayIfExtended });
  });
  it('reads an instant in Japan: 2024-03-31T15:00Z is 1 April', () => {
    expect(checkApplicationDeadline('2024-02-29', '2024-03-31T15:00Z')).toMatchObject({ ok: false, appliedOn: '2024-04-01' });
    expect(checkApplicationDeadline('2024-02-29', '2024-03-31T23:59+09:00').ok).toBe(true);
  });
  test.prop([arbIsoDate('2000-01-01', '2099-10-31'), fc.integer({ min: -5, max: 40 })])('ok exactly from the report date to the one-month last day (民法 140, 143, counted without src/)', (report, k) => {
    const applied = addDays(report, k);
    fc.pre(applied >= '2000-01-01');
    const lastDay = monthsLastDay(addDays(report, 1), 1);
    expect(checkApplicationDeadline(report, applied)).toMatchObject({ ok: applied >= report && applied <= lastDay, lastDay });
  });
});

describe('checkAssessmentReportValidity (7.3, 7.14)', () => {
  const report = (date: string, end: string, start = '2024-04-01') => ({ date, auditPeriod: { start, end }, findings: [] });
  it.each([
    ['2024-12-31', '2024-09-30', true, '2024-12-31'],
    ['2025-01-01', '2024-09-30', false, '2024-12-31'],
    ['2025-02-28', '2024-11-30', true, '2025-02-28'],
    ['2024-02-29', '2023-11-30', true, '2024-02-29'],
    ['2024-09-29', '2024-09-30', false, '2024-12-31'],
  ])('report %s, audit end %s → %s', (date, end, ok, lastDay) => {
    expect(checkAssessmentReportValidity(report(date, end, '2023-04-01'))).toMatchObject({ ok, lastDay });
  });
  it('requires consecutive audit periods on renewal (7.14)', () => {
    const r = report('2025-04-15', '2025-03-31', '2024-04-01');
    expect(checkAssessmentReportValidity(r, { start: '2023-04-01', end: '2024-03-31' })).toMatchObject({ ok: true, checked: ['7.3', '7.14'] });
    const gap = checkAssessmentReportValidity({ ...r, auditPeriod: { start: '2024-04-02', end: '2025-03-31' } }, { start: '2023-04-01', end: '2024-03-31' });
    expect(clauses(gap)).toEqual(['7.14']);
    const overlap = checkAssessmentReportValidity({ ...r, auditPeriod: { start: '2024-03-31', end: '2025-03-31' } }, { start: '2023-04-01', end: '2024-03-31' });
    expect(clauses(overlap)).toEqual(['7.14']);
    expect(checkAssessmentReportValidity(report('2024-06-30', '2024-05-31', '2024-02-29'), { start: '2023-03-01', end: '2024-02-28' }).ok).toBe(true);
  });
});

describe('checkApplicationAcceptance (9.1)', () => {
  it('accepts a complete, timely application', () => {
    expect(checkApplicationAcceptance(application)).toMatchObject({
      ok: true,
      appliedOn: '2024-10-20',
      applicationLastDay: '2024-11-15',
      reportLastDay: '2024-12-31',
      checked: ['9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)'],
    });
  });
  it('lets the corporate number replace the certificate (8.1(1))', () => {
    const submitted = application.documents.submitted.filter((d) => d !== 'certificate-of-registered-matters');
    expect(clauses(checkApplicationAcceptance({ ...application, documents: { ...application.documents, submitted } }))).toEqual(['9.1(1)']);
    expect(checkApplicationAcceptance({ ...application, documents: { ...application.documents, submitted, corporateNumber: '7000012050002' } }).ok).toBe(true);
  });
  it('asks for the improvement plan (8.1(5)) only when there are findings', () => {
    const withFinding = { ...application, assessmentReport: { ...application.assessmentReport, findings: [{ id: 'F-1', criteria: 'operation' as const }] } };
    expect(failuresOf(checkApplicationAcceptance(withFinding))).toEqual([expect.objectContaining({ clause: '9.1(1)', see: ['8.1(5)'] })]);
  });
  it('reports every failing clause, in clause order', () => {
    const r = checkApplicationAcceptance({
      ...application,
      appliedAt: '2024-11-16',
      documents: { submitted: ['statement'], inJapanese: false },
      contentsComplete: false,
      assessmentReport: { ...application.assessmentReport, date: '2025-01-01' },
      priorApplication: { judgedEligible: false, sameServiceContents: false },
    });
    const failures = failuresOf(r);
    expect([...new Set(failures.map((f) => f.clause))]).toEqual(['9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)']);
    expect(failures.filter((f) => f.clause === '9.1(1)')).toHaveLength(8);
    expect(failures.find((f) => f.clause === '9.1(4)')?.see).toEqual(['7.3']);
  });
  it('9.1(4) "The Assessment Report must be valid" and 7.14 "… shall be consecutive": a renewal gap is cited as 7.14, not 9.1(4)', () => {
    // Audit period 2024-04-01 … 2024-09-30; the previous one ended 2024-03-30, so it had to start on 2024-03-31.
    const renewal = { ...application, previousAuditPeriod: { start: '2023-04-01', end: '2024-03-30' } };
    const r = checkApplicationAcceptance(renewal);
    expect(r.checked).toEqual(['7.14', '9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)']);
    const failures = failuresOf(r);
    expect(failures).toEqual([expect.objectContaining({ clause: '7.14', path: '$.assessmentReport.auditPeriod.start' })]);
    expect(failures[0]?.reason).toContain('starting on 2024-03-31');
    expect(failures[0]).not.toHaveProperty('see');
    // The consecutive renewal passes and still lists 7.14 as checked.
    expect(checkApplicationAcceptance({ ...application, previousAuditPeriod: { start: '2023-04-01', end: '2024-03-31' } })).toMatchObject({
      ok: true,
      checked: ['7.14', '9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)'],
    });
  });
  it('7.14 comes first, in clause order, and a late report is still 9.1(4) (see 7.3)', () => {
    const r = checkApplicationAcceptance({
      ...application,
      appliedAt: '2025-01-05',
      assessmentReport: { ...application.assessmentReport, date: '2025-01-01' },
      previousAuditPeriod: { start: '2023-04-01', end: '2024-03-30' },
    });
    expect(clauses(r)).toEqual(['7.14', '9.1(4)']);
    expect(failuresOf(r)[1]?.see).toEqual(['7.3']);
  });
  it('cites 8.2 under 9.1(2) for a late application', () => {
    const r = checkApplicationAcceptance({ ...application, appliedAt: '2024-11-16' });
    expect(failuresOf(r)).toEqual([expect.objectContaining({ clause: '9.1(2)', see: ['8.2'], interpretations: ['I2'], path: '$.appliedAt' })]);
  });
  test.prop([arbApplication])('ok iff no failures; failures only cite checked clauses', (a) => {
    const r = checkApplicationAcceptance(a);
    const failures = 'failures' in r ? r.failures : [];
    expect(r.ok).toBe(failures.length === 0);
    expect(failures.map((f) => f.clause).filter((c) => !r.checked.includes(c))).toEqual([]);
  });
  test.prop([arbApplication])('submitting more documents never adds a failure', (a) => {
    const all = { ...a, documents: { ...a.documents, inJapanese: true, submitted: APPLICATION_DOCUMENTS.map((d) => d.id) } };
    expect(clauses(checkApplicationAcceptance(all)).length).toBeLessThanOrEqual(clauses(checkApplicationAcceptance(a)).length);
    expect(clauses(checkApplicationAcceptance(all))).not.toContain('9.1(1)');
  });
});
