/**
 * Timings the rules fix, worked by hand from the rules text (each test quotes its clause).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/machines/case/evaluate.js';
import { priorApplication } from './_support/cases.js';

const service = { name: 'Legal SaaS' };
const stateOf = (r: ReturnType<typeof evaluateCase>, process: string) => r.processes.find((p) => p.process === process)?.states.map((s) => s.id);

describe('4.5(1): not accepted "if the Applicant has not answered sufficiently … within one month from the date of the inquiry"', () => {
  const asked = [priorApplication('2024-04-10', '2024-03-20'), { type: 'oso.requestedPriorApplicationInfo', at: '2024-04-15' }];

  it('a decline on that ground is refused while the month runs (the inquiry of 2024-04-15 leaves until 2024-05-15)', () => {
    const r = evaluateCase({ service, events: [...asked, { type: 'oso.declinedPriorApplication', at: '2024-05-15', ground: '4.5(1)' }] }, { asOf: '2024-05-15' });
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]).toMatchObject({ code: 'guard_failed', clauses: ['4.5(1)'] });
    expect(r.refused[0]?.message).toContain('to 2024-05-15; on 2024-05-15 the month is not over');
    expect(stateOf(r, 'procedure')).toEqual(['procedure.priorApplication.inquiry']);
  });

  it('after an insufficient answer, once the month is over, OSO may decline', () => {
    const events = [...asked, { type: 'applicant.answeredPriorApplicationInquiry', at: '2024-05-01', contentsComplete: false }, { type: 'oso.declinedPriorApplication', at: '2024-05-16', ground: '4.5(1)' }];
    const r = evaluateCase({ service, events }, { asOf: '2024-05-20' });
    expect(r.refused).toEqual([]);
    expect(stateOf(r, 'procedure')).toEqual(['procedure.notAccepted']);
  });

  it('after a sufficient answer, a decline on that ground is refused even after the month', () => {
    const events = [...asked, { type: 'applicant.answeredPriorApplicationInquiry', at: '2024-05-01', contentsComplete: true }, { type: 'oso.declinedPriorApplication', at: '2024-05-16', ground: '4.5(1)' }];
    const r = evaluateCase({ service, events }, { asOf: '2024-05-20' });
    expect(r.refused[0]).toMatchObject({ code: 'guard_failed', clauses: ['4.5(1)'] });
    expect(r.refused[0]?.message).toContain('the answer was sufficient');
  });

  it('4.5(2) is a separate ground with its own condition: not tied to the inquiry month', () => {
    const r = evaluateCase({ service, events: [...asked, { type: 'oso.declinedPriorApplication', at: '2024-04-20', ground: '4.5(2)' }] }, { asOf: '2024-04-20' });
    expect(r.refused).toEqual([]);
    expect(stateOf(r, 'procedure')).toEqual(['procedure.notAccepted']);
  });
});

describe('9.6(1): the application is not accepted "if the Applicant has not answered sufficiently … within one month from the date of the inquiry"', () => {
  it('a decline on that ground is refused within the month of the inquiry, allowed after it once the answer fell short', async () => {
    const { procedureUntilReview } = await import('./_support/cases.js');
    const upToApplication = procedureUntilReview({ pa: '2024-04-10', evaluated: '2024-03-20', audit: { start: '2024-04-01', end: '2024-09-30' }, reportDate: '2024-10-15', appliedOn: '2024-11-05', reviewed: '2025-01-10' }).slice(0, 7);
    const asked = [...upToApplication, { type: 'oso.requestedApplicationInfo', at: '2024-11-08' }];
    const early = evaluateCase({ service, events: [...asked, { type: 'oso.declinedApplication', at: '2024-12-01', ground: '9.6(1)' }] }, { asOf: '2024-12-01' });
    expect(early.refused[0]).toMatchObject({ code: 'guard_failed', clauses: ['9.6(1)'] });
    expect(early.refused[0]?.message).toContain('to 2024-12-08');
    const late = evaluateCase({ service, events: [...asked, { type: 'applicant.answeredApplicationInquiry', at: '2024-11-20', contentsComplete: false }, { type: 'oso.declinedApplication', at: '2024-12-09', ground: '9.6(1)' }] }, { asOf: '2024-12-09' });
    expect(late.refused).toEqual([]);
    expect(stateOf(late, 'procedure')).toEqual(['procedure.applicationNotAccepted']);
  });
});

describe('10.11: "Chapters 9 and 10 apply mutatis mutandis" to the Suspended Registration Examination', async () => {
  const { example } = await import('./_support/cases.js');
  const hyoka = example('hyoka-forms-suspended-registration-rejected.json');
  const untilSuspended = hyoka.events.slice(0, 13);
  const examination = [
    ...untilSuspended,
    { type: 'applicant.submittedLetterOfIntent', at: '2024-12-10', requestsExamination: true },
    { type: 'assessor.issuedAssessmentReport', at: '2025-04-15', auditPeriod: { start: '2024-12-16', end: '2025-03-31' }, findings: [] },
    { type: 'applicant.submittedSuspendedRegistrationApplication', at: '2025-05-01', improvedControlsInOperationAtStart: true },
    { type: 'oso.acceptedApplication', at: '2025-05-09' },
  ];

  it('the 10.5 decision period (six months, in principle) runs again from the acceptance of the Suspended Registration Application', () => {
    const r = evaluateCase({ service, events: examination }, { asOf: '2025-06-01' });
    expect(r.refused).toEqual([]);
    const decision = r.obligations.find((o) => o.clause === '10.5');
    expect(decision).toMatchObject({ actor: 'SC', countedFrom: '2025-05-09', lastDay: '2025-11-09', overdue: false, kind: 'target' });
  });
});

describe('13.2, 13.3, 13.5: the suspension follows a missing report only "where OSO judged the incident serious" (13.1(2)) and requested the report', async () => {
  const { example } = await import('./_support/cases.js');
  const registered = example('kintai-cloud-registration.json');
  const recognized = [...registered.events, { type: 'applicant.recognizedIncident', at: '2025-03-03T10:00+09:00', incidentId: 'INC-1', seriousness: 'serious' }];

  it('an incident the Registrant reported on its own: the late report is a breach of the oath, not a ground for 13.5', () => {
    const r = evaluateCase({ service, events: [...recognized, { type: 'oso.suspendedForMissingReport', at: '2025-03-10', incidentId: 'INC-1' }] }, { asOf: '2025-03-10' });
    const urgent = r.obligations.find((o) => o.clause === '13.2');
    expect(urgent).toMatchObject({ lastDay: '2025-03-06', overdue: true });
    expect(urgent?.consequence).toContain('13.5 does not apply');
    expect(r.refused[0]).toMatchObject({ code: 'guard_failed' });
    expect(r.refused[0]?.guards[0]?.failures[0]?.reason).toContain('did not request a report under 13.1(2)');
  });

  it('once OSO requests the report, the consequence is the 13.5 suspension, and OSO may suspend when the report is late', () => {
    const events = [...recognized, { type: 'oso.requestedIncidentReport', at: '2025-03-04', incidentId: 'INC-1' }, { type: 'oso.suspendedForMissingReport', at: '2025-03-10', incidentId: 'INC-1' }];
    const r = evaluateCase({ service, events }, { asOf: '2025-03-10' });
    expect(r.refused).toEqual([]);
    expect(r.obligations.find((o) => o.clause === '13.2')?.consequence).toContain('OSO may suspend the registration');
    expect(r.listEntry?.status).toBe('suspended');
  });
});

describe('Supplementary Provisions (2023-07-03): 10.3, 10.4, 10.6–10.11, 11.4 and 18.2(3) "apply to applications made on or after 2023-10-02"', async () => {
  const { procedureUntilReview } = await import('./_support/cases.js');
  const old = procedureUntilReview({ pa: '2023-01-10', evaluated: '2022-12-20', audit: { start: '2023-01-01', end: '2023-06-30' }, reportDate: '2023-08-10', appliedOn: '2023-09-01', reviewed: '2023-11-20', findings: [{ id: 'F', criteria: 'operation', improvementPlanCompletionDate: '2023-09-30' }] });

  it('a Letter of Intent (10.8) for an application of 2023-09-01 is refused as a provision not in force, citing the Supplementary Provisions', () => {
    const r = evaluateCase({ service, events: [...old, { type: 'applicant.submittedLetterOfIntent', at: '2023-12-05', requestsExamination: true }] }, { asOf: '2023-12-31' });
    expect(r.refused[0]).toMatchObject({ code: 'provision_not_in_force' });
    expect(r.refused[0]?.clauses).toEqual(expect.arrayContaining(['10.8', 'Supp.2023-07-03.1']));
    expect(r.refused[0]?.message).toContain('2023-09-01');
  });

  it('a Notice of Results on Form 2-7 (11.4) after a rejection of such an application likewise', () => {
    const events = [...old, { type: 'sc.decidedApplication', at: '2023-12-01', decision: 'reject' }, { type: 'oso.notifiedRejection', at: '2023-12-10' }];
    const r = evaluateCase({ service, events }, { asOf: '2023-12-31' });
    expect(r.refused[0]).toMatchObject({ code: 'provision_not_in_force', clauses: ['11.4', 'Supp.2023-07-03.1'] });
  });
});

describe('15.2(5): "Upon receiving the notice, the Registrant may request an opportunity for explanation", on either route', async () => {
  const { example } = await import('./_support/cases.js');
  const registered = example('kintai-cloud-registration.json');
  const monitored = [...registered.events, { type: 'oso.notifiedMonitoring', at: '2025-04-01', trigger: '15.1(3)' }, { type: 'applicant.repliedToMonitoring', at: '2025-04-10' }];
  const explanation = (r: ReturnType<typeof evaluateCase>) => r.allowed.filter((a) => a.type === 'applicant.requestedExplanation').map((a) => a.clauses);

  it('(a) Statement matters not confirmed: a re-audit is requested, and the Registrant may request an explanation', () => {
    const events = [...monitored, { type: 'oso.notifiedMonitoringResult', at: '2025-05-01', confirmed: false, unconfirmed: ['statement'], reAuditDueOn: '2025-08-29' }];
    const r = evaluateCase({ service, events }, { asOf: '2025-05-02' });
    expect(stateOf(r, 'monitoring')).toEqual(['monitoring.statementNotConfirmed']);
    expect(stateOf(r, 'reAudit')).toEqual(['reAudit.requested']);
    expect(explanation(r)).toEqual([['15.2(5)']]);
    const asked = evaluateCase({ service, events: [...events, { type: 'applicant.requestedExplanation', at: '2025-05-07' }] }, { asOf: '2025-05-08' });
    expect(asked.refused).toEqual([]);
  });

  it('(b) other matters not confirmed: likewise, while OSO decides with the Steering Committee on re-application', () => {
    const events = [...monitored, { type: 'oso.notifiedMonitoringResult', at: '2025-05-01', confirmed: false, unconfirmed: ['other'] }];
    const r = evaluateCase({ service, events }, { asOf: '2025-05-02' });
    expect(stateOf(r, 'monitoring')).toEqual(['monitoring.notConfirmed']);
    expect(explanation(r)).toEqual([['15.2(5)']]);
  });

  it('not after a confirmed result (15.2(4))', () => {
    const r = evaluateCase({ service, events: [...monitored, { type: 'oso.notifiedMonitoringResult', at: '2025-05-01', confirmed: true }] }, { asOf: '2025-05-02' });
    expect(explanation(r)).toEqual([]);
  });
});

describe('headline and wording', async () => {
  const { example } = await import('./_support/cases.js');
  const tsuuchi = example('tsuuchi-mail-incident-suspension.json');

  it('"SUSPENDED since" the suspension\'s day (13.7 on 2025-01-10), not the registration\'s; each incident counted once', () => {
    const r = evaluateCase(tsuuchi, { asOf: '2025-02-20T18:00+09:00' });
    expect(r.headline).toMatch(/^Registered since 2024-10-01, SUSPENDED since 2025-01-10 \(/);
    expect(r.listEntry?.announcements.map((a) => a.source)).toEqual(['incident "INC-2024-01" (13.7)', 'incident "INC-2025-02" (13.5)']);
    expect(r.headline).toContain(' · 2 incidents open');
  });

  it('the re-audit after 13.11 is owed under 16.6 (with Form 2-9), not 16.2', () => {
    const events = [...tsuuchi.events.slice(0, -2), { type: 'sc.requestedReAudit', at: '2025-03-12', incidentId: 'INC-2024-01', dueOn: '2025-06-30' }];
    const r = evaluateCase({ service: tsuuchi.service, events }, { asOf: '2025-03-13' });
    expect(r.refused.filter((x) => x.code !== 'after_as_of')).toEqual([]);
    const reAudit = r.obligations.filter((o) => o.process === 'reAudit');
    expect(reAudit).toEqual([expect.objectContaining({ clause: '16.6', forms: ['2-1', '2-9'], lastDay: '2025-06-30' })]);
  });
});

describe('18.2(6): "if one year has passed since the occurrence of the incident specified in 13.7 and it is judged that the problem … cannot be resolved" — a ground that exists from a day, not a deadline', async () => {
  const { example } = await import('./_support/cases.js');
  const tsuuchi = example('tsuuchi-mail-incident-suspension.json');
  const events = [
    ...tsuuchi.events.slice(0, 12),
    { ...tsuuchi.events[12], occurredAt: '2024-06-03' },
    ...tsuuchi.events.slice(13, 17),
  ];
  const deletion = (at: string) => ({ type: 'sc.deletedRegistration', at, ground: '18.2(6)', incidentId: 'INC-2024-01' });

  it('the 13.7 suspension sets no deadline and no obligation for 18.2(6)', () => {
    const r = evaluateCase({ service, events }, { asOf: '2025-06-10' });
    expect(r.trace.flatMap((t) => t.deadlines.map((d) => d.clause))).not.toContain('18.2(6)');
    expect(r.obligations.map((o) => o.clause)).not.toContain('18.2(6)');
  });

  it('occurred on 2024-06-03: the ground exists from 2025-06-04 (one year counted under 民法 140, 143), not before', () => {
    const early = evaluateCase({ service, events: [...events, deletion('2025-06-03')] }, { asOf: '2025-06-03' });
    expect(early.refused[0]).toMatchObject({ code: 'guard_failed', clauses: ['18.2(6)'] });
    const late = evaluateCase({ service, events: [...events, deletion('2025-06-04')] }, { asOf: '2025-06-04' });
    expect(late.refused).toEqual([]);
    expect(late.listEntry?.removal).toEqual({ ground: '18.2(6)', on: '2025-06-04' });
  });
});

describe('acts owed without a fixed period are obligations while open, with their time limit in words and the day they arose', async () => {
  const { example } = await import('./_support/cases.js');
  const { toICalendar } = await import('../../src/machines/ics/toICalendar.js');
  const registered = example('kintai-cloud-registration.json');
  const tsuuchi = example('tsuuchi-mail-incident-suspension.json');

  it('15.2(2): "the Registrant will reply with the requested information in writing" — as the notice asks, from the Notice of Monitoring', () => {
    const r = evaluateCase({ service, events: [...registered.events, { type: 'oso.notifiedMonitoring', at: '2025-04-01', trigger: '15.1(3)' }] }, { asOf: '2025-04-02' });
    expect(r.obligations.find((o) => o.clause === '15.2(2)')).toMatchObject({ actor: 'A', lastDay: null, due: 'as the Notice of Monitoring asks', since: '2025-04-01', overdue: false });
  });

  it('14.3: the notice OSO requests of an unnotified change is owed until submitted (the suspension lasts until then, 14.4)', () => {
    const r = evaluateCase({ service, events: [...registered.events, { type: 'oso.suspendedForUnnotifiedChange', at: '2025-04-01', changeId: 'CH-1', kind: '14.1' }] }, { asOf: '2025-04-02' });
    expect(r.obligations.find((o) => o.clause === '14.3')).toMatchObject({ actor: 'A', due: 'until submitted: the suspension lasts until then (14.4)', since: '2025-04-01' });
  });

  it('13.9: "the Registrant shall promptly respond … and apply for reinstatement" — and the calendar export lists it as an open task', () => {
    const r = evaluateCase(tsuuchi, { asOf: '2025-02-01' });
    const reinstatement = r.obligations.find((o) => o.clause === '13.9');
    expect(reinstatement).toMatchObject({ actor: 'A', lastDay: null, due: 'promptly', forms: ['2-9'] });
    const ics = toICalendar(r);
    expect(ics).toContain('BEGIN:VTODO');
    expect(ics).toContain('STATUS:NEEDS-ACTION');
    expect(ics.replace(/\r\n /g, '')).toContain('Time limit: promptly (no fixed period in the rules)');
  });
});

describe('new acts recorded, so that the duties they start or end show', async () => {
  const { example } = await import('./_support/cases.js');
  const registered = example('kintai-cloud-registration.json');
  const clauses = (r: ReturnType<typeof evaluateCase>) => r.obligations.map((o) => `${o.clause} ${o.actor} ${o.due ?? o.lastDay ?? ''} ${o.since ?? ''}`.trim());

  it('18.1: "the Registrant must submit Form 2-15 … without delay" once the service ends; the notice ends the duty', () => {
    const ended = [...registered.events, { type: 'applicant.foundWithdrawalGround', at: '2025-05-01', reason: '18.1(1)' }];
    expect(clauses(evaluateCase({ service, events: ended }, { asOf: '2025-05-02' }))).toContain('18.1 A without delay 2025-05-01');
    const notified = evaluateCase({ service, events: [...ended, { type: 'applicant.submittedWithdrawal', at: '2025-05-07', reason: '18.1(1)' }] }, { asOf: '2025-05-08' });
    expect(notified.obligations.map((o) => o.clause)).not.toContain('18.1');
  });

  it('13.4: "OSO may request … any additional information": the answer is owed and is an outstanding request (18.2(5)) until given', () => {
    const asked = [...registered.events, { type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: 'I-1', seriousness: 'serious' }, { type: 'applicant.submittedUrgentReport', at: '2025-03-04', incidentId: 'I-1' }, { type: 'oso.requestedIncidentInfo', at: '2025-03-10', incidentId: 'I-1' }];
    expect(clauses(evaluateCase({ service, events: asked }, { asOf: '2025-03-11' }))).toContain('13.4 A as OSO requests 2025-03-10');
    const deleted = evaluateCase({ service, events: [...asked, { type: 'sc.deletedRegistration', at: '2025-03-20', ground: '18.2(5)' }] }, { asOf: '2025-03-20' });
    expect(deleted.refused).toEqual([]);
    const answered = [...asked, { type: 'applicant.answeredIncidentInfoRequest', at: '2025-03-12', incidentId: 'I-1' }];
    const r = evaluateCase({ service, events: answered }, { asOf: '2025-03-13' });
    expect(r.obligations.map((o) => o.clause)).not.toContain('13.4');
    const refused = evaluateCase({ service, events: [...answered, { type: 'sc.deletedRegistration', at: '2025-03-20', ground: '18.2(5)' }] }, { asOf: '2025-03-20' });
    expect(refused.refused[0]).toMatchObject({ code: 'guard_failed', clauses: ['18.2(5)'] });
  });

  it('14.1, 7.6(3): a change to important controls is notified "without delay" from the day it occurs', () => {
    const changed = [...registered.events, { type: 'applicant.madeChange', at: '2025-04-01', changeId: 'CH-1', kind: '14.1' }];
    expect(clauses(evaluateCase({ service, events: changed }, { asOf: '2025-04-02' }))).toContain('14.1 A without delay (7.6(3)) 2025-04-01');
    const notified = evaluateCase({ service, events: [...changed, { type: 'applicant.notifiedSignificantControlChange', at: '2025-04-03', changeId: 'CH-1' }] }, { asOf: '2025-04-04' });
    expect(notified.obligations.map((o) => o.clause)).not.toContain('14.1');
  });

  it('15.2(5): once the Registrant requests it, OSO owes the opportunity for explanation until the Registrant is heard', () => {
    const events = [...registered.events, { type: 'oso.notifiedMonitoring', at: '2025-04-01', trigger: '15.1(3)' }, { type: 'applicant.repliedToMonitoring', at: '2025-04-10' }, { type: 'oso.notifiedMonitoringResult', at: '2025-05-01', confirmed: false, unconfirmed: ['other'] }, { type: 'applicant.requestedExplanation', at: '2025-05-02' }];
    expect(clauses(evaluateCase({ service, events }, { asOf: '2025-05-03' }))).toContain('15.2(5) OSO on request 2025-05-02');
    const heard = evaluateCase({ service, events: [...events, { type: 'oso.heldExplanation', at: '2025-05-09' }] }, { asOf: '2025-05-10' });
    expect(heard.refused).toEqual([]);
    expect(heard.obligations.filter((o) => o.clause === '15.2(5)').map((o) => o.act)).toEqual(['Report the monitoring result to the Steering Committee']);
  });
});

describe('7.6(5) and 18.3: the notices that follow a suspension or a deletion', async () => {
  const { example } = await import('./_support/cases.js');
  const tsuuchi = example('tsuuchi-mail-incident-suspension.json');
  const registered = example('kintai-cloud-registration.json');

  it('7.6(5): "if the cloud service … becomes subject to suspension or deletion … the Applicant shall promptly notify the procuring ministry/agency" — from the 13.7 suspension of 2025-01-10 until recorded', () => {
    const r = evaluateCase(tsuuchi, { asOf: '2025-02-01' });
    expect(r.obligations.find((o) => o.clause === '7.6(5)')).toMatchObject({ actor: 'A', due: 'promptly', since: '2025-01-10', lastDay: null });
    const told = evaluateCase({ service: tsuuchi.service, events: [...tsuuchi.events.slice(0, 15), { type: 'applicant.notifiedProcuringBodies', at: '2025-01-14', method: 'publication' }] }, { asOf: '2025-01-15' });
    expect(told.refused.filter((x) => x.code !== 'after_as_of')).toEqual([]);
    expect(told.obligations.map((o) => o.clause)).not.toContain('7.6(5)');
  });

  it('18.3: "if any of the preceding items (3) to (6) apply, the ISMAP Steering Committee will use Form 2-16" — owed after a deletion under 18.2(4), not after the expiry (18.2(1))', () => {
    const events = [...registered.events, { type: 'oso.notifiedMonitoring', at: '2025-04-01', trigger: '15.1(3)' }, { type: 'applicant.repliedToMonitoring', at: '2025-04-10' }, { type: 'oso.notifiedMonitoringResult', at: '2025-05-01', confirmed: false, unconfirmed: ['other'] }, { type: 'oso.requestedReApplication', at: '2025-05-20', basis: '15.2(5)(b)' }, { type: 'sc.deletedRegistration', at: '2025-06-02', ground: '18.2(4)' }];
    const r = evaluateCase({ service, events }, { asOf: '2025-06-03' });
    expect(r.obligations.find((o) => o.clause === '18.3')).toMatchObject({ actor: 'SC', forms: ['2-16'], since: '2025-06-02' });
    const sent = evaluateCase({ service, events: [...events, { type: 'sc.sentReApplicationRequest', at: '2025-06-05' }] }, { asOf: '2025-06-06' });
    expect(sent.obligations.map((o) => o.clause)).not.toContain('18.3');
    const expired = evaluateCase(registered, { asOf: '2026-03-01' });
    expect(expired.obligations.map((o) => o.clause)).not.toContain('18.3');
    expect(expired.obligations.find((o) => o.clause === '7.6(5)')).toMatchObject({ since: '2026-02-01' });
  });
});

describe('7.6(2): "… and if requested by the ministries and agencies … or OSO to confirm the details, respond without delay"', async () => {
  const { example } = await import('./_support/cases.js');
  const registered = example('kintai-cloud-registration.json');
  it('the answer is owed without delay from the request, and is an outstanding request until given', () => {
    const asked = [...registered.events, { type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: 'I-1', seriousness: 'serious' }, { type: 'oso.requestedIncidentConfirmation', at: '2025-03-05', incidentId: 'I-1', by: 'MIN' }];
    const r = evaluateCase({ service, events: asked }, { asOf: '2025-03-06' });
    expect(r.obligations.find((o) => o.clause === '7.6(2)')).toMatchObject({ actor: 'A', due: 'without delay', since: '2025-03-05', instance: 'I-1' });
    const answered = evaluateCase({ service, events: [...asked, { type: 'applicant.confirmedIncidentDetails', at: '2025-03-06', incidentId: 'I-1' }] }, { asOf: '2025-03-07' });
    expect(answered.refused).toEqual([]);
    expect(answered.obligations.map((o) => o.clause)).not.toContain('7.6(2)');
  });
});

describe('15.2(5), 16.3, 16.7: OSO "will also report to the ISMAP Steering Committee"', async () => {
  const { example } = await import('./_support/cases.js');
  const registered = example('kintai-cloud-registration.json');
  const monitored = [...registered.events, { type: 'oso.notifiedMonitoring', at: '2025-04-01', trigger: '15.1(3)' }, { type: 'applicant.repliedToMonitoring', at: '2025-04-10' }, { type: 'oso.notifiedMonitoringResult', at: '2025-05-01', confirmed: false, unconfirmed: ['statement'], reAuditDueOn: '2025-07-31' }];

  it('a monitoring result that does not confirm the requirements is owed to the Steering Committee until reported', () => {
    const r = evaluateCase({ service, events: monitored }, { asOf: '2025-05-02' });
    expect(r.obligations.find((o) => o.clause === '15.2(5)' && o.actor === 'OSO' && o.act.startsWith('Report'))).toMatchObject({ since: '2025-05-01' });
    const reported = evaluateCase({ service, events: [...monitored, { type: 'oso.reportedMonitoringToCommittee', at: '2025-05-02' }] }, { asOf: '2025-05-03' });
    expect(reported.refused).toEqual([]);
    expect(reported.obligations.filter((o) => o.act.startsWith('Report the monitoring'))).toEqual([]);
  });

  it('the re-audit result is reported under 16.7 when confirmed', () => {
    const events = [...monitored, { type: 'applicant.submittedReAudit', at: '2025-07-01' }, { type: 'oso.notifiedReAuditResult', at: '2025-07-10', confirmed: true }];
    const r = evaluateCase({ service, events }, { asOf: '2025-07-11' });
    expect(r.obligations.find((o) => o.process === 'reAudit')).toMatchObject({ clause: '16.7', actor: 'OSO', since: '2025-07-10' });
    const done = evaluateCase({ service, events: [...events, { type: 'oso.reportedReAuditToCommittee', at: '2025-07-12' }] }, { asOf: '2025-07-13' });
    expect(done.obligations.filter((o) => o.process === 'reAudit')).toEqual([]);
  });
});

describe('14.3: OSO "may suspend the applicable Service Registration and request submission of the notice" — the request on its own', async () => {
  const { example } = await import('./_support/cases.js');
  const registered = example('kintai-cloud-registration.json');
  it('the notice is owed until submitted, without a suspension on the list', () => {
    const events = [...registered.events, { type: 'oso.requestedChangeNotice', at: '2025-04-01', changeId: 'CH-1', kind: '14.2' }];
    const r = evaluateCase({ service, events }, { asOf: '2025-04-02' });
    expect(r.obligations.find((o) => o.clause === '14.3')).toMatchObject({ actor: 'A', since: '2025-04-01', lastDay: null });
    expect(r.listEntry?.status).toBe('registered');
    const notified = evaluateCase({ service, events: [...events, { type: 'applicant.notifiedListedContentChange', at: '2025-04-03', changeId: 'CH-1', listEntry: { governmentUsers: 4 } }] }, { asOf: '2025-04-04' });
    expect(notified.obligations.map((o) => o.clause)).not.toContain('14.3');
  });
});

describe('5.2: OSO "may request as necessary any additional information from the Applicant or the government agency … that evaluated the impact"', () => {
  it('asked of the Applicant, the information is owed as OSO requests until OSO records it received', () => {
    const events = [priorApplication('2024-04-10', '2024-03-20'), { type: 'oso.acceptedPriorApplication', at: '2024-04-15' }, { type: 'oso.requestedEligibilityInfo', at: '2024-04-20', from: 'applicant' }];
    const r = evaluateCase({ service, events }, { asOf: '2024-04-21' });
    expect(r.obligations.find((o) => o.clause === '5.2')).toMatchObject({ actor: 'A', due: 'as OSO requests', since: '2024-04-20' });
    const received = evaluateCase({ service, events: [...events, { type: 'oso.receivedEligibilityInfo', at: '2024-04-25' }] }, { asOf: '2024-04-26' });
    expect(received.refused).toEqual([]);
    expect(received.obligations.map((o) => o.clause)).not.toContain('5.2');
    const agency = evaluateCase({ service, events: [...events.slice(0, 2), { type: 'oso.requestedEligibilityInfo', at: '2024-04-20', from: 'agency' }] }, { asOf: '2024-04-21' });
    expect(agency.obligations.map((o) => o.clause)).not.toContain('5.2');
  });
});

describe('12.3: "When the Registrant is assessed by an assessor in order to apply for renewal of registration, the Registrant must communicate to the assessor all changes"', async () => {
  const { example } = await import('./_support/cases.js');
  const renewal = example('kintai-cloud-renewal.json');
  const untilEligible = renewal.events.slice(0, renewal.events.findIndex((e, i) => i > 17 && e['type'] === 'oso.notifiedPriorApplicationResult') + 1);

  it('owed while the renewal is assessed, until recorded; not owed in an initial procedure', () => {
    const at = String(untilEligible.at(-1)?.['at']);
    const r = evaluateCase({ service: renewal.service, events: untilEligible }, { asOf: at });
    expect(r.obligations.find((o) => o.clause === '12.3')).toMatchObject({ actor: 'A', due: 'when assessed for the renewal' });
    const told = evaluateCase({ service: renewal.service, events: [...untilEligible, { type: 'applicant.informedAssessor', at }] }, { asOf: at });
    expect(told.refused).toEqual([]);
    expect(told.obligations.map((o) => o.clause)).not.toContain('12.3');
    const initial = evaluateCase({ service: renewal.service, events: renewal.events.slice(0, 5) }, { asOf: String(renewal.events[4]?.['at']) });
    expect(initial.obligations.map((o) => o.clause)).not.toContain('12.3');
  });
});

describe('13.4: "if there are additions, updates, or changes to the report content, the Registrant must issue additional reports as appropriate"', async () => {
  const { example } = await import('./_support/cases.js');
  const registered = example('kintai-cloud-registration.json');
  it('a continuing duty once the Confirmed Report is made: listed, never overdue, and the incident no longer counts as open', () => {
    const events = [...registered.events, { type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: 'I-1', seriousness: 'serious' }, { type: 'applicant.submittedUrgentReport', at: '2025-03-04', incidentId: 'I-1' }, { type: 'applicant.submittedConfirmedReport', at: '2025-03-20', incidentId: 'I-1' }];
    const r = evaluateCase({ service, events }, { asOf: '2025-12-01' });
    expect(r.obligations.find((o) => o.clause === '13.4')).toMatchObject({ nature: 'continuing', due: 'as appropriate', since: '2025-03-20', overdue: false });
    expect(r.headline).not.toContain('incident');
  });
});

describe('refusals cite the rule that provides for the act, then the state the case is in', () => {
  it('a Letter of Intent (10.7, 10.8) without a Notice of Suspended Registration: not allowed, citing 10.7 and 10.8 first', () => {
    const r = evaluateCase({ service, events: [priorApplication('2024-04-10', '2024-03-20'), { type: 'applicant.submittedLetterOfIntent', at: '2024-04-20', requestsExamination: true }] }, { asOf: '2024-04-20' });
    expect(r.refused[0]).toMatchObject({ code: 'not_allowed' });
    expect(r.refused[0]?.clauses.slice(0, 2)).toEqual(['10.7', '10.8']);
  });
});
