/**
 * Scaling of the lifecycle engine with the size of a case: is the cost of one event flat in the
 * number of events (and incidents) already in the case?
 *
 * Every case starts from the registered service of `examples/kintai-cloud-registration.json`
 * (its 17 events, registered 2025-01-27), then appends generated events in time order:
 *
 * * A, monitoring only: monitoring cycles (notice, reply, interview, result confirmed);
 * * B, incident heavy: half of the events recognize a new serious incident, most of which stay
 *   open (Urgent Report for half of them, Confirmed Report for a quarter, further reports);
 * * C, after expiry: 600 open incidents, time passing beyond the registration's expiry (18.2(1)),
 *   then 2,000 events after it, refused (reports on closed incidents, monitoring, new incidents).
 *
 * It times `evaluateCase` per case (µs per event), and `applyEvent` on the state of case B after
 * 100 and after 10,000 events, and prints a markdown report with the goals met or not. A report,
 * not a test: it always exits 0.
 *
 * `npx tsx bench/scaling.ts` (A and B at 500, 2,000 and 8,000 events) or
 * `npx tsx bench/scaling.ts --quick` (500 and 2,000 events; applyEvent at 100 vs 2,000).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyEvent, evaluateCase, startCase, type CaseState } from '../src/machines/index.js';

type Event = { readonly type: string; readonly at: string } & Readonly<Record<string, unknown>>;
interface CaseFileJson {
  readonly service: { readonly name: string };
  readonly events: readonly Event[];
}
interface Generated {
  readonly name: string;
  readonly file: CaseFileJson;
  readonly asOf: string;
  readonly incidents: number;
}

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [500, 2000] : [500, 2000, 8000];
const APPLY_SIZES = QUICK ? ([100, 2000] as const) : ([100, 10_000] as const);
const SLOW_RUN_MS = 5000;
const GOAL_EXPONENT = 1.15;
const GOAL_B_OVER_A = 2;
const GOAL_APPLY_RATIO = 3;

// ---------------------------------------------------------------------------------------------
// Days and a deterministic pseudo-random sequence.

const addDays = (day: string, n: number): string => {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The day of generated event `i` of `count`, spread evenly (several per day) from `first` to `last`. */
const dayOf = (i: number, count: number, first: string, last: string): string => addDays(first, Math.floor((i * (daysBetween(first, last) + 1)) / Math.max(count, 1)));

/** A small deterministic generator (mulberry32), so that every run builds the same cases. */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

// ---------------------------------------------------------------------------------------------
// The base case and the generated ones.

const BASE = JSON.parse(readFileSync(fileURLToPath(new URL('../examples/kintai-cloud-registration.json', import.meta.url)), 'utf8')) as CaseFileJson;
const REGISTERED_ON = BASE.events[BASE.events.length - 1]?.at ?? '2025-01-27';
const EXPIRES_ON = evaluateCase(BASE, { asOf: addDays(REGISTERED_ON, 33) }).listEntry?.fields.expirationDate ?? '2026-01-31';
/** Generated events before the expiry run from the day after registration to the day before the expiry. */
const FIRST = addDays(REGISTERED_ON, 1);
const LAST = addDays(EXPIRES_ON, -1);

/** `base` followed by `count - base.length` events from `next(i)`, dated by `dayOf`. */
function build(name: string, total: number, next: (day: string) => Omit<Event, 'at'> | null, first = FIRST, last = LAST, incidents = (): number => 0): Generated {
  const n = total - BASE.events.length;
  const events: Event[] = [...BASE.events];
  for (let i = 0; i < n; i++) {
    const day = dayOf(i, n, first, last);
    const e = next(day);
    if (e !== null) events.push({ ...e, at: day } as Event);
  }
  const lastDay = (events[events.length - 1]?.at ?? REGISTERED_ON).slice(0, 10);
  return { name, file: { service: BASE.service, events }, asOf: lastDay, incidents: incidents() };
}

/** A: monitoring cycles only (Notice of Monitoring 15.1(2)/(3), reply, interview, result confirmed). */
function monitoringCase(total: number): Generated {
  let k = 0;
  return build(`A ${total}`, total, () => {
    const step = k % 4;
    const cycle = Math.floor(k / 4);
    k++;
    switch (step) {
      case 0:
        return { type: 'oso.notifiedMonitoring', trigger: cycle % 2 === 0 ? '15.1(3)' : '15.1(2)', matters: `Cycle ${cycle}` };
      case 1:
        return { type: 'applicant.repliedToMonitoring' };
      case 2:
        return { type: 'oso.interviewedRegistrant' };
      default:
        return { type: 'oso.notifiedMonitoringResult', confirmed: true };
    }
  });
}

/**
 * The incident-heavy stream, in groups of four incidents (eight events, four of them new
 * incidents): the first incident gets its Urgent and Confirmed Reports and a further report goes
 * to an earlier reported incident; the second its Urgent Report only; the last two nothing more.
 */
function incidentStream(seed: number): { next: () => Omit<Event, 'at'>; incidents: () => number } {
  const random = rng(seed);
  const reported: string[] = [];
  const queue: Omit<Event, 'at'>[] = [];
  let n = 0;
  const next = (): Omit<Event, 'at'> => {
    if (queue.length === 0) {
      n++;
      const id = `INC-${n}`;
      queue.push({ type: 'applicant.recognizedIncident', incidentId: id, seriousness: 'serious', description: `Synthetic incident ${n}` });
      const kind = (n - 1) % 4;
      if (kind <= 1) queue.push({ type: 'applicant.submittedUrgentReport', incidentId: id });
      if (kind === 0) {
        queue.push({ type: 'applicant.submittedConfirmedReport', incidentId: id });
        queue.push({ type: 'applicant.submittedFurtherReport', incidentId: reported.length === 0 ? id : (reported[random(reported.length)] as string) });
      }
      if (kind <= 1) reported.push(id);
    }
    return queue.shift() as Omit<Event, 'at'>;
  };
  return { next, incidents: () => n };
}

/** B: about half of the events recognize a new incident; most stay open. */
function incidentCase(total: number): Generated {
  const s = incidentStream(0xb);
  return build(`B ${total}`, total, s.next, FIRST, LAST, s.incidents);
}

/**
 * C: 600 open incidents (Urgent Report for all, Confirmed Report for a third) before the expiry,
 * time passing past it (the registration is deleted under 18.2(1) and the incidents closed), then
 * 2,000 events after it: further and Urgent Reports on closed incidents, Notices of Monitoring and
 * new incidents, all of which the rules refuse.
 */
function afterExpiryCase(INCIDENTS = 600, AFTER = 2000): Generated {
  const before: Omit<Event, 'at'>[] = [];
  for (let n = 1; n <= INCIDENTS; n++) {
    const id = `INC-${n}`;
    before.push({ type: 'applicant.recognizedIncident', incidentId: id, seriousness: 'serious' }, { type: 'applicant.submittedUrgentReport', incidentId: id });
    if (n % 3 === 0) before.push({ type: 'applicant.submittedConfirmedReport', incidentId: id });
  }
  const events: Event[] = [...BASE.events];
  before.forEach((e, i) => events.push({ ...e, at: dayOf(i, before.length, FIRST, LAST) } as Event));
  const passed = addDays(EXPIRES_ON, 1);
  events.push({ type: 'time.passed', at: passed, note: 'Past the expiry without a renewal application (12.1, 18.2(1))' });
  const random = rng(0xc);
  const afterFirst = addDays(passed, 1);
  const afterLast = addDays(afterFirst, 119);
  for (let i = 0; i < AFTER; i++) {
    const at = dayOf(i, AFTER, afterFirst, afterLast);
    const old = `INC-${1 + random(INCIDENTS)}`;
    switch (i % 4) {
      case 0:
        events.push({ type: 'applicant.submittedFurtherReport', at, incidentId: old });
        break;
      case 1:
        events.push({ type: 'applicant.submittedUrgentReport', at, incidentId: old });
        break;
      case 2:
        events.push({ type: 'oso.notifiedMonitoring', at, trigger: '15.1(3)' });
        break;
      default:
        events.push({ type: 'applicant.recognizedIncident', at, incidentId: `INC-AFTER-${i}`, seriousness: 'serious' });
    }
  }
  return { name: `C ${events.length}`, file: { service: BASE.service, events }, asOf: addDays(afterLast, 1), incidents: INCIDENTS };
}

// ---------------------------------------------------------------------------------------------
// Timing.

const now = (): number => performance.now();
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const fmtInt = (x: number): string => x.toLocaleString('en-US');
const counts = (xs: readonly string[]): string =>
  Object.entries(xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {}))
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${fmtInt(v)}`)
    .join(', ');

interface Timed {
  readonly c: Generated;
  readonly events: number;
  readonly medianMs: number;
  readonly runs: number;
  readonly usPerEvent: number;
  readonly refused: number;
  readonly refusedBy: string;
  readonly applied: number;
}

/**
 * Times `evaluateCase` on `c`: one warm-up, then the median of as many runs as fit in about 1.5 s
 * (5 to 21; 3 when a run takes over 1 s, 1 when it takes over 5 s).
 */
function timeEvaluate(c: Generated): Timed {
  const t0 = now();
  const r = evaluateCase(c.file, { asOf: c.asOf });
  const warm = now() - t0;
  const runs = warm > SLOW_RUN_MS ? 1 : warm > 1000 ? 3 : Math.min(21, Math.max(5, Math.floor(1500 / warm)));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    evaluateCase(c.file, { asOf: c.asOf });
    times.push(now() - t);
  }
  const medianMs = median(times);
  const events = c.file.events.length;
  return { c, events, medianMs, runs, usPerEvent: (medianMs * 1000) / events, refused: r.refused.length, refusedBy: counts(r.refused.map((x) => x.code)), applied: r.applied };
}

/** Per-call median of `applyEvent(state, event)`: at least 200 calls, up to 2,000 or about 2 s. */
function timeApply(state: CaseState, event: Event): { us: number; calls: number; ok: boolean } {
  const first = applyEvent(state, event);
  for (let i = 0; i < 10; i++) applyEvent(state, event);
  const times: number[] = [];
  const start = now();
  while (times.length < 2000 && (times.length < 200 || now() - start < 2000)) {
    const t = now();
    applyEvent(state, event);
    times.push(now() - t);
  }
  return { us: median(times) * 1000, calls: times.length, ok: first.ok };
}

// ---------------------------------------------------------------------------------------------
// The run.

const started = now();
const out: string[] = [];
const say = (line = ''): void => {
  out.push(line);
  console.log(line);
};

say(`# Engine scaling${QUICK ? ' (--quick)' : ''}`);
say();
say(`Node ${process.version}. Base: examples/kintai-cloud-registration.json (${BASE.events.length} events, registered ${REGISTERED_ON}, expires ${EXPIRES_ON}); generated events ${FIRST} … ${LAST} unless said otherwise.`);
say();

// Warm the JIT on small cases of every kind before timing anything: the first ten or so runs of a
// case are several times slower than the later ones.
for (const c of [monitoringCase(500), incidentCase(300), afterExpiryCase(40, 200)]) for (let i = 0; i < 15; i++) evaluateCase(c.file, { asOf: c.asOf });

const mix = (c: Generated): string => counts(c.file.events.slice(BASE.events.length).map((e) => e.type.replace(/^[a-z]+\./, '')));
const results: { a: Timed[]; b: Timed[] } = { a: [], b: [] };
say('## Cases');
say();
for (const size of SIZES) {
  for (const [kind, make] of [['a', monitoringCase], ['b', incidentCase]] as const) {
    const c = make(size);
    const t = timeEvaluate(c);
    results[kind].push(t);
    say(`* **${c.name}**: ${fmtInt(t.events)} events, ${fmtInt(c.incidents)} incidents, as of ${c.asOf}; generated: ${mix(c)}. Applied ${fmtInt(t.applied)}, refused ${fmtInt(t.refused)}${t.refused === 0 ? '' : ` (${t.refusedBy})`}. ${fmt(t.medianMs)} ms (median of ${t.runs}).`);
  }
}
const expired = afterExpiryCase();
const resultC = timeEvaluate(expired);
say(`* **${expired.name}** (after expiry): ${fmtInt(resultC.events)} events, ${fmtInt(expired.incidents)} incidents before the expiry, time.passed on ${addDays(EXPIRES_ON, 1)}, ${fmtInt(resultC.events - resultC.applied)} refused events after it, as of ${expired.asOf}; generated: ${mix(expired)}. Applied ${fmtInt(resultC.applied)}, refused ${fmtInt(resultC.refused)} (${resultC.refusedBy}). ${fmt(resultC.medianMs)} ms (median of ${resultC.runs}).`);
say();

// applyEvent on the state of case B after 100 and after 10,000 events.
const [small, big] = APPLY_SIZES;
const stream = incidentCase(big).file.events;
const apply: { size: number; newIncident: ReturnType<typeof timeApply>; further: ReturnType<typeof timeApply>; openId: string; refusedWhileBuilding: number; buildMs: number }[] = [];
{
  let state = startCase(BASE.service);
  let refusedWhileBuilding = 0;
  const t0 = now();
  for (let i = 0; i < big; i++) {
    const r = applyEvent(state, stream[i]);
    if (r.ok) state = r.state;
    else refusedWhileBuilding++;
    const size = i + 1;
    if (size === small || size === big) {
      const events = stream.slice(0, size);
      const lastDay = (events[events.length - 1]?.at ?? REGISTERED_ON).slice(0, 10);
      const openId = ([...events].reverse().find((e) => e.type === 'applicant.submittedUrgentReport')?.['incidentId'] as string | undefined) ?? 'INC-1';
      const buildMs = now() - t0;
      const newIncident = timeApply(state, { type: 'applicant.recognizedIncident', at: lastDay, incidentId: 'INC-BENCH-NEW', seriousness: 'serious' });
      const further = timeApply(state, { type: 'applicant.submittedFurtherReport', at: lastDay, incidentId: openId });
      apply.push({ size, newIncident, further, openId, refusedWhileBuilding, buildMs });
    }
  }
}
say(`* **applyEvent**: the states of case B after ${fmtInt(small)} and ${fmtInt(big)} events, built one event at a time with applyEvent (${fmtInt(apply[1]?.refusedWhileBuilding ?? 0)} refused; ${fmt((apply[1]?.buildMs ?? 0) / 1000, 1)} s to build ${fmtInt(big)}); timed: a new \`applicant.recognizedIncident\` and an \`applicant.submittedFurtherReport\` on an open incident, dated the last day.`);
for (const a of apply) {
  say(`  * after ${fmtInt(a.size)} events: new incident ${fmt(a.newIncident.us)} µs (median of ${fmtInt(a.newIncident.calls)}, ${a.newIncident.ok ? 'applied' : 'REFUSED'}); further report on ${a.openId} ${fmt(a.further.us)} µs (median of ${fmtInt(a.further.calls)}, ${a.further.ok ? 'applied' : 'REFUSED'})`);
}
say();

// The table and the goals.
const lo = (xs: Timed[]): Timed => xs[0] as Timed;
const hi = (xs: Timed[]): Timed => xs[xs.length - 1] as Timed;
const exponent = (xs: Timed[]): number => Math.log(hi(xs).medianMs / lo(xs).medianMs) / Math.log(hi(xs).events / lo(xs).events);
const expA = exponent(results.a);
const expB = exponent(results.b);
const bOverA = hi(results.b).usPerEvent / hi(results.a).usPerEvent;
const ratioNew = (apply[1]?.newIncident.us ?? NaN) / (apply[0]?.newIncident.us ?? NaN);
const ratioFurther = (apply[1]?.further.us ?? NaN) / (apply[0]?.further.us ?? NaN);
const top = fmtInt(hi(results.a).events);
const span = `${fmtInt(lo(results.a).events)}→${top}`;
const met = (ok: boolean): string => (ok ? 'met' : '**NOT met**');

say('## µs per event (evaluateCase, median)');
say();
say(`| case | ${SIZES.map((s) => `${fmtInt(s)} events`).join(' | ')} | exponent ${span} |`);
say(`|---|${SIZES.map(() => '---:').join('|')}|---:|`);
say(`| A monitoring only | ${results.a.map((t) => fmt(t.usPerEvent)).join(' | ')} | ${fmt(expA, 2)} |`);
say(`| B incident heavy | ${results.b.map((t) => fmt(t.usPerEvent)).join(' | ')} | ${fmt(expB, 2)} |`);
say(`| total ms A | ${results.a.map((t) => fmt(t.medianMs)).join(' | ')} | |`);
say(`| total ms B | ${results.b.map((t) => fmt(t.medianMs)).join(' | ')} | |`);
say();
say(`| measure | value |`);
say(`|---|---:|`);
say(`| C after expiry (${fmtInt(resultC.events)} events, ${fmtInt(resultC.refused)} refused): µs/event | ${fmt(resultC.usPerEvent)} (${fmt(resultC.medianMs)} ms) |`);
say(`| B / A per event at ${top} | ${fmt(bOverA, 2)} |`);
say(`| applyEvent new incident: ${fmtInt(big)} vs ${fmtInt(small)} | ${fmt(ratioNew, 2)} (${fmt(apply[1]?.newIncident.us ?? NaN)} / ${fmt(apply[0]?.newIncident.us ?? NaN)} µs) |`);
say(`| applyEvent further report: ${fmtInt(big)} vs ${fmtInt(small)} | ${fmt(ratioFurther, 2)} (${fmt(apply[1]?.further.us ?? NaN)} / ${fmt(apply[0]?.further.us ?? NaN)} µs) |`);
say();
say(`## Goals${QUICK ? ` (--quick: measured ${span} and applyEvent ${fmtInt(big)} vs ${fmtInt(small)}, not the 500→8,000 and 100 vs 10,000 of the goals)` : ''}`);
say();
say(`* growth exponent of A ≤ ${GOAL_EXPONENT}: ${fmt(expA, 2)}: ${met(expA <= GOAL_EXPONENT)}`);
say(`* growth exponent of B ≤ ${GOAL_EXPONENT}: ${fmt(expB, 2)}: ${met(expB <= GOAL_EXPONENT)}`);
say(`* B within ${GOAL_B_OVER_A}× of A per event at ${top}: ${fmt(bOverA, 2)}×: ${met(bOverA <= GOAL_B_OVER_A)}`);
say(`* applyEvent at ${fmtInt(big)} within ${GOAL_APPLY_RATIO}× of ${fmtInt(small)}: new incident ${fmt(ratioNew, 2)}×, further report ${fmt(ratioFurther, 2)}×: ${met(ratioNew <= GOAL_APPLY_RATIO && ratioFurther <= GOAL_APPLY_RATIO)}`);
say();
say(`Total run time ${fmt((now() - started) / 1000, 1)} s.`);
