/**
 * Provisions follow the case's dates; refusals say which clause refused; missed periods take
 * their consequence.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/machines/case/evaluate.js';
import { ValidationError } from '../../src/rules/schemas/index.js';
import { example, priorApplication, procedureUntilReview } from './_support/cases.js';

const service = { name: 'Test SaaS' };
const stateOf = (r: ReturnType<typeof evaluateCase>, process: string) => r.processes.find((p) => p.process === process)?.states.map((s) => s.id);

describe('provisions follow the dates of the case', () => {
  const old = procedureUntilReview({ pa: '2023-01-10', evaluated: '2022-12-20', audit: { start: '2023-01-01', end: '2023-06-30' }, reportDate: '2023-08-10', appliedOn: '2023-09-01', reviewed: '2023-11-20', findings: [{ id: 'F', criteria: 'operation', improvementPlanCompletionDate: '2023-09-30' }] });
  const revised = procedureUntilReview({ pa: '2024-01-10', evaluated: '2023-12-20', audit: { start: '2024-01-01', end: '2024-06-30' }, reportDate: '2024-08-10', appliedOn: '2024-09-01', reviewed: '2024-11-20', findings: [{ id: 'F', criteria: 'operation', improvementPlanCompletionDate: '2024-09-30' }] });

  it('no Suspended Registration for an application made before 2023-10-02', () => {
    const r = evaluateCase({ service, events: [...old, { type: 'sc.decidedApplication', at: '2023-12-01', decision: 'suspend' }] }, { asOf: '2023-12-31' });
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]).toMatchObject({ code: 'guard_failed', clauses: ['Supp.2023-07-03.1'] });
    expect(r.refused[0]?.guards[0]?.name).toBe('10.6:suspendedRegistrationAvailable');
    expect(r.allowed.filter((a) => a.type === 'sc.decidedApplication').map((a) => a.variant)).toEqual([{ decision: 'register' }, { decision: 'reject' }]);
  });

  it('a rejection before 2023-10-02 ends the procedure without Form 2-7 (11.4 not in force)', () => {
    const r = evaluateCase({ service, events: [...old, { type: 'sc.decidedApplication', at: '2023-12-01', decision: 'reject' }] }, { asOf: '2023-12-31' });
    expect(stateOf(r, 'procedure')).toEqual(['procedure.rejected']);
    const s = evaluateCase({ service, events: [...revised, { type: 'sc.decidedApplication', at: '2024-12-01', decision: 'reject' }] }, { asOf: '2024-12-31' });
    expect(stateOf(s, 'procedure')).toEqual(['procedure.rejectedPendingNotice']);
    expect(s.obligations.find((o) => o.clause === '11.4')).toMatchObject({ actor: 'OSO', forms: ['2-7'] });
  });

  it('Suspended Registration from 2023-10-02; the Letter of Intent period counts from Form 2-19', () => {
    const r = evaluateCase({ service, events: [...revised, { type: 'sc.decidedApplication', at: '2024-12-02', decision: 'suspend' }] }, { asOf: '2024-12-20' });
    expect(stateOf(r, 'procedure')).toEqual(['procedure.suspendedRegistration.awaitingLetterOfIntent']);
    expect(r.obligations.find((o) => o.clause === '10.8')).toMatchObject({ actor: 'A', forms: ['2-20'], lastDay: '2025-01-02', overdue: false });
    expect(r.trace.at(-1)?.provisions.find((p) => p.provision === '10.6')?.applies).toBe(true);
  });

  it('13.1–13.7 only for incidents recognized from 2024-01-04', () => {
    const registered = example('kintai-cloud-registration.json').events;
    const events = [
      ...registered,
      { type: 'applicant.recognizedIncident', at: '2025-02-03T10:00+09:00', incidentId: 'A', seriousness: 'serious' },
    ];
    const r = evaluateCase({ service, events }, { asOf: '2025-02-20' });
    expect(r.obligations.filter((o) => o.instance === 'A').map((o) => [o.clause, o.lastDay, o.overdue])).toEqual([
      ['13.2', '2025-02-06', true],
      ['13.3', '2025-03-05', false],
    ]);
  });

  it('an incident recognized before 2024-01-04 has no 13.2 deadline and no 13.7 suspension', () => {
    const events = [
      ...procedureUntilReview({ pa: '2023-01-10', evaluated: '2022-12-20', audit: { start: '2023-01-01', end: '2023-06-30' }, reportDate: '2023-08-10', appliedOn: '2023-09-01', reviewed: '2023-10-20' }),
      { type: 'sc.decidedApplication', at: '2023-11-01', decision: 'register' },
      { type: 'oso.registeredService', at: '2023-11-10' },
      { type: 'applicant.recognizedIncident', at: '2024-01-03T15:00+09:00', incidentId: 'OLD', seriousness: 'serious' },
      { type: 'applicant.recognizedIncident', at: '2024-01-03T15:00Z', incidentId: 'NEW', seriousness: 'serious' },
      { type: 'applicant.submittedUrgentReport', at: '2024-01-05', incidentId: 'OLD' },
      { type: 'sc.suspendedForSeriousIncident', at: '2024-01-10', incidentId: 'OLD' },
    ];
    const r = evaluateCase({ service, events }, { asOf: '2024-01-20' });
    expect(stateOf(r, 'incident')).toEqual(['incident.previousRules']);
    expect(r.obligations.filter((o) => o.instance === 'OLD')).toEqual([]);
    expect(r.obligations.filter((o) => o.instance === 'NEW').map((o) => o.clause)).toEqual(['13.2', '13.3']);
    expect(r.refused.map((x) => [x.type, x.code, x.clauses])).toEqual([['sc.suspendedForSeriousIncident', 'provision_not_in_force', ['13.7', 'Supp.2023-11-10.1']]]);
  });
});

describe('refusals change nothing and say why', () => {
  it('an event going back in time is refused', () => {
    const r = evaluateCase({ service, events: [priorApplication('2024-04-10', '2024-03-01'), { type: 'oso.acceptedPriorApplication', at: '2024-04-09' }] }, { asOf: '2024-05-01' });
    expect(r.refused[0]).toMatchObject({ index: 1, code: 'out_of_order' });
    expect(stateOf(r, 'procedure')).toEqual(['procedure.priorApplication.submitted']);
  });

  it('an event for an incident never recognized is refused', () => {
    const r = evaluateCase({ service, events: [{ type: 'applicant.submittedUrgentReport', at: '2024-04-09', incidentId: 'X' }] }, { asOf: '2024-05-01' });
    expect(r.refused[0]).toMatchObject({ code: 'unknown_instance', clauses: ['13.1'] });
  });

  it('a Prior Application with a stale impact evaluation cannot be accepted (3.3)', () => {
    const r = evaluateCase({ service, events: [priorApplication('2024-04-10', '2023-03-01'), { type: 'oso.acceptedPriorApplication', at: '2024-04-15' }] }, { asOf: '2024-05-01' });
    expect(r.refused[0]?.code).toBe('guard_failed');
    expect(r.refused[0]?.clauses).toContain('3.3');
  });

  it('events after the as-of instant are not applied', () => {
    const r = evaluateCase({ service, events: [priorApplication('2024-04-10', '2024-03-01'), { type: 'oso.acceptedPriorApplication', at: '2024-04-15' }] }, { asOf: '2024-04-12' });
    expect(r.refused.map((x) => x.code)).toEqual(['after_as_of']);
    expect(r.applied).toBe(1);
  });

  it('a bad case file gets every problem with its JSON path', () => {
    expect(() => evaluateCase({ service: {}, events: [{ type: 'time.passed', at: '2024-02-30' }, { type: 'nope', at: '2024-01-01' }] }, { asOf: '2024-05-01' })).toThrow(ValidationError);
    try {
      evaluateCase({ service: {}, events: [{ type: 'time.passed', at: '2024-02-30' }, { type: 'nope', at: '2024-01-01' }] }, { asOf: '2024-05-01' });
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.pathText)).toEqual(['$.service.name', '$.events[0].at', '$.events[1].type']);
    }
  });
});

describe('missed periods', () => {
  it('no answer to an inquiry within one month: the Prior Application is not accepted (4.5(1))', () => {
    const r = evaluateCase({ service, events: [priorApplication('2024-01-31', '2024-01-10'), { type: 'oso.requestedPriorApplicationInfo', at: '2024-01-31' }] }, { asOf: '2024-03-01' });
    expect(r.expiredAtAsOf.map((s) => [s.to[0], s.clauses[0]])).toEqual([['procedure.notAccepted', '4.5(1)']]);
    const inTime = evaluateCase({ service, events: [priorApplication('2024-01-31', '2024-01-10'), { type: 'oso.requestedPriorApplicationInfo', at: '2024-01-31' }] }, { asOf: '2024-02-29' });
    expect(stateOf(inTime, 'procedure')).toEqual(['procedure.priorApplication.inquiry']);
  });

  it('a deleted registration accepts nothing but an appeal, a new Prior Application or the notice to the procuring bodies (7.6(5))', () => {
    const r = evaluateCase(example('kintai-cloud-registration.json'), { asOf: '2026-06-01' });
    expect([...new Set(r.allowed.map((a) => a.type))].sort()).toEqual(['applicant.appealedPriorApplication', 'applicant.appealedRegistration', 'applicant.notifiedProcuringBodies', 'applicant.submittedPriorApplication', 'time.passed']);
  });
});
