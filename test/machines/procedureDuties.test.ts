/**
 * Two procedure duties the machine used to lose, hand-worked from the rules text.
 *
 * 5.2: "the ISMAP Operations Support Organization may request as necessary any additional
 * information from the Applicant or the government agency, etc., that evaluated the impact of the
 * operations and information." The two requests are separate: one to the agency neither erases
 * the Applicant's nor is answered by the Applicant's reply, and the Applicant owes its
 * information from the first request it has not answered. The received event says whose
 * information came (`from`); without it, it answers the one request outstanding, and is refused
 * (5.2) when both are.
 *
 * 10.1(4): "there must be an Improvement Plan indicating that controls related to the findings
 * will be improved within two months from the date of the Assessment Report." 7.4: the Applicant
 * "shall prepare and implement an improvement plan". The two months run from the report whatever
 * the application does, so the duty stays listed after the application, through the review, the
 * Suspended Registration and the decision, and is overdue after its last day (its consequence: the
 * findings are not minor, and the Steering Committee may suspend its decision, 10.6). It ends with
 * the round, at registration rather than at its last day: the Steering Committee's decision to
 * register confirms the findings minor under 10.1(4) (10.5), so the consequence can no longer
 * follow, and nothing after registration records or reviews the improvement (the List only shows
 * that a plan exists, 11.5(10)); an act no event can discharge would otherwise stay overdue for
 * the life of the registration. Kintai Cloud: report 2024-10-15, so the two months (民法 143) end
 * on 2024-12-15; Hyoka Forms: report 2024-08-23, to 2024-10-23.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, describeCase, evaluateCase, persistCase, restoreCase, startCase, type CaseState, type CaseView } from '../../src/index.js';
import { canonicalJson, fnv1a64 } from '../../src/machines/case/persist.js';
import { example, priorApplication } from './_support/cases.js';

const service = { name: 'Legal SaaS' };
const accepted = [priorApplication('2024-04-10', '2024-03-20'), { type: 'oso.acceptedPriorApplication', at: '2024-04-15' }];
const ask = (at: string, from: 'applicant' | 'agency') => ({ type: 'oso.requestedEligibilityInfo', at, from });
const received = (at: string, from?: 'applicant' | 'agency') => ({ type: 'oso.receivedEligibilityInfo', at, ...(from === undefined ? {} : { from }) });

const duty52 = (r: Pick<CaseView, 'obligations'>) => r.obligations.filter((o) => o.clause === '5.2').map((o) => ({ actor: o.actor, since: o.since, due: o.due, lastDay: o.lastDay }));
const owed = (since: string) => [{ actor: 'A', since, due: 'as OSO requests', lastDay: null }];
const receivable = (r: ReturnType<typeof evaluateCase>) => r.allowed.filter((a) => a.type === 'oso.receivedEligibilityInfo').map((a) => a.variant);

describe('5.2: a request to the agency and one to the Applicant are outstanding together', () => {
  it('asking the agency after the Applicant keeps the Applicant’s request owed', () => {
    const r = evaluateCase({ service, events: [...accepted, ask('2024-04-17', 'applicant'), ask('2024-04-19', 'agency')] }, { asOf: '2024-04-22' });
    expect(r.refused).toEqual([]);
    expect(duty52(r)).toEqual(owed('2024-04-17'));
  });

  it('the agency’s information received does not answer the Applicant’s request', () => {
    const events = [...accepted, ask('2024-04-17', 'agency'), ask('2024-04-19', 'applicant'), received('2024-04-22', 'agency')];
    const r = evaluateCase({ service, events }, { asOf: '2024-04-23' });
    expect(r.refused).toEqual([]);
    expect(duty52(r)).toEqual(owed('2024-04-19'));
    expect(receivable(r)).toEqual([{ from: 'applicant' }]);
    const answered = evaluateCase({ service, events: [...events, received('2024-04-24', 'applicant')] }, { asOf: '2024-04-25' });
    expect(answered.refused).toEqual([]);
    expect(duty52(answered)).toEqual([]);
    expect(receivable(answered)).toEqual([]);
  });

  it('with both outstanding, information received without `from` is refused under 5.2, and nothing is cleared', () => {
    const r = evaluateCase({ service, events: [...accepted, ask('2024-04-17', 'applicant'), ask('2024-04-19', 'agency'), received('2024-04-22')] }, { asOf: '2024-04-23' });
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]).toMatchObject({ index: 4, type: 'oso.receivedEligibilityInfo', code: 'guard_failed', clauses: ['5.2'] });
    expect(r.refused[0]?.message).toContain('the Applicant (on 2024-04-17) and the evaluating agency (on 2024-04-19)');
    expect(r.refused[0]?.message).toContain("from: 'applicant'");
    expect(duty52(r)).toEqual(owed('2024-04-17'));
    expect(receivable(r)).toEqual([{ from: 'applicant' }, { from: 'agency' }]);
  });

  it('with one request outstanding, information received without `from` answers it (as before)', () => {
    const r = evaluateCase({ service, events: [...accepted, ask('2024-04-17', 'applicant'), received('2024-04-22')] }, { asOf: '2024-04-23' });
    expect(r.refused).toEqual([]);
    expect(duty52(r)).toEqual([]);
    const agency = evaluateCase({ service, events: [...accepted, ask('2024-04-17', 'agency'), received('2024-04-22'), ask('2024-04-24', 'applicant')] }, { asOf: '2024-04-25' });
    expect(agency.refused).toEqual([]);
    expect(duty52(agency)).toEqual(owed('2024-04-24'));
  });

  it('information received from a party not asked is refused under 5.2', () => {
    const r = evaluateCase({ service, events: [...accepted, ask('2024-04-17', 'agency'), received('2024-04-22', 'applicant')] }, { asOf: '2024-04-23' });
    expect(r.refused[0]).toMatchObject({ index: 3, code: 'guard_failed', clauses: ['5.2'] });
    expect(r.refused[0]?.message).toContain('the Applicant');
    expect(receivable(r)).toEqual([{ from: 'agency' }]);
    const none = evaluateCase({ service, events: [...accepted, received('2024-04-22')] }, { asOf: '2024-04-23' });
    expect(none.refused[0]).toMatchObject({ index: 2, code: 'guard_failed', clauses: ['5.2'] });
    expect(receivable(none)).toEqual([]);
  });

  it('a second request to the Applicant before an answer keeps the duty owed from the first', () => {
    const r = evaluateCase({ service, events: [...accepted, ask('2024-04-17', 'applicant'), ask('2024-04-24', 'applicant')] }, { asOf: '2024-04-25' });
    expect(duty52(r)).toEqual(owed('2024-04-17'));
  });

  it('the Review Report ends both requests', () => {
    const events = [...accepted, ask('2024-04-17', 'applicant'), ask('2024-04-19', 'agency'), { type: 'oso.reportedPriorApplicationReview', at: '2024-04-26', unreasonablePointsFound: false, otherViolationsFound: false }];
    const r = evaluateCase({ service, events }, { asOf: '2024-04-27' });
    expect(r.refused).toEqual([]);
    expect(duty52(r)).toEqual([]);
  });

  it('a case persisted with the single request slot restores with it in its party’s slot', () => {
    let state: CaseState = startCase(service);
    for (const e of [...accepted, ask('2024-04-17', 'applicant')]) state = applyEvent(state, e).state;
    const persisted = persistCase(state);
    const old = JSON.parse(JSON.stringify(persisted)) as { processes: { process: string; context: Record<string, unknown> }[] };
    const procedure = old.processes.find((p) => p.process === 'procedure');
    expect(procedure?.context).toHaveProperty('eligibilityInfoRequests', { applicant: '2024-04-17', agency: null });
    delete procedure?.context['eligibilityInfoRequests'];
    if (procedure !== undefined) procedure.context['eligibilityInfoRequest'] = { from: 'applicant', on: '2024-04-17' }; // as the older version wrote it
    const { digest: _digest, ...body } = old as unknown as Record<string, unknown>;
    const written = { ...body, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` };
    for (const verify of ['digest', 'replay'] as const) {
      const restored = restoreCase(written, { verify });
      expect(persistCase(restored)).toEqual(persisted);
      const next = applyEvent(restored, ask('2024-04-19', 'agency'));
      expect(next.ok).toBe(true);
      expect(duty52(describeCase(next.state, { asOf: '2024-04-22' }))).toEqual(owed('2024-04-17'));
      expect(persistCase(next.state).processes.find((p) => p.process === 'procedure')?.context).toMatchObject({ eligibilityInfoRequests: { applicant: '2024-04-17', agency: '2024-04-19' } });
    }
    // Older still: before the slot existed, and an agency request in the old slot.
    delete procedure?.context['eligibilityInfoRequest'];
    const older = { ...body, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` };
    expect(persistCase(restoreCase(older, { verify: 'digest' })).processes.find((p) => p.process === 'procedure')?.context).toMatchObject({ eligibilityInfoRequests: { applicant: null, agency: null } });
    if (procedure !== undefined) procedure.context['eligibilityInfoRequest'] = { from: 'agency', on: '2024-04-17' };
    const agency = { ...body, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` };
    expect(persistCase(restoreCase(agency, { verify: 'digest' })).processes.find((p) => p.process === 'procedure')?.context).toMatchObject({ eligibilityInfoRequests: { applicant: null, agency: '2024-04-17' } });
  });
});

describe('10.1(4): the controls are improved within two months of the Assessment Report, whatever the application does', () => {
  const kintai = example('kintai-cloud-registration.json');
  const upto = (type: string) => kintai.events.slice(0, kintai.events.findIndex((e) => e['type'] === type) + 1);
  const improve = (r: ReturnType<typeof evaluateCase>) => r.obligations.filter((o) => o.clause === '10.1(4)').map((o) => ({ actor: o.actor, lastDay: o.lastDay, countedFrom: o.countedFrom, overdue: o.overdue }));
  const running = [{ actor: 'A', lastDay: '2024-12-15', countedFrom: '2024-10-15', overdue: false }];

  // No event records the improvement, so the duty is never shown overdue: it is listed until its last day and ends after it.
  it('owed from the report, after the application and through the review, until 2024-12-15; never overdue', () => {
    expect(improve(evaluateCase({ service: kintai.service, events: upto('assessor.issuedAssessmentReport') }, { asOf: '2024-11-01' }))).toEqual(running);
    expect(improve(evaluateCase({ service: kintai.service, events: upto('applicant.submittedApplication') }, { asOf: '2024-11-06' }))).toEqual(running);
    expect(improve(evaluateCase({ service: kintai.service, events: upto('oso.acceptedApplication') }, { asOf: '2024-11-20' }))).toEqual(running);
    expect(improve(evaluateCase({ service: kintai.service, events: upto('oso.requestedReviewInfo') }, { asOf: '2024-11-21' }))).toEqual(running);
    expect(improve(evaluateCase({ service: kintai.service, events: upto('oso.heldFindingsHearing') }, { asOf: '2024-12-15' }))).toEqual(running);
    const last = evaluateCase({ service: kintai.service, events: upto('oso.heldFindingsHearing') }, { asOf: '2024-12-15' });
    expect(last.obligations.find((o) => o.clause === '10.1(4)')?.consequence).toContain('10.6');
    expect(improve(evaluateCase({ service: kintai.service, events: upto('oso.reportedReview') }, { asOf: '2024-12-16' }))).toEqual([]);
    expect(improve(evaluateCase({ service: kintai.service, events: upto('sc.decidedApplication') }, { asOf: '2025-01-21' }))).toEqual([]);
  });

  it('ends at registration', () => {
    expect(improve(evaluateCase({ service: kintai.service, events: upto('oso.registeredService') }, { asOf: '2025-01-27' }))).toEqual([]);
    // Registered before the two months end: the Steering Committee confirmed the findings minor (10.5), so it is not listed either.
    const early = kintai.events.map((e) => {
      const at: Record<string, string> = { 'oso.requestedReviewInfo': '2024-11-13', 'applicant.answeredReviewRequest': '2024-11-14', 'oso.heldFindingsHearing': '2024-11-15', 'oso.reportedReview': '2024-11-18', 'sc.decidedApplication': '2024-11-25', 'oso.registeredService': '2024-11-29' };
      return at[e['type'] as string] === undefined ? e : { ...e, at: at[e['type'] as string] };
    });
    const r = evaluateCase({ service: kintai.service, events: early }, { asOf: '2024-12-01' });
    expect(r.refused).toEqual([]);
    expect(improve(r)).toEqual([]);
  });

  it('listed until its last day, in the Suspended Registration too, and not after the round ends in rejection', () => {
    const hyoka = example('hyoka-forms-suspended-registration-rejected.json');
    const suspended = evaluateCase(hyoka, { asOf: '2024-12-01' });
    expect(suspended.processes.find((p) => p.process === 'procedure')?.states.map((s) => s.id)).toContain('procedure.suspendedRegistration.awaitingLetterOfIntent');
    expect(improve(evaluateCase(hyoka, { asOf: '2024-10-23' }))).toEqual([{ actor: 'A', lastDay: '2024-10-23', countedFrom: '2024-08-23', overdue: false }]);
    expect(improve(suspended)).toEqual([]); // past its last day
    expect(improve(evaluateCase(hyoka, { asOf: '2025-02-25' }))).toEqual([]);
  });

  it('not owed when the report has no Operation-criteria findings', () => {
    const events = upto('oso.acceptedApplication').map((e) => (e['type'] === 'assessor.issuedAssessmentReport' ? { ...e, findings: [] } : e));
    const r = evaluateCase({ service: kintai.service, events }, { asOf: '2024-11-20' });
    expect(r.refused).toEqual([]);
    expect(improve(r)).toEqual([]);
  });
});
