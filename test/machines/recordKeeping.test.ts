/**
 * 7.6(7): "The Applicant must keep the Internal Auditing report, Internal Auditing record, etc.
 * … for at least three years after the internal audit is completed." Each internal audit has its
 * own duty: a later audit (a renewal's) does not end the first one's, and a duty ends after its
 * last day. Hand-worked on the Kintai Cloud renewal (audits completed 2024-09-15 and 2025-10-06):
 * the day of completion is not counted (民法 140) and three years end on the day before the
 * corresponding day (民法 143), 2027-09-15 and 2028-10-06.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, describeCase, evaluateCase, nextWakeUp, persistCase, restoreCase, startCase, type CaseState } from '../../src/index.js';
import { canonicalJson, fnv1a64 } from '../../src/machines/case/persist.js';
import { example } from './_support/cases.js';

const keeping = (state: CaseState, asOf: string) =>
  describeCase(state, { asOf })
    .obligations.filter((o) => o.clause === '7.6(7)')
    .map((o) => ({ lastDay: o.lastDay, countedFrom: o.countedFrom, nature: o.nature, overdue: o.overdue }));

function replay(name: string): CaseState {
  const file = example(`${name}.json`);
  let state = startCase(file.service);
  for (const e of file.events) state = applyEvent(state, e).state;
  return state;
}

const FIRST = { lastDay: '2027-09-15', countedFrom: '2024-09-15', nature: 'keep', overdue: false };
const SECOND = { lastDay: '2028-10-06', countedFrom: '2025-10-06', nature: 'keep', overdue: false };

describe('7.6(7): the records of every internal audit are kept three years after it', () => {
  it('a renewal’s internal audit does not end the first audit’s duty: both are owed, the older first', () => {
    const file = example('kintai-cloud-renewal.json');
    const obligations = evaluateCase(file, { asOf: '2026-02-15' }).obligations.filter((o) => o.clause === '7.6(7)');
    expect(obligations.map((o) => [o.lastDay, o.countedFrom, o.actor, o.process])).toEqual([
      ['2027-09-15', '2024-09-15', 'A', 'procedure'],
      ['2028-10-06', '2025-10-06', 'A', 'procedure'],
    ]);
  });

  it('each duty ends after its own last day, and only then', () => {
    const state = replay('kintai-cloud-renewal');
    expect(keeping(state, '2027-09-15')).toEqual([FIRST, SECOND]);
    expect(keeping(state, '2027-09-16')).toEqual([SECOND]);
    expect(keeping(state, '2028-10-06')).toEqual([SECOND]);
    expect(keeping(state, '2028-10-07')).toEqual([]);
  });

  it('a registration that ended still owes its records, until the last day', () => {
    const state = replay('kintai-cloud-registration');
    expect(keeping(state, '2027-09-15')).toEqual([FIRST]);
    expect(keeping(state, '2027-09-16')).toEqual([]);
  });

  it('nextWakeUp names the end of each duty', () => {
    const state = replay('kintai-cloud-renewal');
    const first = nextWakeUp(state, '2027-08-01');
    expect(first?.at).toBe('2027-09-16T00:00+09:00');
    expect(first?.reasons.map((r) => [r.kind, r.clause, r.process])).toEqual([['period_ends', '7.6(7)', 'procedure']]);
    expect(first?.reasons[0]?.text).toContain('until 2027-09-15: the duty ends, and it is no longer listed from 2027-09-16');
    const second = nextWakeUp(state, '2028-09-01');
    expect(second?.at).toBe('2028-10-07T00:00+09:00');
    expect(second?.reasons.map((r) => [r.kind, r.clause])).toEqual([['period_ends', '7.6(7)']]);
  });

  it('the same audit reported again replaces its duty instead of adding one', () => {
    const file = example('kintai-cloud-renewal.json');
    const audit = file.events.find((e) => e['type'] === 'applicant.reportedInternalAudit' && e['completedOn'] === '2025-10-06');
    expect(audit).toBeDefined();
    const events = file.events.flatMap((e) => (e === audit ? [e, { ...e, at: '2025-10-11' }] : [e]));
    const obligations = evaluateCase({ ...file, events }, { asOf: '2026-02-15' }).obligations.filter((o) => o.clause === '7.6(7)');
    expect(obligations.map((o) => o.lastDay)).toEqual(['2027-09-15', '2028-10-06']);
  });

  it('an earlier duty already ended is not carried into a new round', () => {
    const file = example('kintai-cloud-renewal.json');
    // Move the first audit back so that its duty has ended (2024-09-15 → 2021-05-10, kept to 2024-05-10) before the renewal round starts.
    const events = file.events.map((e) => (e['type'] === 'applicant.reportedInternalAudit' && e['completedOn'] === '2024-09-15' ? { ...e, completedOn: '2021-05-10' } : e));
    const state = startCase(file.service);
    const replayed = events.reduce((s, e) => applyEvent(s, e).state, state);
    expect(keeping(replayed, '2026-03-10')).toEqual([SECOND]);
    const procedure = persistCase(replayed).processes.find((p) => p.process === 'procedure');
    expect(procedure?.context).toMatchObject({ earlierInternalAudits: [] });
  });

  it('a case persisted before the field existed restores with no earlier duties', () => {
    const state = replay('kintai-cloud-registration');
    const persisted = persistCase(state);
    const old = JSON.parse(JSON.stringify(persisted)) as { processes: { process: string; context: Record<string, unknown> }[] };
    const procedure = old.processes.find((p) => p.process === 'procedure');
    expect(procedure?.context).toHaveProperty('earlierInternalAudits', []);
    delete procedure?.context['earlierInternalAudits'];
    const { digest: _digest, ...body } = old as unknown as Record<string, unknown>;
    const written = { ...body, digest: `fnv1a64:${fnv1a64(canonicalJson(body) ?? 'null')}` }; // as the older version wrote it
    for (const verify of ['digest', 'replay'] as const) expect(keeping(restoreCase(written, { verify }), '2026-03-01')).toEqual([FIRST]);
    const restored = restoreCase(written);
    expect(keeping(restored, '2026-03-01')).toEqual([FIRST]);
    expect(persistCase(restored)).toEqual(persisted);
  });
});
