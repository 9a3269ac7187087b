/**
 * `nextWakeUp`: when a case next changes by time alone. The machines have no timers, so a host
 * that keeps a case asks this after every event and looks at the case again then.
 *
 * Nothing is scanned day by day. Given the case ticked to `asOf`, the view can change only on a
 * day some comparison with the day flips: the day of a date the case holds (a deadline's last
 * day, a due date, the first day of a ground) or the day after it, or a day the Supplementary
 * Provisions name. On each such day, in order, three questions decide whether the view changes:
 * does an obligation turn overdue, does the clock take a step (a lapse, the expiry), and does an
 * allowed event appear or go. The last is cheap because each probe of the allowed events is
 * asked once with an event that records whether its guards read the day, the instant or the
 * case facts: only those that did are asked again.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { InvalidArgumentError } from '../../errors.js';
import { quote } from '../../_lib/text.js';
import { PROVISION_RULES, type ProvisionRule } from '../../rules/provisions/index.js';
import type { TransitionMeta } from '../_lib/meta.js';
import { isBefore } from '../_lib/time.js';
import type { Process } from '../process.js';
import { PROCESSES } from '../processes.js';
import { LAST_SUPPORTED_DAY, ask, flipDaysOf, listed, mayFlip, nextDay, probesOf, type Clock, type Probe } from './probes.js';
import { allRefs, caseStateArgument, factsOf, get, type CaseState } from './state.js';
import { stepParsed } from './step.js';
import type { Obligation } from './types.js';
import { activeMetas, asOfStamp, obligationsOf } from './view.js';

/**
 * What makes a case change at a wake-up:
 * * `period_ends`: an obligation's last day has passed (民法 141): an act is overdue from this day,
 *   a duty to keep records (7.6(7)) or an act no event records (10.1(4)) ends;
 * * `lapse`: a period ran out and the clock takes its consequence (4.5(1), 9.6(1), 10.9);
 * * `expiry`: the registration expires (12.1, 18.2(1)) with no renewal applied for;
 * * `available_from` / `available_until`: an event becomes allowed, or stops being allowed, on
 *   this day (e.g. a deletion under 18.2(6) one year after the incident, 13.5 once a requested
 *   report is overdue);
 * * `provision_in_force`: the same, because a provision of the Supplementary Provisions governs
 *   from this day.
 */
export type WakeUpKind = 'period_ends' | 'lapse' | 'expiry' | 'available_from' | 'available_until' | 'provision_in_force';

/** One reason a case changes at its wake-up. */
export interface WakeUpReason {
  /** What happens. */
  readonly kind: WakeUpKind;
  /** The clause behind it (for a provision, the item of the Supplementary Provisions). */
  readonly clause: string;
  /** The process it happens in. */
  readonly process: Process;
  /** The incident or change id, for those. */
  readonly instance: string | null;
  /** The reason in a sentence. */
  readonly text: string;
}

/** When a case next changes by time alone, and why. */
export interface WakeUp {
  /** The instant: 00:00 in Japan of `day`, e.g. `2025-01-09T00:00+09:00`. */
  readonly at: string;
  /** The day in Japan. */
  readonly day: IsoDate;
  /** Everything that changes at that instant (never empty). */
  readonly reasons: readonly WakeUpReason[];
}

const midnight = (day: string): string => `${day}T00:00+09:00`;

/** The days after `after` on which the view of `state` may change, in order. */
function candidateDays(state: CaseState, probes: readonly Probe[], facts: unknown, after: string): string[] {
  const out = new Set<string>();
  const add = (days: ReadonlySet<string>) => {
    for (const day of days) if (day > after) out.add(day);
  };
  for (const ref of allRefs(state)) add(flipDaysOf(get(state, ref)?.context));
  for (const p of new Set(probes.map((x) => x.snapshot))) add(flipDaysOf(p.context));
  add(flipDaysOf(facts));
  return [...out].sort();
}

/** The obligations of `state` whose last day is still to pass on `day`, by the day after it: an act turns overdue then, a duty to keep ends. */
function overdueDays(state: CaseState, day: string): Map<string, Ending[]> {
  const out = new Map<string, Ending[]>();
  for (const ref of allRefs(state)) {
    const s = get(state, ref);
    if (s === undefined) continue;
    for (const meta of activeMetas(s)) {
      for (const spec of meta.obligations ?? []) {
        for (const o of obligationsOf(ref, spec, s.context as Readonly<Record<string, unknown>>, day)) {
          if (o.nature === 'continuing' || o.lastDay === null || o.lastDay < day || o.lastDay >= LAST_SUPPORTED_DAY) continue;
          const from = nextDay(o.lastDay);
          out.set(from, [...(out.get(from) ?? []), { o, ends: o.nature === 'keep' || spec.endsAtLastDay === true }]);
        }
      }
    }
  }
  return out;
}

const where = (process: Process, instance: string | null) => (instance === null ? '' : `${process} ${quote(instance)}: `);

/** An obligation whose last day passes: it turns overdue, or (a duty to keep, an act no event records) it ends. */
interface Ending {
  readonly o: Obligation;
  readonly ends: boolean;
}

function overdueReason({ o, ends }: Ending, day: string): WakeUpReason {
  const consequence = o.consequence === null ? '' : `; ${o.consequence}`;
  const text =
    ends
      ? `${o.act} (${o.clause}, owed by ${o.actor}) until ${o.lastDay ?? '?'}: the ${o.nature === 'keep' ? 'duty' : 'period'} ends, and it is no longer listed from ${day}`
      : `${o.act} (${o.clause}, owed by ${o.actor}) was due by ${o.lastDay ?? '?'}: overdue from ${day}${consequence}`;
  return { kind: 'period_ends', clause: o.clause, process: o.process, instance: o.instance, text: `${where(o.process, o.instance)}${text}` };
}

function clockReason(p: Probe): WakeUpReason {
  const meta = p.t.meta as TransitionMeta;
  const def = p.ref.def;
  return { kind: def.name === 'registration' ? 'expiry' : 'lapse', clause: meta.clauses[0] ?? '', process: def.name, instance: null, text: `${meta.label} (${meta.clauses.join(', ')})` };
}

/** The rule of the Supplementary Provisions that starts or stops governing on `day` and that `p` cites. */
function provisionOf(p: Probe, day: string): ProvisionRule | undefined {
  const guard = typeof p.t.guard === 'string' ? p.t.guard : null;
  const clauses = [...(p.t.meta as TransitionMeta).clauses, ...(guard === null ? [] : (p.ref.def.guards[guard]?.clauses ?? []))];
  const cites = (r: ProvisionRule) => clauses.some((c) => c === r.sourceClause || c === r.provision || c.startsWith(`${r.provision}(`));
  return PROVISION_RULES.find((r) => (r.from === day || (r.until !== undefined && nextDay(r.until) === day)) && cites(r));
}

function allowedReason(p: Probe, day: string, gained: boolean): WakeUpReason {
  const meta = p.t.meta as TransitionMeta;
  const instance = p.fresh ? null : p.ref.id;
  const text = `${where(p.ref.def.name, instance)}${meta.label} (${p.t.eventType}) ${gained ? 'is allowed' : 'is no longer allowed'} from ${day}`;
  const rule = provisionOf(p, day);
  const guard = typeof p.t.guard === 'string' ? p.ref.def.guards[p.t.guard] : undefined;
  if (rule === undefined) return { kind: gained ? 'available_from' : 'available_until', clause: guard?.clauses[0] ?? meta.clauses[0] ?? '', process: p.ref.def.name, instance, text };
  const which = rule.provision === 'rules' ? 'the rules govern' : `${rule.provision} governs`;
  return { kind: 'provision_in_force', clause: rule.sourceClause, process: p.ref.def.name, instance, text: `${text}: ${which} ${rule.appliesTo} (${rule.source})` };
}

/** The case ticked to `clock` (its lapsed periods take their consequence), as `describeCase` sees it. */
function tickedTo(state: CaseState, clock: Clock): CaseState {
  const event = { type: 'time.passed', at: clock.at, day: clock.day, facts: clock.facts };
  const reacts = PROCESSES.some((def) => {
    const s = def.ticks === true ? get(state, { def, id: null }) : undefined;
    return s !== undefined && def.machine.getTransitionData(s, event as never).length > 0;
  });
  if (!reacts) return state;
  const r = stepParsed(state, { type: 'time.passed', at: clock.at }).result;
  return r.ok ? r.state : state;
}

const clockOf = (state: CaseState, at: string, day: string): Clock => ({ at, day, facts: factsOf(state, day) });

/**
 * The next instant after `asOf` at which the case changes with no new event: the first day on
 * which {@link describeCase} (everything but its `asOf`) differs from its answer as of `asOf`,
 * at 00:00 in Japan, with every reason that fires then. A period ends at 24:00 of its last day
 * (民法 141), so its consequence comes at 00:00 of the day after; an expiry, a provision coming
 * into force or an "available from" day (18.2(6)) comes at 00:00 of its day. `null` when nothing
 * can change by time alone (only a new event can). Pure: `asOf` is an argument, never the clock.
 *
 * A host that keeps cases calls it after each event (and after each wake-up) and schedules a
 * `time.passed` event, or just a fresh {@link describeCase}, at `at`.
 *
 * @param state - the case, from {@link startCase}, {@link applyEvent} or {@link restoreCase}
 * @param asOf - a `YYYY-MM-DD` date (the whole day), an instant with offset or a `Date`, on or
 *   after the last event applied
 * @returns the {@link WakeUp}, or `null`
 * @throws {@link ValidationError} for a malformed `asOf`
 * @throws {@link InvalidArgumentError} when `state` is not a case state or `asOf` is before its last event
 * @example
 * ```ts
 * let c = startCase({ name: 'Kintai Cloud' });
 * c = applyEvent(c, {
 *   type: 'applicant.submittedPriorApplication', at: '2024-04-10', submitted: ['form-1-1', 'form-1-2'],
 *   inJapanese: true, contentsComplete: false, onListOfTargetOperations: true,
 *   evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-03-01', result: 'low' }],
 * }).state;
 * nextWakeUp(c, '2024-04-10')?.at; //=> '2024-04-25T00:00+09:00' (OSO's review, 4.3, in principle to 2024-04-24)
 * c = applyEvent(c, { type: 'oso.requestedPriorApplicationInfo', at: '2024-04-15' }).state;
 * const w = nextWakeUp(c, '2024-04-15');
 * w?.at; //=> '2024-05-16T00:00+09:00' (one month to answer, 4.5(1): to 2024-05-15)
 * w?.reasons.map((r) => [r.kind, r.clause]); //=> [['period_ends', '4.5(1)'], ['lapse', '4.5(1)']]
 * nextWakeUp(startCase({ name: 'Kintai Cloud' }), '2024-04-01'); //=> null
 * ```
 * @see 民法 141, 12.1, 13.2, 18.2(6), the Supplementary Provisions
 */
export function nextWakeUp(state: CaseState, asOf: string | Date): WakeUp | null {
  const checked = caseStateArgument(state, 'nextWakeUp');
  const stamp = asOfStamp(asOf);
  if (checked.clock !== null && isBefore(stamp, checked.clock)) {
    throw new InvalidArgumentError('asOf', stamp.at, `an instant on or after the last event applied (${checked.clock.at})`);
  }
  const unticked = clockOf(checked, stamp.at, stamp.day);
  const now = tickedTo(checked, unticked);
  const base = now === checked ? unticked : clockOf(now, stamp.at, stamp.day);
  const { probes, answers } = probesOf(now, base);
  const listedBefore = listed(probes, (i) => answers[i]?.taken === true);
  const overdue = overdueDays(now, stamp.day);
  const current = [...answers];
  for (const day of candidateDays(now, probes, base.facts, stamp.day)) {
    const clock = clockOf(now, midnight(day), day);
    let changed = false;
    current.forEach((a, i) => {
      const p = probes[i] as Probe;
      if (!mayFlip(a, p, clock)) return;
      const answer = ask(p, clock);
      current[i] = answer;
      if (answer.taken !== answers[i]?.taken) changed = true;
    });
    const reasons = (overdue.get(day) ?? []).map((o) => overdueReason(o, day));
    // The clock's step (a lapse, the expiry) is the reason for what it opens or closes.
    const steps = probes.filter((p, i) => p.t.eventType === 'time.passed' && p.ref.def.ticks === true && current[i]?.taken === true && answers[i]?.taken !== true);
    if (steps.length > 0) reasons.push(...steps.map(clockReason));
    else if (changed) {
      const listedAfter = listed(probes, (i) => current[i]?.taken === true);
      for (const i of listedAfter) if (!listedBefore.has(i)) reasons.push(allowedReason(probes[i] as Probe, day, true));
      for (const i of listedBefore) if (!listedAfter.has(i)) reasons.push(allowedReason(probes[i] as Probe, day, false));
    }
    if (reasons.length > 0) return { at: clock.at, day, reasons };
  }
  return null;
}
