/**
 * Duties the incident, change and registration machines must not lose. Hand-worked on Tsuuchi Mail
 * registered on 2024-10-01 (examples/tsuuchi-mail-incident-suspension.json up to the registration).
 *
 * * 13.4: "the ISMAP Operations Support Organization may request as necessary any additional
 *   information from the Applicant", and 7.6(2): "the Applicant shall respond without delay if a
 *   ministry or agency responsible for the System or the ISMAP Operations Support Organization
 *   requests confirmation regarding the details of an information security incident": each request
 *   is owed its own answer, and an answer discharges one request (the oldest, or the oldest of the
 *   requester it names), not all of them; every request unanswered is outstanding for 18.2(5).
 * * 14.1: "the Registrant shall use 'Form 2-10 Significant Control Changes Notification' to notify
 *   …", 14.3: "… may suspend the applicable Service Registration and request submission of the
 *   notice": a Form 2-11 (14.2) notice is not the notice of a 14.1 change, with or without a
 *   suspension.
 * * 7.6(5): "if the cloud service … becomes subject to suspension or deletion … the Applicant shall
 *   promptly notify the procuring ministry/agency, etc., that use the service or publish an
 *   announcement": a suspension while the withdrawal is pending (the service still listed) raises
 *   the duty as it does while registered.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, evaluateCase, persistCase, restoreCase, startCase, describeCase, type CaseState } from '../../src/index.js';
import { canonicalJson, fnv1a64 } from '../../src/machines/case/persist.js';
import { example } from './_support/cases.js';

const tsuuchi = example('tsuuchi-mail-incident-suspension.json');
const service = tsuuchi.service;
const registered = tsuuchi.events.slice(0, tsuuchi.events.findIndex((e) => e['type'] === 'oso.registeredService') + 1);

type Ev = ReturnType<typeof evaluateCase>;
const duties = (r: Ev, process: string) => r.obligations.filter((o) => o.process === process).map((o) => `${o.clause} ${o.instance ?? '-'} ${o.actor} ${o.lastDay ?? o.due ?? ''} since ${o.since ?? '-'}`);
const refusals = (r: Ev) => r.refused.filter((x) => x.code !== 'after_as_of').map((x) => [x.type, x.code, x.clauses]);
const allowed = (r: Ev, type: string) => r.allowed.filter((a) => a.type === type).map((a) => a.instance);

// ---------------------------------------------------------------------------------------------
// 13.4 and 7.6(2)

const I = { incidentId: 'I1' };
const reported = [
  ...registered,
  { type: 'applicant.recognizedIncident', at: '2025-02-03T10:00+09:00', ...I, seriousness: 'serious' },
  { type: 'applicant.submittedUrgentReport', at: '2025-02-04T10:00+09:00', ...I },
];
const fourRequests = [
  ...reported,
  { type: 'oso.requestedIncidentInfo', at: '2025-02-05', ...I },
  { type: 'oso.requestedIncidentConfirmation', at: '2025-02-06', ...I, by: 'MIN' },
  { type: 'oso.requestedIncidentInfo', at: '2025-02-10', ...I },
  { type: 'oso.requestedIncidentConfirmation', at: '2025-02-11', ...I, by: 'OSO' },
];
/** The Confirmed Report of 13.3: 30 days from the recognition on 2025-02-03 (民法 140), 2025-03-05. */
const CONFIRMED = '13.3 I1 A 2025-03-05 since -';
const deleteFor = (at: string) => ({ type: 'sc.deletedRegistration', at, ground: '18.2(5)' });

describe('13.4 and 7.6(2): each request is owed its own answer', () => {
  it('two requests for information and two for confirmation are four duties, each since its own day', () => {
    const r = evaluateCase({ service, events: fourRequests }, { asOf: '2025-02-12' });
    expect(refusals(r)).toEqual([]);
    expect(duties(r, 'incident')).toEqual([
      CONFIRMED,
      '13.4 I1 A as OSO requests since 2025-02-05',
      '13.4 I1 A as OSO requests since 2025-02-10',
      '7.6(2) I1 A without delay since 2025-02-06',
      '7.6(2) I1 A without delay since 2025-02-11',
    ]);
  });

  it('one answer to each discharges the oldest request of each kind; the later ones stay owed and answerable', () => {
    const answered = [...fourRequests, { type: 'applicant.answeredIncidentInfoRequest', at: '2025-02-12', ...I }, { type: 'applicant.confirmedIncidentDetails', at: '2025-02-12', ...I }];
    const r = evaluateCase({ service, events: answered }, { asOf: '2025-02-13' });
    expect(refusals(r)).toEqual([]);
    expect(duties(r, 'incident')).toEqual([CONFIRMED, '13.4 I1 A as OSO requests since 2025-02-10', '7.6(2) I1 A without delay since 2025-02-11']);
    expect(allowed(r, 'applicant.answeredIncidentInfoRequest')).toEqual(['I1']);
    expect(allowed(r, 'applicant.confirmedIncidentDetails')).toEqual(['I1']);
  });

  it('an answer naming its requester discharges that requester’s request, even when it is not the oldest', () => {
    const answered = [...fourRequests, { type: 'applicant.confirmedIncidentDetails', at: '2025-02-12', ...I, by: 'OSO' }];
    const r = evaluateCase({ service, events: answered }, { asOf: '2025-02-13' });
    expect(refusals(r)).toEqual([]);
    expect(duties(r, 'incident').filter((d) => d.startsWith('7.6(2)'))).toEqual(['7.6(2) I1 A without delay since 2025-02-06']);
  });

  it('an answer to a requester with no request outstanding is refused under 7.6(2); so is a second answer to the only request', () => {
    const oneByOso = [...reported, { type: 'oso.requestedIncidentConfirmation', at: '2025-02-06', ...I, by: 'OSO' }];
    const toMin = evaluateCase({ service, events: [...oneByOso, { type: 'applicant.confirmedIncidentDetails', at: '2025-02-07', ...I, by: 'MIN' }] }, { asOf: '2025-02-08' });
    expect(refusals(toMin)).toEqual([['applicant.confirmedIncidentDetails', 'guard_failed', ['7.6(2)']]]);
    expect(toMin.refused[0]?.message).toContain('MIN');
    expect(duties(toMin, 'incident').filter((d) => d.startsWith('7.6(2)'))).toEqual(['7.6(2) I1 A without delay since 2025-02-06']);
    const twice = [...oneByOso, { type: 'applicant.confirmedIncidentDetails', at: '2025-02-07', ...I }, { type: 'applicant.confirmedIncidentDetails', at: '2025-02-08', ...I }];
    const r = evaluateCase({ service, events: twice }, { asOf: '2025-02-09' });
    expect(refusals(r)).toEqual([['applicant.confirmedIncidentDetails', 'guard_failed', ['7.6(2)']]]);
    expect(duties(r, 'incident').filter((d) => d.startsWith('7.6(2)'))).toEqual([]);
  });

  it('18.2(5): a request left after one answer is still outstanding, so the deletion is allowed; once all are answered it is refused', () => {
    const twoInfo = [...reported, { type: 'oso.requestedIncidentInfo', at: '2025-02-05', ...I }, { type: 'oso.requestedIncidentInfo', at: '2025-02-10', ...I }];
    const one = [...twoInfo, { type: 'applicant.answeredIncidentInfoRequest', at: '2025-02-12', ...I }];
    expect(refusals(evaluateCase({ service, events: [...one, deleteFor('2025-02-20')] }, { asOf: '2025-02-20' }))).toEqual([]);
    const both = [...one, { type: 'applicant.answeredIncidentInfoRequest', at: '2025-02-13', ...I }];
    const r = evaluateCase({ service, events: [...both, deleteFor('2025-02-20')] }, { asOf: '2025-02-20' });
    expect(refusals(r)).toEqual([['sc.deletedRegistration', 'guard_failed', ['18.2(5)']]]);
    const third = evaluateCase({ service, events: [...both, { type: 'applicant.answeredIncidentInfoRequest', at: '2025-02-14', ...I }] }, { asOf: '2025-02-15' });
    expect(refusals(third)).toEqual([['applicant.answeredIncidentInfoRequest', 'guard_failed', ['13.4']]]);
  });
});

describe('13.4 and 7.6(2): a case persisted when one request of each was kept in one field', () => {
  function replay(events: readonly Record<string, unknown>[]): CaseState {
    let state = startCase(service);
    for (const e of events) state = applyEvent(state, e).state;
    return state;
  }
  /** Persists `state`, rewrites the incident's context as the earlier version wrote it, and digests it again. */
  function asPersistedBefore(state: CaseState, old: Record<string, unknown>) {
    const persisted = JSON.parse(JSON.stringify(persistCase(state))) as { processes: { process: string; context: Record<string, unknown> }[] };
    const incident = persisted.processes.find((p) => p.process === 'incident');
    if (incident === undefined) throw new Error('no incident');
    const { openInfoRequests: _i, openConfirmationRequests: _c, ...rest } = incident.context;
    incident.context = { ...rest, ...old };
    const { digest: _digest, ...body } = persisted as unknown as Record<string, unknown>;
    return { ...body, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` };
  }
  const incidentDuties = (state: CaseState, asOf: string) => describeCase(state, { asOf }).obligations.filter((o) => o.process === 'incident').map((o) => `${o.clause} since ${o.since ?? '-'}`);

  it('an unanswered request for information restores as one request of that day (verified by digest and by replay)', () => {
    const state = replay([...reported, { type: 'oso.requestedIncidentInfo', at: '2025-02-05', ...I }]);
    const written = asPersistedBefore(state, { infoRequestedOn: '2025-02-05', confirmationRequestedOn: null });
    for (const verify of ['digest', 'replay'] as const) {
      const restored = restoreCase(written, { verify });
      expect(incidentDuties(restored, '2025-02-06')).toEqual(['13.3 since -', '13.4 since 2025-02-05']);
      expect(persistCase(restored)).toEqual(persistCase(state));
    }
  });

  it('a context from before the requests were kept at all restores with none', () => {
    const state = replay(reported);
    const written = asPersistedBefore(state, {});
    for (const verify of ['digest', 'replay'] as const) expect(persistCase(restoreCase(written, { verify }))).toEqual(persistCase(state));
  });

  it('an unanswered request for confirmation restores with its requester unknown (by digest): any answer discharges it', () => {
    const state = replay([...reported, { type: 'oso.requestedIncidentConfirmation', at: '2025-02-06', ...I, by: 'MIN' }]);
    const written = asPersistedBefore(state, { infoRequestedOn: null, confirmationRequestedOn: '2025-02-06' });
    const restored = restoreCase(written, { verify: 'digest' });
    expect(incidentDuties(restored, '2025-02-07')).toEqual(['13.3 since -', '7.6(2) since 2025-02-06']);
    const answered = applyEvent(restored, { type: 'applicant.confirmedIncidentDetails', at: '2025-02-07', ...I, by: 'OSO' });
    expect(answered.ok).toBe(true);
    expect(incidentDuties(answered.state, '2025-02-08')).toEqual(['13.3 since -']);
  });
});

// ---------------------------------------------------------------------------------------------
// 14.1, 14.3

describe('14.1 and 14.3: only the notice of the change’s own form ends the duty', () => {
  const occurred = [...registered, { type: 'applicant.madeChange', at: '2025-01-10', changeId: 'C1', kind: '14.1', description: 'New data centre' }];
  const form211 = (changeId: string) => ({ type: 'applicant.notifiedListedContentChange', at: '2025-01-13', changeId, listEntry: { url: 'https://new.example.jp' } });
  const form210 = (changeId: string) => ({ type: 'applicant.notifiedSignificantControlChange', at: '2025-01-14', changeId });

  it('a 14.1 change notified on Form 2-11 is refused under 14.1 and the Form 2-10 stays owed; Form 2-10 ends it', () => {
    const r = evaluateCase({ service, events: [...occurred, form211('C1')] }, { asOf: '2025-01-14' });
    expect(refusals(r)).toEqual([['applicant.notifiedListedContentChange', 'guard_failed', ['14.1']]]);
    expect(duties(r, 'change')).toEqual(['14.1 C1 A without delay (7.6(3)) since 2025-01-10']);
    expect(r.listEntry?.fields.url).not.toBe('https://new.example.jp');
    expect(allowed(r, 'applicant.notifiedListedContentChange')).not.toContain('C1');
    expect(allowed(r, 'applicant.notifiedSignificantControlChange')).toContain('C1');
    const done = evaluateCase({ service, events: [...occurred, form211('C1'), form210('C1')] }, { asOf: '2025-01-15' });
    expect(duties(done, 'change')).toEqual([]);
  });

  it('a 14.2 change notified on Form 2-10 is refused under 14.2', () => {
    const listed = [...registered, { type: 'applicant.madeChange', at: '2025-01-10', changeId: 'C4', kind: '14.2' }];
    const r = evaluateCase({ service, events: [...listed, form210('C4')] }, { asOf: '2025-01-15' });
    expect(refusals(r)).toEqual([['applicant.notifiedSignificantControlChange', 'guard_failed', ['14.2']]]);
    expect(duties(r, 'change')).toEqual(['14.2 C4 A without delay since 2025-01-10']);
  });

  it('a Form 2-10 notice OSO requested (14.3) is not given by Form 2-11: refused under 14.3, the request stays owed', () => {
    const requested = [...registered, { type: 'oso.requestedChangeNotice', at: '2025-01-10', changeId: 'C2', kind: '14.1' }];
    const r = evaluateCase({ service, events: [...requested, form211('C2')] }, { asOf: '2025-01-14' });
    expect(refusals(r)).toEqual([['applicant.notifiedListedContentChange', 'guard_failed', ['14.3']]]);
    expect(duties(r, 'change')).toEqual(['14.3 C2 A until submitted (OSO may suspend the registration meanwhile) since 2025-01-10']);
    const done = evaluateCase({ service, events: [...requested, form211('C2'), form210('C2')] }, { asOf: '2025-01-15' });
    expect(refusals(done)).toHaveLength(1);
    expect(duties(done, 'change')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 7.6(5) while withdrawing

describe('7.6(5): the registration still listed while its withdrawal is pending keeps what happens to it', () => {
  const withdrawn = [...registered, { type: 'applicant.submittedWithdrawal', at: '2025-02-01', reason: '18.1(1)' }];
  const missingReport = [
    { type: 'oso.requestedIncidentReport', at: '2025-02-03T10:00+09:00', incidentId: 'I1' },
    { type: 'oso.suspendedForMissingReport', at: '2025-02-12', incidentId: 'I1' },
  ];

  it('a suspension for a missing report (13.5) owes the notice to the procuring bodies from its day, as when registered', () => {
    const r = evaluateCase({ service, events: [...withdrawn, ...missingReport] }, { asOf: '2025-02-13' });
    expect(refusals(r)).toEqual([]);
    expect(duties(r, 'registration')).toEqual(['18.2(2) - SC  since -', '7.6(5) - A promptly since 2025-02-12']);
    expect(r.listEntry?.status).toBe('suspended');
    const told = evaluateCase({ service, events: [...withdrawn, ...missingReport, { type: 'applicant.notifiedProcuringBodies', at: '2025-02-14', method: 'notice' }] }, { asOf: '2025-02-15' });
    expect(refusals(told)).toEqual([]);
    expect(duties(told, 'registration')).toEqual(['18.2(2) - SC  since -']);
  });

  it('a suspension for an unnotified change (14.3) does too', () => {
    const r = evaluateCase({ service, events: [...withdrawn, { type: 'oso.suspendedForUnnotifiedChange', at: '2025-02-10', changeId: 'C1', kind: '14.1' }] }, { asOf: '2025-02-11' });
    expect(duties(r, 'registration')).toContain('7.6(5) - A promptly since 2025-02-10');
  });

  it('a listed content changed while withdrawing is on the list entry', () => {
    const r = evaluateCase({ service, events: [...withdrawn, { type: 'applicant.notifiedListedContentChange', at: '2025-02-10', changeId: 'C2', listEntry: { url: 'https://new.example.jp' } }] }, { asOf: '2025-02-11' });
    expect(refusals(r)).toEqual([]);
    expect(r.listEntry?.fields.url).toBe('https://new.example.jp');
  });

  it('a re-application requested while withdrawing (15.2(5)(b)) is a ground the deletion may give (18.2(4))', () => {
    const monitored = [
      ...withdrawn,
      { type: 'oso.notifiedMonitoring', at: '2025-02-03', trigger: '15.1(3)' },
      { type: 'applicant.repliedToMonitoring', at: '2025-02-10' },
      { type: 'oso.notifiedMonitoringResult', at: '2025-02-20', confirmed: false, unconfirmed: ['other'] },
      { type: 'oso.requestedReApplication', at: '2025-02-25', basis: '15.2(5)(b)' },
      { type: 'sc.deletedRegistration', at: '2025-03-03', ground: '18.2(4)' },
    ];
    const r = evaluateCase({ service, events: monitored }, { asOf: '2025-03-04' });
    expect(refusals(r)).toEqual([]);
    expect(r.listEntry?.removal).toMatchObject({ ground: '18.2(4)' });
    expect(duties(r, 'registration')).toContain('18.3 - SC  since 2025-03-03');
  });
});
