/**
 * The questions `describeCase` asks XState to list the allowed events ("does `getTransitionData`
 * take this transition for this event?"), asked with an event that records whether the guards
 * read its instant, its day or the case facts. An answer that read none of them holds on every
 * day; one that read the facts holds while they are the same; one that read the day holds until
 * the next day on which a comparison it can make flips: the day of a date its snapshot's context
 * or the facts hold, the day after it, or such a day of the Supplementary Provisions (guards
 * compare the day with nothing else, and never look at the time of day: the oracle tests of
 * `nextWakeUp` check both). So `nextWakeUp` asks again only the few questions whose answer can
 * change, and keeps the answers per snapshot (snapshots are immutable) for its next call.
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot, AnyTransitionDefinition } from 'xstate';
import { formatDay } from '../../calendar/_lib/days.js';
import { dayOf } from '../../calendar/_lib/parse.js';
import { PROVISION_RULES } from '../../rules/provisions/index.js';
import { EVENT_TYPES } from '../events/catalogue.js';
import type { TransitionMeta } from '../_lib/meta.js';
import type { CaseFacts } from '../_lib/routed.js';
import { stampOf } from '../_lib/time.js';
import { INSTANCE_PROCESSES, initialSnapshot } from '../processes.js';
import { allRefs, get, type CaseState, type Ref } from './state.js';
import { nextTransitions, selectsOf } from './view.js';

/** The last day the calendar supports. @internal */
export const LAST_SUPPORTED_DAY = '2099-12-31';

/** The day after `day` (`day` itself for the last supported day). @internal */
export const nextDay = (day: string): string => (day >= LAST_SUPPORTED_DAY ? day : formatDay(dayOf(day) + 1));

/** The days on which a comparison with one of `dates` may flip: each date, and the day after it. */
function flipDays(dates: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const d of dates) {
    out.add(d);
    out.add(nextDay(d));
  }
  return out;
}

/** The dates of the Supplementary Provisions: the first and last days they govern. */
const provisionDays = (): Set<string> => flipDays(PROVISION_RULES.flatMap((r) => (r.until === undefined ? [r.from] : [r.from, r.until])));
let provisions: Set<string> | undefined;

const flipsByValue = new WeakMap<object, ReadonlySet<string>>();

const DATE_START = /^\d{4}-\d{2}-\d{2}/;

/** The day in Japan of a date or instant in the supported range, or `null` (free text that only starts like one). */
function dayIn(text: string): string | null {
  try {
    return text.length === 10 ? formatDay(dayOf(text)) : stampOf(text).day;
  } catch {
    return null;
  }
}

/**
 * The days on which a comparison with a date `value` holds (a context or the case facts, read
 * deeply; an instant by its day in Japan) may flip, with the Supplementary Provisions' own days;
 * remembered per object (contexts and facts are immutable).
 *
 * @internal
 */
export function flipDaysOf(value: unknown): ReadonlySet<string> {
  provisions ??= provisionDays();
  if (typeof value !== 'object' || value === null) return provisions;
  let days = flipsByValue.get(value);
  if (days === undefined) {
    const texts = new Set<string>();
    const visit = (v: unknown): void => {
      if (typeof v === 'string') {
        if (DATE_START.test(v)) texts.add(v);
      } else if (typeof v === 'object' && v !== null) {
        for (const x of Object.values(v)) visit(x);
      }
    };
    visit(value);
    const dates: string[] = [];
    for (const text of texts) {
      const day = dayIn(text);
      if (day !== null) dates.push(day);
    }
    days = new Set([...flipDays(dates), ...provisions]);
    flipsByValue.set(value, days);
  }
  return days;
}

/** What a question may read: the instant, its day and the case facts. @internal */
export interface Clock {
  readonly at: string;
  readonly day: string;
  readonly facts: CaseFacts;
}

/** One question, as `describeCase` asks it for one transition and one selecting payload. @internal */
export interface Probe {
  readonly ref: Ref;
  readonly snapshot: AnyMachineSnapshot;
  readonly t: AnyTransitionDefinition;
  /** The payload: the instance id and the values that select the transition. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** The key `describeCase` lists the event under (the first transition taken per key is listed). */
  readonly key: string;
  /** For a new incident or change (`describeCase` lists it without an id). */
  readonly fresh: boolean;
}

/** An answer, with what it read. @internal */
export interface Answer {
  readonly taken: boolean;
  /** It read the instant or the day: ask again after a day on which a comparison it can make may flip. */
  readonly readsDay: boolean;
  /** It read the facts: ask again when they differ from `facts`. */
  readonly readsFacts: boolean;
  /** The day and facts it was asked with. */
  readonly day: string;
  readonly facts: CaseFacts;
}

/** Are `a` and `b` the same JSON data? (Case facts: records, arrays, strings, numbers, booleans, `null`.) @internal */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const CASE_EVENTS: ReadonlySet<string> = /* @__PURE__ */ new Set(EVENT_TYPES);

/** The questions and last answers per snapshot and instance id (`''` for a new instance). */
const asked = new WeakMap<AnyMachineSnapshot, Map<string, { probes: Probe[]; answers: (Answer | undefined)[] }>>();

function probesFor(ref: Ref, snapshot: AnyMachineSnapshot, fresh: boolean): { probes: Probe[]; answers: (Answer | undefined)[] } {
  let byId = asked.get(snapshot);
  if (byId === undefined) asked.set(snapshot, (byId = new Map()));
  const id = fresh ? '' : (ref.id ?? '');
  let entry = byId.get(id);
  if (entry === undefined) {
    const spec = ref.def.instances;
    const ids = spec === undefined || ref.id === null ? {} : { [spec.idField]: ref.id };
    const probes: Probe[] = [];
    for (const t of nextTransitions(snapshot)) {
      if (!CASE_EVENTS.has(t.eventType)) continue;
      for (const variant of selectsOf(t.meta as TransitionMeta)) {
        probes.push({ ref, snapshot, t, payload: { ...ids, ...variant }, key: JSON.stringify([t.eventType, ref.def.name, id, variant]), fresh });
      }
    }
    byId.set(id, (entry = { probes, answers: probes.map(() => undefined) }));
  }
  return entry;
}

/**
 * Asks `p` as of `clock`: the event `describeCase` would build (`{ type, at, day, facts, ...payload }`),
 * its `at`, `day` and `facts` read through getters that note the reading.
 *
 * @internal
 */
export function ask(p: Probe, clock: Clock): Answer {
  const read = { day: false, facts: false };
  const event: Record<string, unknown> = { type: p.t.eventType };
  Object.defineProperties(event, {
    at: { enumerable: true, get: () => ((read.day = true), clock.at) },
    day: { enumerable: true, get: () => ((read.day = true), clock.day) },
    facts: { enumerable: true, get: () => ((read.facts = true), clock.facts) },
  });
  Object.assign(event, p.payload);
  const taken = p.ref.def.machine.getTransitionData(p.snapshot, event as never).includes(p.t);
  return { taken, readsDay: read.day, readsFacts: read.facts, day: clock.day, facts: clock.facts };
}

/**
 * Whether `answer` to `p` still holds as of `clock`: it read neither the day nor the facts, or
 * the facts are the same and no comparison it can make flips between its day and `clock.day`.
 *
 * @internal
 */
export function holds(answer: Answer, p: Probe, clock: Clock): boolean {
  if (answer.readsFacts && !sameData(answer.facts, clock.facts)) return false;
  if (!answer.readsDay || answer.day === clock.day) return true;
  const [from, to] = answer.day < clock.day ? [answer.day, clock.day] : [clock.day, answer.day];
  const flips = (days: ReadonlySet<string>) => [...days].some((d) => d > from && d <= to);
  return !flips(flipDaysOf(p.snapshot.context)) && !(answer.readsFacts && flips(flipDaysOf(clock.facts)));
}

/**
 * Whether `answer` to `p`, valid the day before `clock.day`, may change on it.
 *
 * @internal
 */
export function mayFlip(answer: Answer, p: Probe, clock: Clock): boolean {
  if (answer.readsFacts && !sameData(answer.facts, clock.facts)) return true;
  return answer.readsDay && (flipDaysOf(p.snapshot.context).has(clock.day) || (answer.readsFacts && flipDaysOf(clock.facts).has(clock.day)));
}

/**
 * Every question `describeCase` asks for the allowed events of `state`, in its order (each
 * process, each instance in arrival order, then a new incident and a new change), with its answer
 * as of `clock`: kept from an earlier call while it holds, else asked.
 *
 * @internal
 */
export function probesOf(state: CaseState, clock: Clock): { probes: Probe[]; answers: Answer[] } {
  const probes: Probe[] = [];
  const answers: Answer[] = [];
  const visit = (ref: Ref, snapshot: AnyMachineSnapshot, fresh: boolean) => {
    const entry = probesFor(ref, snapshot, fresh);
    entry.probes.forEach((p, i) => {
      const kept = entry.answers[i];
      const answer = kept !== undefined && holds(kept, p, clock) ? kept : ask(p, clock);
      entry.answers[i] = answer;
      probes.push(p);
      answers.push(answer);
    });
  };
  for (const ref of allRefs(state)) {
    const s = get(state, ref);
    if (s !== undefined) visit(ref, s, false);
  }
  for (const def of INSTANCE_PROCESSES) visit({ def, id: `(new ${def.name})` }, initialSnapshot(def), true);
  return { probes, answers };
}

/**
 * The questions whose events `describeCase` lists, given the answers: the first taken per key.
 *
 * @internal
 */
export function listed(probes: readonly Probe[], taken: (i: number) => boolean): Set<number> {
  const seen = new Set<string>();
  const out = new Set<number>();
  probes.forEach((p, i) => {
    if (!seen.has(p.key) && taken(i)) {
      seen.add(p.key);
      out.add(i);
    }
  });
  return out;
}
