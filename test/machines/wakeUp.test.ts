/**
 * `nextWakeUp`: the first instant after `asOf` at which `describeCase` (all but its `asOf`)
 * changes with no new event. Hand-worked cases from the shipped examples, then the oracle: a
 * day-by-day scan of `describeCase`, on the examples and on random walks (the evaluation at the
 * wake-up differs from the one a millisecond before, which equals the one at `asOf`; `null` means
 * nothing changes for ten years; a host that applies the passage of time at a wake-up is told the
 * same next one).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  InvalidArgumentError,
  applyEvent,
  describeCase,
  nextWakeUp,
  persistCase,
  restoreCase,
  startCase,
  type CaseState,
  type WakeUp,
  type WakeUpKind,
} from '../../src/index.js';
import { ValidationError } from '../../src/rules/schemas/index.js';
import { addDays } from '../_support/days.js';
import { EXAMPLES, example } from './_support/cases.js';
import { choices, starts, walk } from './_support/walk.js';

const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 40) };

/**
 * The state after the first `n` events of an example (all when `n` is omitted; the examples' own
 * refusals stay refused) and then `extra` (each applied), and the `at` of the last event.
 */
function after(name: string, n?: number, extra: readonly Record<string, unknown>[] = []): { state: CaseState; at: string } {
  const file = example(name);
  let state = startCase(file.service);
  for (const e of file.events.slice(0, n)) state = applyEvent(state, e).state;
  for (const e of extra) {
    const r = applyEvent(state, e);
    expect(r.ok, `${String(e['type'])} at ${String(e['at'])}`).toBe(true);
    state = r.state;
  }
  return { state, at: String([...file.events.slice(0, n), ...extra].at(-1)?.['at']) };
}

/** The evaluation as of `at`, without its `asOf`. */
const viewAt = (state: CaseState, at: string | Date): string => JSON.stringify({ ...describeCase(state, { asOf: at }), asOf: null });
const justBefore = (w: WakeUp): Date => new Date(Date.parse(w.at) - 1);
const dayOf = (at: string): string => at.slice(0, 10);

/** The oracle: the first day after `from` (at most `days` on) whose evaluation differs from the one at `at`, scanning day by day. */
function scan(state: CaseState, at: string, days: number): string | null {
  const base = viewAt(state, at);
  for (let d = 1; d <= days; d++) {
    const day = addDays(dayOf(at), d);
    if (viewAt(state, day) !== base) return day;
  }
  return null;
}

const kinds = (w: WakeUp | null) => w?.reasons.map((r) => [r.kind, r.clause]);

describe('nextWakeUp: hand-worked cases', () => {
  it('an incident recognized on Friday 2024-12-27 at 15:00: the urgent report is overdue from 2025-01-09 (13.2)', () => {
    // 13.2: three days "not including holidays of government agencies" from the recognition; the
    // day of recognition is not counted (民法 140), then 28 Dec (Sat), 29 Dec – 3 Jan (year end),
    // 4–5 Jan (weekend) are skipped: 6, 7, 8 Jan. The period ends at 24:00 on 8 Jan (民法 141).
    const { state, at } = after('tsuuchi-mail-incident-suspension.json', 13);
    expect(at).toBe('2024-12-27T15:00+09:00');
    const w = nextWakeUp(state, at);
    expect(w).toEqual({
      at: '2025-01-09T00:00+09:00',
      day: '2025-01-09',
      reasons: [{ kind: 'period_ends', clause: '13.2', process: 'incident', instance: 'INC-2024-01', text: expect.stringContaining('was due by 2025-01-08: overdue from 2025-01-09') }],
    });
    const owed = (asOf: string | Date) => describeCase(state, { asOf }).obligations.find((o) => o.clause === '13.2');
    expect(owed(justBefore(w as WakeUp))?.overdue).toBe(false);
    expect(owed((w as WakeUp).at)?.overdue).toBe(true);
    // The same from any instant up to the end of the last day, and from a Date.
    expect(nextWakeUp(state, '2025-01-08T23:59:59.999+09:00')).toEqual(w);
    expect(nextWakeUp(state, new Date('2024-12-28T00:00:00Z'))).toEqual(w);
    expect(nextWakeUp(state, '2025-01-08')).toEqual(w);
  });

  it('a report OSO requests on Monday 2025-02-10: overdue from 2025-02-15, and OSO may suspend (13.5)', () => {
    // 11 Feb is a national holiday (建国記念の日): 12, 13, 14 Feb are the three days.
    const { state, at } = after('tsuuchi-mail-incident-suspension.json', 20);
    expect(at).toBe('2025-02-10T09:00+09:00');
    const w = nextWakeUp(state, at);
    expect(w?.at).toBe('2025-02-15T00:00+09:00');
    expect(kinds(w)).toEqual([['period_ends', '13.2'], ['available_from', '13.5']]);
    expect(w?.reasons.map((r) => r.instance)).toEqual(['INC-2025-02', 'INC-2025-02']);
    expect(describeCase(state, { asOf: '2025-02-14' }).allowed.some((a) => a.type === 'oso.suspendedForMissingReport')).toBe(false);
    expect(describeCase(state, { asOf: '2025-02-15' }).allowed.some((a) => a.type === 'oso.suspendedForMissingReport')).toBe(true);
  });

  it('the confirmed report is due 30 days after the recognition: from 2025-01-27 (13.3)', () => {
    // 28 Dec is the first day (民法 140); the thirtieth is 26 Jan.
    const w = nextWakeUp(after('tsuuchi-mail-incident-suspension.json', 14).state, '2025-01-08T11:00+09:00');
    expect(w?.at).toBe('2025-01-27T00:00+09:00');
    expect(kinds(w)).toEqual([['period_ends', '13.3']]);
  });

  it('a registration expires 1 year 4 months after its audit period (BR3.5, 12.1): deleted on 2026-02-01', () => {
    // Audit period to 2024-09-30; counted from 1 Oct, the period ends on 2026-01-31.
    const { state, at } = after('kintai-cloud-registration.json');
    const w = nextWakeUp(state, at);
    expect(w?.at).toBe('2026-02-01T00:00+09:00');
    expect(kinds(w)).toEqual([['period_ends', '12.1'], ['expiry', '12.1']]);
    expect(describeCase(state, { asOf: justBefore(w as WakeUp) }).headline).toMatch(/^Registered since 2025-01-27/);
    expect(describeCase(state, { asOf: (w as WakeUp).at }).headline).toMatch(/^Registration ended on 2026-02-01 \(18\.2\(1\)\)/);
    // A renewed registration: the next expiry, a year later.
    const renewed = after('kintai-cloud-renewal.json');
    expect(kinds(nextWakeUp(renewed.state, renewed.at))).toEqual([['period_ends', '12.1'], ['expiry', '12.1']]);
    expect(nextWakeUp(renewed.state, renewed.at)?.day).toBe('2027-02-01');
  });

  it('no Letter of Intent within one month of the Notice of Suspended Registration: rejected from 2024-12-16 (10.9)', () => {
    const { state, at } = after('hyoka-forms-suspended-registration-rejected.json', 13);
    expect(at).toBe('2024-11-15');
    const w = nextWakeUp(state, at);
    expect(w?.day).toBe('2024-12-16');
    expect(kinds(w)).toEqual([['period_ends', '10.8'], ['lapse', '10.9']]);
  });

  it('one year after an incident whose 13.7 suspension is in force, the Steering Committee may delete (18.2(6))', () => {
    // Occurred 2025-01-27 at 10:00: the year runs from 28 Jan (民法 140) to 2026-01-27, so the
    // ground exists from 2026-01-28, four days before the registration would expire.
    const incident = [
      { type: 'applicant.recognizedIncident', at: '2025-01-28T10:00+09:00', incidentId: 'INC-1', seriousness: 'particularly-serious', occurredAt: '2025-01-27T10:00+09:00' },
      { type: 'applicant.submittedUrgentReport', at: '2025-01-29', incidentId: 'INC-1' },
      { type: 'sc.suspendedForSeriousIncident', at: '2025-01-30', incidentId: 'INC-1' },
      { type: 'applicant.submittedConfirmedReport', at: '2025-02-10', incidentId: 'INC-1' },
    ];
    const { state, at } = after('kintai-cloud-registration.json', undefined, incident);
    const w = nextWakeUp(state, at);
    expect(w?.at).toBe('2026-01-28T00:00+09:00');
    expect(w?.reasons).toEqual([{ kind: 'available_from', clause: '18.2(6)', process: 'registration', instance: null, text: expect.stringContaining('(sc.deletedRegistration) is allowed from 2026-01-28') }]);
  });

  it('the rules come into force on 2022-11-01 (Supp. 2022-11-01): a new case can start then', () => {
    const w = nextWakeUp(startCase({ name: 'Early SaaS' }), '2022-06-01');
    expect(w?.at).toBe('2022-11-01T00:00+09:00');
    expect(kinds(w)).toEqual([['provision_in_force', 'Supp.2022']]);
    expect(w?.reasons[0]?.text).toContain('applicant.submittedPriorApplication');
  });

  it('the revision of 2023-11-10 governs incidents recognized from 2024-01-04 (Supp. 2023-11-10): what may be reported changes then', () => {
    // The Kintai Cloud registration 420 days earlier: registered on 2023-12-04.
    const earlier = (v: unknown): unknown =>
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? addDays(v.slice(0, 10), -420) + v.slice(10)
        : Array.isArray(v) ? v.map(earlier)
          : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, earlier(x)])) : v;
    const file = example('kintai-cloud-registration.json');
    let state = startCase(file.service);
    for (const e of file.events) state = applyEvent(state, earlier(e) as Record<string, unknown>).state;
    expect(describeCase(state, { asOf: '2023-12-04' }).headline).toMatch(/^Registered since 2023-12-04/);
    const w = nextWakeUp(state, '2023-12-04');
    expect(w?.at).toBe('2024-01-04T00:00+09:00');
    expect(new Set(w?.reasons.map((r) => `${r.kind} ${r.clause} ${r.process}`))).toEqual(new Set(['provision_in_force Supp.2023-11-10.1 incident']));
    expect(w?.reasons.map((r) => r.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Recognized and judged serious by the Registrant.*\(applicant\.recognizedIncident\) is allowed from 2024-01-04/), expect.stringMatching(/^Recognized before 2024-01-04 \(applicant\.recognizedIncident\) is no longer allowed/)]));
    expect(scan(state, '2023-12-04', 40)).toBe('2024-01-04');
  });

  it('is null when only a new event can change the case, and nothing changes for ten years', () => {
    const fresh = startCase({ name: 'Kintai Cloud' });
    expect(nextWakeUp(fresh, '2024-04-01')).toBeNull();
    const { state, at } = after('hyoka-forms-suspended-registration-rejected.json'); // rejected, appeal answered
    expect(nextWakeUp(state, at)).toBeNull();
    const base = viewAt(state, at);
    for (let d = 1; d <= 3653; d += 61) expect(viewAt(state, addDays(dayOf(at), d)), addDays(dayOf(at), d)).toBe(base);
  });

  it('quotes the ids it names: hostile characters are escaped', () => {
    const { state } = after('kintai-cloud-registration.json', undefined, [{ type: 'applicant.recognizedIncident', at: '2025-02-03T10:00+09:00', incidentId: 'INC\u202e\u0007', seriousness: 'serious' }]);
    const text = nextWakeUp(state, '2025-02-03T10:00+09:00')?.reasons[0]?.text ?? '';
    expect(text).toContain('incident "INC\\u202e\\u0007"');
    expect(text.includes('\u0007') || text.includes('\u202e')).toBe(false);
  });
});

describe('nextWakeUp: arguments', () => {
  const { state, at } = after('tsuuchi-mail-incident-suspension.json', 13);

  it.each([null, undefined, {}, { service: {} }, 'state', 42])('refuses a state that is not a case state (%s) with an InvalidArgumentError', (bad) => {
    expect(() => nextWakeUp(bad as unknown as CaseState, at)).toThrow(InvalidArgumentError);
    expect(() => nextWakeUp(bad as unknown as CaseState, at)).toThrow(/nextWakeUp/);
  });

  it.each(['garbage', '2025-01-10T10:00', '2025-02-30', '1999-12-31', 42, undefined, new Date(Number.NaN)])('refuses a malformed asOf (%s) as describeCase does', (bad) => {
    expect(() => nextWakeUp(state, bad as string)).toThrow(ValidationError);
    let expected: unknown;
    try {
      describeCase(state, { asOf: bad as string });
    } catch (e) {
      expected = e;
    }
    expect(() => nextWakeUp(state, bad as string)).toThrow((expected as Error).message);
  });

  it('refuses an asOf before the last event applied', () => {
    expect(() => nextWakeUp(state, '2024-12-27T14:59+09:00')).toThrow(InvalidArgumentError);
    expect(() => nextWakeUp(state, '2024-12-26')).toThrow(/on or after the last event applied \(2024-12-27T15:00\+09:00\)/);
  });
});

describe('nextWakeUp: the day-by-day oracle', () => {
  it.each(EXAMPLES)('%s: at every third event, the first day the evaluation changes', (name) => {
    const file = example(name);
    let state = startCase(file.service);
    file.events.forEach((e, i) => {
      state = applyEvent(state, e).state;
      if (i % 3 !== 2 && i !== file.events.length - 1) return;
      const at = String(e['at']);
      const w = nextWakeUp(state, at);
      const horizon = w === null ? 400 : Math.round((Date.parse(w.day) - Date.parse(dayOf(at))) / 86_400_000);
      expect(scan(state, at, horizon), `${name} at ${at}`).toBe(w?.day ?? null);
    });
  }, 120_000);

  /** How often each outcome was checked over the runs, so that the law cannot hold vacuously. */
  const seen = { wakeUps: 0, nulls: 0, periodEnds: 0, later: 0 };

  test.prop([choices(25), starts, fc.nat({ max: 500 })], RUNS)('random walks: it differs just before and at the wake-up, and not before', (list, start, lag) => {
    const { state } = walk(list, undefined, start);
    const clock = state.clock?.at ?? '2024-01-08';
    const at = lag === 0 ? clock : addDays(dayOf(clock), lag);
    const w = nextWakeUp(state, at);
    const base = viewAt(state, at);
    if (w === null) {
      seen.nulls++;
      for (let d = 1; d <= 3653; d += 73) expect(viewAt(state, addDays(dayOf(at), d))).toBe(base);
      return;
    }
    seen.wakeUps++;
    if (lag > 0) seen.later++;
    if (w.reasons.some((r) => r.kind === 'period_ends')) seen.periodEnds++;
    expect(w.day > dayOf(at)).toBe(true);
    expect(w.at).toBe(`${w.day}T00:00+09:00`);
    expect(w.reasons.length).toBeGreaterThan(0);
    for (const r of w.reasons) expect(['period_ends', 'lapse', 'expiry', 'available_from', 'available_until', 'provision_in_force'] satisfies WakeUpKind[]).toContain(r.kind);
    expect(viewAt(state, w.at)).not.toBe(viewAt(state, justBefore(w)));
    expect(viewAt(state, justBefore(w))).toBe(base);
    // Day by day for the first two months, then spot days up to the wake-up.
    const days = Math.round((Date.parse(w.day) - Date.parse(dayOf(at))) / 86_400_000);
    for (let d = 1; d < days; d += d < 60 ? 1 : 37) expect(viewAt(state, addDays(dayOf(at), d)), addDays(dayOf(at), d)).toBe(base);
    // The same answer from a restored copy (nothing remembered) and again (remembered answers).
    expect(nextWakeUp(restoreCase(persistCase(state)), at)).toEqual(w);
    expect(nextWakeUp(state, at)).toEqual(w);
    // A host that applies the passage of time at the wake-up is told the same next one, later.
    const ticked = applyEvent(state, { type: 'time.passed', at: w.at });
    expect(ticked.ok).toBe(true);
    const next = nextWakeUp(state, w.at);
    expect(nextWakeUp(ticked.state, w.at)).toEqual(next);
    if (next !== null) expect(next.day > w.day).toBe(true);
  }, 300_000);

  it('checked wake-ups, nulls and overdue periods', () => {
    expect(seen.wakeUps).toBeGreaterThan(0);
    expect(seen.nulls).toBeGreaterThan(0);
    expect(seen.periodEnds).toBeGreaterThan(0);
    expect(seen.later).toBeGreaterThan(0);
  });
});
