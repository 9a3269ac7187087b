/**
 * Re-audits and monitoring results that overlap. Hand-worked on Tsuuchi Mail (registered
 * 2024-10-01, examples/tsuuchi-mail-incident-suspension.json up to its registration).
 *
 * * 16.5: "If the ISMAP Steering Committee requests re-Auditing based on Section 13.9 of these
 *   Rules, the ISMAP Operations Support Organization will use form “Form 2-14 Request for
 *   Re-Auditing” to notify the Registrant of the sections requiring re-Auditing." 16.6: "… undergo
 *   re-Auditing of such section by the date stated in the notice." 16.1: "… if the ISMAP Operations
 *   Support Organization determines that the Registrant falls under Section 15.2(5)(a), it will use
 *   “Form 2-13 Notice of Monitoring Results” to request a re-audit of the relevant section." The
 *   library follows one re-audit at a time: a second request while one is under way is refused,
 *   saying which, never dropped.
 * * 16.3 / 16.7: OSO "will also report to the ISMAP Steering Committee to complete the
 *   re-Auditing process": one report for each result, a second result does not replace the first.
 * * 15.2(5): OSO "will use “Form 2-13 Notice of Monitoring Results” to notify the Registrant and
 *   will also report to the ISMAP Steering Committee. Upon receiving the notice, the Registrant may
 *   request an opportunity for explanation." One report for each result; an explanation requested
 *   stays owed when OSO opens another round of monitoring.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase, persistCase, restoreCase, startCase, applyEvent, describeCase, type CaseState, type Evaluation } from '../../src/index.js';
import { canonicalJson, fnv1a64 } from '../../src/machines/case/persist.js';
import { example } from './_support/cases.js';

const file = example('tsuuchi-mail-incident-suspension.json');
const registered = file.events.slice(0, file.events.findIndex((e) => e['type'] === 'oso.registeredService') + 1);
const evaluate = (events: readonly Record<string, unknown>[], asOf: string): Evaluation => evaluateCase({ service: file.service, events: [...events] }, { asOf });
const owed = (ev: Evaluation, process: string) => ev.obligations.filter((o) => o.process === process).map((o) => [o.clause, o.instance, o.actor, o.since, o.lastDay]);
/** The id of the deepest active state of a process (of its region whose id has `region`). */
const states = (ev: Evaluation, process: string, instance: string | null = null, region = '') =>
  ev.processes.find((p) => p.process === process && p.instance === instance)?.states.map((s) => s.id).find((id) => id.includes(region));
const allowed = (ev: Evaluation, type: string) => ev.allowed.filter((a) => a.type === type).map((a) => a.instance);

const incident = (id: string, d: string) => [
  { type: 'applicant.recognizedIncident', at: `${d}T10:00+09:00`, incidentId: id, seriousness: 'particularly-serious', occurredAt: `${d}T09:00+09:00` },
  { type: 'applicant.submittedUrgentReport', at: `${d}T15:00+09:00`, incidentId: id },
];
/** Incidents A and B suspended (13.7), conditions notified (13.8), reinstatement applied for (13.9); SC asks A's re-audit (13.11, 16.5). */
const twoIncidents = [
  ...registered,
  ...incident('A', '2025-01-06'),
  ...incident('B', '2025-01-07'),
  { type: 'sc.suspendedForSeriousIncident', at: '2025-01-10', incidentId: 'A' },
  { type: 'sc.suspendedForSeriousIncident', at: '2025-01-10', incidentId: 'B' },
  { type: 'sc.notifiedLiftingConditions', at: '2025-01-15', incidentId: 'A', conditions: ['fix A'] },
  { type: 'sc.notifiedLiftingConditions', at: '2025-01-15', incidentId: 'B', conditions: ['fix B'] },
  { type: 'applicant.appliedForReinstatement', at: '2025-02-01', incidentId: 'A' },
  { type: 'applicant.appliedForReinstatement', at: '2025-02-01', incidentId: 'B' },
  { type: 'sc.requestedReAudit', at: '2025-02-10', incidentId: 'A', dueOn: '2025-05-30' },
];
const monitoringRound = (notice: string, reply: string, result: string, extra: Record<string, unknown>) => [
  { type: 'oso.notifiedMonitoring', at: notice, trigger: '15.1(3)' },
  { type: 'applicant.repliedToMonitoring', at: reply },
  { type: 'oso.notifiedMonitoringResult', at: result, ...extra },
];
const STATEMENT = (due: string) => ({ confirmed: false, unconfirmed: ['statement'], reAuditDueOn: due });
const OTHER = { confirmed: false, unconfirmed: ['other'] };

describe('16.5, 16.6: a second request while a re-audit is under way is refused, never dropped', () => {
  const second = { type: 'sc.requestedReAudit', at: '2025-02-12', incidentId: 'B', dueOn: '2025-06-30' };

  it('incident B’s request is refused, naming the re-audit under way, and B still awaits the Committee’s judgement', () => {
    const ev = evaluate([...twoIncidents, second], '2025-02-20');
    expect(ev.refused).toHaveLength(1);
    const r = ev.refused[0];
    expect(r).toMatchObject({ type: 'sc.requestedReAudit', code: 'guard_failed', process: 'incident', instance: 'B', clauses: ['16.5'] });
    expect(r?.message).toContain('A re-audit is already under way');
    expect(r?.message).toContain('requested on 2025-02-10 under 16.5 for incident "A"');
    expect(r?.message).toContain('due 2025-05-30');
    expect(r?.message).toContain('one re-audit at a time (16.5, 16.6)');
    expect(states(ev, 'incident', 'B', 'scSuspension')).toBe('incident.revised.scSuspension.inForce.reinstatementApplied');
    expect(owed(ev, 'incident').filter(([c]) => c === '13.10')).toEqual([['13.10', 'B', 'SC', '2025-02-01', null]]);
    expect(owed(ev, 'reAudit')).toEqual([['16.6', null, 'A', '2025-02-10', '2025-05-30']]);
    expect(allowed(ev, 'sc.requestedReAudit')).toEqual([]);
    expect(allowed(ev, 'sc.liftedSuspension')).toEqual(['B']);
  });

  it('once the re-audit is concluded, B’s request is taken and owed under 16.6 by its own date', () => {
    const done = [
      ...twoIncidents,
      { type: 'applicant.submittedReAudit', at: '2025-05-20' },
      { type: 'oso.notifiedReAuditResult', at: '2025-05-25', confirmed: true },
    ];
    expect(allowed(evaluate(done, '2025-05-26'), 'sc.requestedReAudit')).toEqual(['B']);
    const ev = evaluate([...done, { ...second, at: '2025-06-02', dueOn: '2025-08-29' }], '2025-06-03');
    expect(ev.refused).toEqual([]);
    expect(states(ev, 'incident', 'B', 'scSuspension')).toBe('incident.revised.scSuspension.inForce.reAuditing');
    expect(owed(ev, 'reAudit')).toEqual([
      ['16.6', null, 'A', '2025-06-02', '2025-08-29'],
      ['16.7', null, 'OSO', '2025-05-25', null],
    ]);
  });

  it('a re-audit not confirmed is still under way until OSO requests re-application (16.4)', () => {
    const notConfirmed = [
      ...twoIncidents,
      { type: 'applicant.submittedReAudit', at: '2025-05-20' },
      { type: 'oso.notifiedReAuditResult', at: '2025-05-25', confirmed: false },
    ];
    const ev = evaluate([...notConfirmed, { ...second, at: '2025-06-02' }], '2025-06-03');
    expect(ev.refused.map((r) => [r.code, r.clauses])).toEqual([['guard_failed', ['16.5']]]);
    expect(ev.refused[0]?.message).toContain('its result did not confirm the requirements');
  });

  it('a monitoring result asking a re-audit (15.2(5)(a), 16.1) is refused while one is under way; one asking none is taken', () => {
    const first = [...registered, ...monitoringRound('2025-01-06', '2025-01-10', '2025-01-15', STATEMENT('2025-03-31'))];
    const overlap = [...first, ...monitoringRound('2025-01-20', '2025-01-25', '2025-02-01', STATEMENT('2025-05-31'))];
    const ev = evaluate(overlap, '2025-02-05');
    expect(ev.refused.map((r) => [r.type, r.code, r.process, r.clauses])).toEqual([['oso.notifiedMonitoringResult', 'guard_failed', 'monitoring', ['16.1']]]);
    expect(ev.refused[0]?.message).toContain('requested on 2025-01-15 under 16.1 after monitoring, due 2025-03-31');
    expect(ev.refused[0]?.message).toContain('one re-audit at a time (16.1, 16.2)');
    expect(states(ev, 'monitoring')).toBe('monitoring.replied');
    expect(owed(ev, 'reAudit')).toEqual([['16.2', null, 'A', '2025-01-15', '2025-03-31']]);

    const other = evaluate([...first, ...monitoringRound('2025-01-20', '2025-01-25', '2025-02-01', OTHER)], '2025-02-05');
    expect(other.refused).toEqual([]);
    expect(states(other, 'monitoring')).toBe('monitoring.notConfirmed');
    const confirmed = evaluate([...first, ...monitoringRound('2025-01-20', '2025-01-25', '2025-02-01', { confirmed: true })], '2025-02-05');
    expect(confirmed.refused).toEqual([]);
  });

  it('an incident’s request is refused while a monitoring re-audit is under way', () => {
    const events = [...twoIncidents.slice(0, -1), ...monitoringRound('2025-02-02', '2025-02-03', '2025-02-05', STATEMENT('2025-04-30')), twoIncidents.at(-1) as Record<string, unknown>];
    const ev = evaluate(events, '2025-02-11');
    expect(ev.refused.map((r) => [r.instance, r.clauses])).toEqual([['A', ['16.5']]]);
    expect(ev.refused[0]?.message).toContain('under 16.1 after monitoring, due 2025-04-30');
  });
});

describe('16.3, 16.7: OSO reports each re-audit result to the Steering Committee', () => {
  const first = [
    ...registered,
    ...monitoringRound('2025-01-06', '2025-01-10', '2025-01-15', STATEMENT('2025-03-31')),
    { type: 'applicant.submittedReAudit', at: '2025-03-01' },
    { type: 'oso.notifiedReAuditResult', at: '2025-03-10', confirmed: true },
  ];
  const second = [
    ...first,
    ...monitoringRound('2025-03-20', '2025-03-25', '2025-04-01', STATEMENT('2025-06-30')),
    { type: 'applicant.submittedReAudit', at: '2025-05-01' },
    { type: 'oso.notifiedReAuditResult', at: '2025-05-10', confirmed: false },
  ];

  it('a second result does not replace the first one’s report: both are owed, each under its clause', () => {
    const ev = evaluate(second, '2025-05-12');
    expect(owed(ev, 'reAudit')).toEqual([
      ['16.4', null, 'OSO', null, null],
      ['16.3', null, 'OSO', '2025-05-10', null],
      ['16.7', null, 'OSO', '2025-03-10', null],
    ]);
  });

  it('a report discharges the oldest result; a report with none owed is refused', () => {
    const one = [...second, { type: 'oso.reportedReAuditToCommittee', at: '2025-05-13' }];
    expect(owed(evaluate(one, '2025-05-14'), 'reAudit')).toEqual([
      ['16.4', null, 'OSO', null, null],
      ['16.3', null, 'OSO', '2025-05-10', null],
    ]);
    const three = [...one, { type: 'oso.reportedReAuditToCommittee', at: '2025-05-14' }, { type: 'oso.reportedReAuditToCommittee', at: '2025-05-15' }];
    const ev = evaluate(three, '2025-05-16');
    expect(owed(ev, 'reAudit')).toEqual([['16.4', null, 'OSO', null, null]]);
    expect(ev.refused.map((r) => [r.index, r.code, r.clauses])).toEqual([[three.length - 1, 'guard_failed', ['16.3']]]);
  });
});

describe('15.2(5): monitoring keeps every report and explanation OSO owes', () => {
  const round1 = [...registered, ...monitoringRound('2025-01-10', '2025-01-20', '2025-02-03', OTHER), { type: 'applicant.requestedExplanation', at: '2025-02-05' }];
  const round2 = [...round1, { type: 'oso.closedMonitoring', at: '2025-02-12' }, ...monitoringRound('2025-02-20', '2025-03-01', '2025-03-10', OTHER)];

  it('an explanation requested stays owed, and may be given, after a new Notice of Monitoring', () => {
    const statement = [...registered, ...monitoringRound('2025-01-10', '2025-01-20', '2025-02-03', STATEMENT('2025-06-30')), { type: 'applicant.requestedExplanation', at: '2025-02-05' }];
    const ev = evaluate([...statement, { type: 'oso.notifiedMonitoring', at: '2025-02-12', trigger: '15.1(2)' }], '2025-02-15');
    expect(owed(ev, 'monitoring')).toEqual([
      ['15.2(2)', null, 'A', '2025-02-12', null],
      ['15.2(5)', null, 'OSO', '2025-02-03', null],
      ['15.2(5)', null, 'OSO', '2025-02-05', null],
    ]);
    expect(ev.obligations.filter((o) => o.since === '2025-02-05').map((o) => o.act)).toEqual(['Give the Registrant the opportunity for explanation it requested']);
    expect(allowed(ev, 'oso.heldExplanation')).toEqual([null]);
    const heard = evaluate([...statement, { type: 'oso.notifiedMonitoring', at: '2025-02-12', trigger: '15.1(2)' }, { type: 'oso.heldExplanation', at: '2025-02-14' }], '2025-02-15');
    expect(heard.refused).toEqual([]);
    expect(owed(heard, 'monitoring')).toEqual([
      ['15.2(2)', null, 'A', '2025-02-12', null],
      ['15.2(5)', null, 'OSO', '2025-02-03', null],
    ]);
  });

  it('an explanation requested stays owed after OSO closes the monitoring', () => {
    const ev = evaluate([...round1, { type: 'oso.closedMonitoring', at: '2025-02-12' }], '2025-02-15');
    expect(owed(ev, 'monitoring')).toEqual([
      ['15.2(5)', null, 'OSO', '2025-02-03', null],
      ['15.2(5)', null, 'OSO', '2025-02-05', null],
    ]);
  });

  it('the explanation is no longer owed, nor may be given, once the registration ends; the report to the Committee stays owed', () => {
    const events = [...round1, { type: 'oso.closedMonitoring', at: '2025-02-12' }, { type: 'sc.deletedRegistration', at: '2025-02-14', ground: '18.2(7)' }];
    const ev = evaluate(events, '2025-02-15');
    expect(ev.refused).toEqual([]);
    expect(ev.listEntry?.status).toBe('deleted');
    expect(owed(ev, 'monitoring')).toEqual([['15.2(5)', null, 'OSO', '2025-02-03', null]]);
    expect(ev.allowed.map((a) => a.type)).not.toContain('oso.heldExplanation');
  });

  it('two unreported results are both owed; a report discharges the oldest', () => {
    const ev = evaluate(round2, '2025-03-15');
    expect(owed(ev, 'monitoring')).toEqual([
      ['15.2(5)(b)', null, 'OSO', null, null],
      ['15.2(5)', null, 'OSO', '2025-02-03', null],
      ['15.2(5)', null, 'OSO', '2025-03-10', null],
      ['15.2(5)', null, 'OSO', '2025-02-05', null],
    ]);
    const reported = evaluate([...round2, { type: 'oso.reportedMonitoringToCommittee', at: '2025-03-16' }], '2025-03-20');
    expect(owed(reported, 'monitoring')).toEqual([
      ['15.2(5)(b)', null, 'OSO', null, null],
      ['15.2(5)', null, 'OSO', '2025-03-10', null],
      ['15.2(5)', null, 'OSO', '2025-02-05', null],
    ]);
  });
});

describe('cases persisted with one report slot restore with their report owed', () => {
  function replay(events: readonly Record<string, unknown>[]): CaseState {
    let state = startCase(file.service);
    for (const e of events) state = applyEvent(state, e).state;
    return state;
  }
  const events = [
    ...registered,
    ...monitoringRound('2025-01-06', '2025-01-10', '2025-01-15', STATEMENT('2025-03-31')),
    { type: 'applicant.submittedReAudit', at: '2025-03-01' },
    { type: 'oso.notifiedReAuditResult', at: '2025-03-10', confirmed: true },
  ];
  const reports = (state: CaseState) => describeCase(state, { asOf: '2025-03-12' }).obligations.filter((o) => ['15.2(5)', '16.7'].includes(o.clause)).map((o) => [o.clause, o.since]);

  it('a monitoring committeeReportPendingSince and a re-audit committeeReportDue become one entry each', () => {
    const state = replay(events);
    expect(reports(state)).toEqual([
      ['15.2(5)', '2025-01-15'],
      ['16.7', '2025-03-10'],
    ]);
    const persisted = persistCase(state);
    const old = JSON.parse(JSON.stringify(persisted)) as { processes: { process: string; context: Record<string, unknown> }[] };
    const monitoring = old.processes.find((p) => p.process === 'monitoring')?.context;
    const reAudit = old.processes.find((p) => p.process === 'reAudit')?.context;
    expect(monitoring).toHaveProperty('committeeReportsPending', [{ on: '2025-01-15' }]);
    expect(reAudit).toHaveProperty('committeeReports', [{ clause: '16.7', since: '2025-03-10' }]);
    if (monitoring === undefined || reAudit === undefined) return;
    delete monitoring['committeeReportsPending'];
    monitoring['committeeReportPendingSince'] = '2025-01-15';
    delete reAudit['committeeReports'];
    reAudit['committeeReportDue'] = '16.7';
    reAudit['committeeReportPendingSince'] = '2025-03-10';
    const { digest: _digest, ...body } = old as unknown as Record<string, unknown>;
    const written = { ...body, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` }; // as the older version wrote it
    for (const verify of ['digest', 'replay'] as const) expect(reports(restoreCase(written, { verify }))).toEqual(reports(state));
    expect(persistCase(restoreCase(written))).toEqual(persisted);
  });

  it('contexts persisted before any report slot (and with none owed) restore with none owed', () => {
    const state = replay(registered);
    const persisted = persistCase(state);
    const old = JSON.parse(JSON.stringify(persisted)) as { processes: { process: string; context: Record<string, unknown> }[] };
    for (const p of old.processes) {
      delete p.context['committeeReportsPending'];
      delete p.context['committeeReports'];
      delete p.context['explanationPendingSince'];
    }
    const { digest: _digest, ...body } = old as unknown as Record<string, unknown>;
    const written = { ...body, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` };
    for (const verify of ['digest', 'replay'] as const) expect(persistCase(restoreCase(written, { verify }))).toEqual(persisted);
  });
});
