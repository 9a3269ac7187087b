/**
 * The shipped examples evaluate as a lawyer would expect.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/machines/case/evaluate.js';
import { EXAMPLES, example } from './_support/cases.js';

const steps = (r: ReturnType<typeof evaluateCase>) => r.trace.flatMap((t) => t.steps);

describe('examples', () => {
  it.each(EXAMPLES)('%s validates and evaluates', (name) => {
    const r = evaluateCase(example(name), { asOf: '2026-12-31' });
    expect(r.schemaVersion).toBe(1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('Kintai Cloud: Prior Application to registration', () => {
    const r = evaluateCase(example('kintai-cloud-registration.json'), { asOf: '2025-03-01' });
    expect(r.refused).toEqual([]);
    expect(r.processes.find((p) => p.process === 'registration')?.states.map((s) => s.id)).toEqual(['registration.registered.valid']);
    expect(r.listEntry?.fields).toMatchObject({ registrationDate: '2025-01-27', expirationDate: '2026-01-31', improvementPlan: true, assessmentPeriod: { start: '2024-04-01', end: '2024-09-30' } });
    expect(r.obligations.find((o) => o.clause === '12.1')).toMatchObject({ actor: 'A', lastDay: '2026-01-31', lastDayIfExtended: '2026-02-02', overdue: false, kind: 'hard' });
    const inquiry = r.trace.find((t) => t.type === 'oso.requestedPriorApplicationInfo');
    expect(inquiry?.deadlines.map((d) => [d.clause, d.lastDay])).toEqual([['4.5(1)', '2024-05-15']]);
  });

  it('Kintai Cloud expires without renewal: deleted under 12.1 / 18.2(1) as of the day after', () => {
    const r = evaluateCase(example('kintai-cloud-registration.json'), { asOf: '2026-02-01' });
    expect(r.expiredAtAsOf.map((s) => [s.process, s.to[0], s.clauses.includes('18.2(1)')])).toEqual([['registration', 'registration.deleted', true]]);
    expect(r.listEntry).toMatchObject({ listed: false, status: 'deleted', removal: { ground: '18.2(1)', on: '2026-02-01' } });
    const last = evaluateCase(example('kintai-cloud-registration.json'), { asOf: '2026-01-31T23:59+09:00' });
    expect(last.listEntry?.listed).toBe(true);
  });

  it('Tsuuchi Mail: urgent report over the year-end holidays, SC suspension and reinstatement', () => {
    const file = example('tsuuchi-mail-incident-suspension.json');
    const r = evaluateCase(file, { asOf: '2025-03-31' });
    expect(r.refused).toEqual([]);
    const recognized = r.trace.find((t) => t.type === 'applicant.recognizedIncident');
    expect(recognized?.deadlines.map((d) => [d.clause, d.lastDay])).toEqual([['13.2', '2025-01-08'], ['13.3', '2025-01-26']]);
    expect(recognized?.provisions.find((p) => p.provision === '13.2')?.applies).toBe(true);
    const during = evaluateCase(file, { asOf: '2025-02-01' });
    expect(during.listEntry?.status).toBe('suspended');
    expect(during.listEntry?.announcements).toEqual([{ kind: 'suspended', clause: '13.12', since: '2025-01-10', source: 'incident "INC-2024-01" (13.7)' }]);
    expect(during.obligations.find((o) => o.clause === '13.9')).toMatchObject({ actor: 'A', forms: ['2-9'] });
    expect(r.listEntry?.status).toBe('registered');
    const lifts = steps(r).filter((s) => s.label.endsWith('suspension lifted'));
    expect(lifts.map((s) => s.clauses[0])).toEqual(['13.6', '13.10']);
  });

  it('Hyoka Forms: Suspended Registration, no Letter of Intent within a month, rejected (10.9)', () => {
    const r = evaluateCase(example('hyoka-forms-suspended-registration-rejected.json'), { asOf: '2025-03-01' });
    const decision = r.trace.find((t) => t.type === 'sc.decidedApplication');
    expect(decision?.steps[0]?.forms).toEqual(['2-19']);
    expect(decision?.deadlines.map((d) => [d.clause, d.lastDay, d.lastDayIfExtended])).toEqual([['10.8', '2024-12-15', '2024-12-16']]);
    const tick = r.trace.find((t) => t.type === 'time.passed');
    expect(tick?.steps.map((s) => [s.kind, s.to[0], s.clauses[0]])).toEqual([['expiry', 'procedure.rejectedPendingNotice', '10.9']]);
    expect(r.refused.map((x) => [x.index, x.type, x.code])).toEqual([[14, 'applicant.submittedLetterOfIntent', 'not_allowed']]);
    expect(r.processes.find((p) => p.process === 'procedure')?.states[0]?.id).toBe('procedure.rejected');
  });

  it('Kintai Cloud renewal: valid after the expiry while the renewal is pending, then renewed', () => {
    const file = example('kintai-cloud-renewal.json');
    const pending = evaluateCase(file, { asOf: '2026-02-15' });
    expect(pending.processes.find((p) => p.process === 'registration')?.states[0]?.id).toBe('registration.registered.renewalPending');
    expect(pending.listEntry?.listed).toBe(true);
    const r = evaluateCase(file, { asOf: '2026-03-31' });
    expect(r.refused).toEqual([]);
    expect(r.listEntry?.fields).toMatchObject({ registrationDate: '2026-03-10', expirationDate: '2027-01-31', governmentUsers: 4 });
  });
});
