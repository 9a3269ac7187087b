/**
 * A case as of an instant: time first passes to it (a missed period takes its consequence,
 * reported in `expiredAtAsOf`), then each process's states, the obligations their meta and
 * deadlines leave open, the events XState would take next, the list entry and the headline are
 * read off the snapshots. O(n) in the processes of the case, once per view.
 *
 * @module
 */
import type { AnyMachineSnapshot, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { InvalidArgumentError, timeOf } from '../../errors.js';
import { DayInputSchema, parseOrThrow } from '../../rules/schemas/index.js';
import { EVENT_CATALOGUE, EVENT_TYPES, type CaseEventType } from '../events/catalogue.js';
import type { DeadlineRecord, Deadlines } from '../_lib/deadlines.js';
import type { NodeMeta, ObligationSpec, TransitionMeta } from '../_lib/meta.js';
import { isBefore, stampOf, type Stamp } from '../_lib/time.js';
import { INSTANCE_PROCESSES, initialSnapshot } from '../processes.js';
import { listEntryOf } from '../registration/listEntry.js';
import { registrationStatusOf } from '../registration/process.js';
import type { RegistrationContext } from '../registration/context.js';
import { isArray, isRecord, readOptions } from '../../_lib/args.js';
import { isRealDate } from '../../_lib/describe.js';
import { officialContext } from '../../calendar/_lib/official.js';
import { basisOf } from '../../rules/basis/basis.js';
import { PROVISION_RULES, type ProvisionsInForce } from '../../rules/provisions/index.js';
import { allRefs, caseStateArgument, factsOf, get, type CaseState, type Ref } from './state.js';
import { atomicNodes, nodeMeta, provisionFactsOf, provisionsFor, stepParsed, type Ticked } from './step.js';
import type { AllowedEvent, Announcement, CaseView, ListEntry, Obligation, ProcessView, TraceEntry } from './types.js';

/**
 * The active state nodes of a snapshot: each atomic state in document order, then its ancestors
 * not listed yet (the order of XState's `getNextTransitions`, but in document order: a snapshot's
 * `_nodes` keep the order the states were entered in).
 */
function activeNodes(snapshot: AnyMachineSnapshot): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  const seen = new Set<AnyStateNode>();
  for (const atomic of atomicNodes(snapshot)) {
    for (let n: AnyStateNode | undefined = atomic; n !== undefined; n = n.parent) {
      if (seen.has(n)) continue;
      seen.add(n);
      out.push(n);
    }
  }
  return out;
}

/**
 * The meta of the active state nodes, atomic states first then their ancestors, each once.
 *
 * @internal
 */
export function activeMetas(snapshot: AnyMachineSnapshot): readonly NodeMeta[] {
  return activeNodes(snapshot).map(nodeMeta);
}

// ---------------------------------------------------------------------------------------------
// Obligations

/** Whether an obligation is owed in this context (`when`, `whenSet`). */
function applies(spec: ObligationSpec, context: Readonly<Record<string, unknown>>): boolean {
  if (spec.when !== undefined && valueAt(context, spec.when.field) !== spec.when.equals) return false;
  if (spec.unlessSet !== undefined && valueAt(context, spec.unlessSet) != null) return false;
  return spec.whenSet === undefined || dayAt(context, spec.whenSet) !== null;
}

/** The value at a dotted path of a context (`scSuspension.on`), or `undefined`. */
function valueAt(context: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = context;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Readonly<Record<string, unknown>>)[key] : undefined;
  return value;
}

/** The day at a dotted path of a context, or `null`. */
function dayAt(context: Readonly<Record<string, unknown>>, path: string): string | null {
  const value = valueAt(context, path);
  return typeof value === 'string' ? value : null;
}

/**
 * The obligations `spec` leaves open for the process at `ref` in `context` as of `day`: none when
 * it does not apply, one for each entry of its list (`each`), or one for each earlier deadline it
 * names (`earlier`) and one for its own. A
 * duty to keep records ends after its last day, so it is no longer listed then.
 *
 * @internal
 */
export function obligationsOf(ref: Ref, spec: ObligationSpec, context: Readonly<Record<string, unknown>>, day: string): Obligation[] {
  if (spec.each !== undefined) {
    const list = valueAt(context, spec.each);
    if (!Array.isArray(list)) return [];
    const { each: _each, ...one } = spec;
    return list.flatMap((entry: unknown) => (isRecord(entry) ? obligationsOf(ref, one, { ...context, ...entry }, day) : []));
  }
  if (!applies(spec, context)) return [];
  const out: Obligation[] = [];
  const earlier = spec.earlier === undefined ? undefined : context[spec.earlier];
  if (Array.isArray(earlier)) for (const record of earlier as readonly DeadlineRecord[]) pushOwed(out, ref, spec, context, day, record, record.lastDay);
  if (spec.period !== undefined) {
    const record = (context['deadlines'] as Deadlines | undefined)?.[spec.period];
    if (record !== undefined || spec.optional !== true) pushOwed(out, ref, spec, context, day, record, record?.lastDay ?? null);
  } else {
    const value = spec.dueField === undefined ? undefined : context[spec.dueField];
    pushOwed(out, ref, spec, context, day, undefined, typeof value === 'string' ? value : null);
  }
  return out;
}

/** Adds the obligation of `spec` with its last day (and the deadline behind it), unless it is a duty to keep that has ended. */
function pushOwed(out: Obligation[], ref: Ref, spec: ObligationSpec, context: Readonly<Record<string, unknown>>, day: string, record: DeadlineRecord | undefined, lastDay: string | null): void {
  const nature = spec.nature ?? 'act';
  const ends = nature === 'keep' || spec.endsAtLastDay === true;
  if (ends && lastDay !== null && day > lastDay) return;
  out.push({
    process: ref.def.name,
    instance: ref.id,
    actor: spec.actor,
    act: spec.act,
    forms: spec.forms ?? record?.forms ?? [],
    clause: spec.clause,
    lastDay,
    lastDayIfExtended: record?.lastDayIfExtended ?? lastDay,
    overdue: nature === 'act' && !ends && lastDay !== null && day > lastDay,
    kind: record?.kind ?? (lastDay === null ? null : 'hard'),
    nature,
    consequence: record?.consequence ?? null,
    countedFrom: record?.from ?? null,
    provisional: record?.provisional ?? false,
    due: lastDay === null ? (spec.due ?? null) : null,
    since: spec.since === undefined ? null : dayAt(context, spec.since),
  });
}

// ---------------------------------------------------------------------------------------------
// Allowed events

const CASE_EVENTS: ReadonlySet<string> = /* @__PURE__ */ new Set(EVENT_TYPES);

/**
 * The payloads that select a transition (its `probe` meta; one empty payload without).
 *
 * @internal
 */
export const selectsOf = (meta: TransitionMeta): readonly Readonly<Record<string, unknown>>[] =>
  meta.probe === undefined ? [{}] : Array.isArray(meta.probe) ? meta.probe : [meta.probe as Readonly<Record<string, unknown>>];

function until(source: AnyStateNode, context: unknown): string | null {
  const deadlines = (context as { deadlines?: Deadlines }).deadlines;
  for (const o of nodeMeta(source).obligations ?? []) {
    if (!applies(o, context as Readonly<Record<string, unknown>>)) continue;
    if (o.period !== undefined && deadlines?.[o.period] !== undefined) return deadlines[o.period]?.lastDay ?? null;
    if (o.dueField !== undefined) {
      const v = (context as Readonly<Record<string, unknown>>)[o.dueField];
      if (typeof v === 'string') return v;
    }
  }
  return null;
}

/**
 * Every transition of the active states, in the order of {@link activeNodes}, each state's in definition order.
 *
 * @internal
 */
export const nextTransitions = (snapshot: AnyMachineSnapshot): AnyTransitionDefinition[] => activeNodes(snapshot).flatMap((n) => [...n.transitions.values()].flat());

/**
 * The events XState would take from `snapshot`: each transition `getNextTransitions` lists for a
 * case event (in document order, see `nextTransitions`), with each payload that selects it, kept
 * when `getTransitionData` takes it.
 */
function allowedFrom(ref: Ref, snapshot: AnyMachineSnapshot, stamp: Stamp, facts: ReturnType<typeof factsOf>, out: AllowedEvent[], seen: Set<string>, newInstance: boolean): void {
  const spec = ref.def.instances;
  const ids: Record<string, string> = spec === undefined || ref.id === null ? {} : { [spec.idField]: ref.id };
  for (const t of nextTransitions(snapshot)) {
    const type = t.eventType;
    if (!CASE_EVENTS.has(type)) continue;
    const meta = t.meta as TransitionMeta;
    for (const variant of selectsOf(meta)) {
      const key = JSON.stringify([type, ref.def.name, newInstance ? '' : (ref.id ?? ''), variant]);
      if (seen.has(key)) continue;
      const event = { type, at: stamp.at, day: stamp.day, facts, ...ids, ...variant };
      if (!ref.def.machine.getTransitionData(snapshot, event as never).includes(t)) continue;
      seen.add(key);
      const info = EVENT_CATALOGUE[type as CaseEventType];
      out.push({
        type: type as CaseEventType,
        label: meta.label,
        actor: info.actor,
        process: ref.def.name,
        instance: newInstance ? null : ref.id,
        clauses: meta.clauses,
        forms: meta.forms ?? [],
        variant,
        until: until(t.source, snapshot.context),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The view

/**
 * The announcements in force on the list (13.12, 14.5, 16.8), from the `announces` meta of the
 * active states.
 *
 * @internal
 */
export function announcements(state: CaseState): Announcement[] {
  const out: Announcement[] = [];
  for (const ref of allRefs(state)) {
    const s = get(state, ref);
    if (s === undefined || ref.def.announces === undefined) continue;
    for (const meta of activeMetas(s)) if (meta.announces !== undefined) out.push(ref.def.announces(s, ref.id, meta));
  }
  return out;
}

function headlineOf(state: CaseState, processes: readonly ProcessView[], obligations: readonly Obligation[], entry: ListEntry | null): string {
  const parts: string[] = [];
  const registration = state.singles['registration'] as AnyMachineSnapshot;
  const procedure = state.singles['procedure'] as AnyMachineSnapshot;
  const reg = registration.context as RegistrationContext;
  const status = registrationStatusOf(registration);
  const label = (process: string) => processes.find((p) => p.process === process)?.states.map((s) => s.label).join('; ') ?? '';
  if (status === 'registered' || status === 'withdrawing') {
    const expiry = reg.deadlines['BR3.5']?.lastDay;
    const since = (entry?.announcements ?? []).filter((a) => a.kind === 'suspended').map((a) => a.since ?? '?').sort()[0];
    const suspended = entry?.status === 'suspended' ? `, SUSPENDED since ${since ?? '?'}` : '';
    parts.push(`Registered since ${reg.registeredOn ?? '?'}${suspended} (${label('registration')}${expiry === undefined ? '' : `; expiry ${expiry}`})`);
  } else if (status === 'deleted' || status === 'notRenewed') {
    parts.push(`Registration ended on ${reg.deletion?.on ?? '?'} (${reg.deletion?.ground ?? ''})`);
  }
  if (!procedure.matches('idle') && !(procedure.matches('registered') && parts.length > 0)) parts.push(`Procedure: ${label('procedure')}`);
  if (parts.length === 0) parts.push('No procedure started');
  // An incident is open while it owes something or its suspension is announced: each counted once, by id.
  const open = new Set(obligations.filter((o) => o.process === 'incident' && o.nature !== 'continuing').map((o) => o.instance));
  for (const ref of allRefs(state)) {
    if (ref.def.name !== 'incident' || ref.def.announces === undefined || (entry?.announcements.length ?? 0) === 0) continue;
    const s = get(state, ref);
    if (s !== undefined && activeMetas(s).some((m) => m.announces === 'suspended')) open.add(ref.id);
  }
  if (open.size > 0) parts.push(`${open.size} incident${open.size === 1 ? '' : 's'} open`);
  const overdue = obligations.filter((o) => o.overdue).length;
  if (overdue > 0) parts.push(`${overdue} obligation${overdue === 1 ? '' : 's'} overdue`);
  return parts.join(' · ');
}

/**
 * Reads `asOf` (a date or an instant with offset, or a `Date`).
 *
 * @internal
 */
export function asOfStamp(asOf: string | Date): Stamp {
  const time = isRealDate(asOf) ? timeOf(asOf) : Number.NaN;
  const text = !Number.isNaN(time) ? new Date(time).toISOString() : asOf;
  return stampOf(parseOrThrow(DayInputSchema, text, 'the as-of date'));
}

/**
 * The view of `state` as of `stamp`, the state after the tick to it, and the tick's entry when it
 * took a step (with the steps `carried` from a replay's refused events).
 *
 * @internal
 */
export function viewAt(state: CaseState, stamp: Stamp, carried: Ticked | null = null): { view: CaseView; state: CaseState; tick: TraceEntry | null } {
  if (state.clock !== null && isBefore(stamp, state.clock)) {
    throw new InvalidArgumentError('asOf', stamp.at, `an instant on or after the last event applied (${state.clock.at})`);
  }
  const ticked = stepParsed(state, { type: 'time.passed', at: stamp.at }, null, carried).result;
  const after = ticked.ok ? ticked.state : state;
  const tick = ticked.ok && ticked.entry.steps.length > 0 ? ticked.entry : null;
  const facts = factsOf(after, stamp.day);
  const processes: ProcessView[] = [];
  const obligations: Obligation[] = [];
  const allowed: AllowedEvent[] = [];
  const seen = new Set<string>();
  for (const ref of allRefs(after)) {
    const s = get(after, ref);
    if (s === undefined) continue;
    processes.push({
      process: ref.def.name,
      instance: ref.id,
      states: atomicNodes(s).map((n) => {
        const m = nodeMeta(n);
        return { id: n.id, label: m.label, clauses: m.clauses, forms: m.forms ?? [] };
      }),
    });
    for (const meta of activeMetas(s)) {
      for (const spec of meta.obligations ?? []) obligations.push(...obligationsOf(ref, spec, s.context as Readonly<Record<string, unknown>>, stamp.day));
    }
    allowedFrom(ref, s, stamp, facts, allowed, seen, false);
  }
  for (const def of INSTANCE_PROCESSES) allowedFrom({ def, id: `(new ${def.name})` }, initialSnapshot(def), stamp, facts, allowed, seen, true);
  const clock = EVENT_CATALOGUE['time.passed'];
  allowed.push({ type: 'time.passed', label: clock.label, actor: 'clock', process: 'clock', instance: null, clauses: clock.clauses, forms: [], variant: {}, until: null });
  const listEntry = listEntryOf(after.singles['registration'] as AnyMachineSnapshot, after.service, () => announcements(after));
  const provisions = provisionsFor(provisionFactsOf(after, null, null));
  const view: CaseView = {
    schemaVersion: 1,
    service: after.service,
    asOf: { at: stamp.at, day: stamp.day },
    headline: headlineOf(after, processes, obligations, listEntry),
    processes,
    obligations,
    allowed,
    listEntry,
    expiredAtAsOf: tick?.steps ?? [],
    provisions,
    basis: basisOf(appliedProvisions(after, provisions), officialContext().basis),
  };
  return { view, state: after, tick };
}

/**
 * What a case looks like as of an instant, without replaying its history: where each process
 * stands, the open obligations (overdue as of `asOf`), the events allowed next and the list
 * entry. Periods that ran out by `asOf` take their consequence first, as if a clock tick came
 * at `asOf`; those are listed in `expiredAtAsOf`. The state itself is not changed.
 *
 * @param state - the case
 * @param options - `asOf`: a `YYYY-MM-DD` date or an instant with offset, on or after the last event
 * @returns the {@link CaseView}, plain JSON
 * @throws {@link ValidationError} for a malformed `asOf`; {@link InvalidArgumentError} when it is before the last event,
 *   when `state` is not a case state or `options` is not `{ asOf }`
 * @example
 * ```ts
 * describeCase(startCase({ name: 'Kintai Cloud' }), { asOf: '2024-04-01' }).allowed[0]?.type;
 * //=> 'applicant.submittedPriorApplication'
 * ```
 */
export function describeCase(state: CaseState, options: { readonly asOf: string | Date }): CaseView {
  return viewAt(caseStateArgument(state, 'describeCase'), asOfOption(options, 'describeCase')).view;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isDay = (v: unknown): boolean => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);
const orNull = (test: (v: unknown) => boolean) => (v: unknown): boolean => v === null || test(v);
const arrayOf = (test: (v: unknown) => boolean) => (v: unknown): boolean => isArray(v) && v.every(test);

/** The fields of an obligation the renderers read, and what each must be. */
const OBLIGATION_FIELDS: Readonly<Record<string, (v: unknown) => boolean>> = {
  process: isString,
  instance: orNull(isString),
  actor: isString,
  act: isString,
  forms: arrayOf(isString),
  clause: isString,
  lastDay: orNull(isDay),
  lastDayIfExtended: orNull(isDay),
  overdue: (v) => typeof v === 'boolean',
  countedFrom: orNull(isDay),
};

const isObligation = (v: unknown): boolean =>
  isRecord(v) && Object.entries(OBLIGATION_FIELDS).every(([key, test]) => test(v[key]));

/**
 * `value` if it is a {@link CaseView} (what {@link describeCase} or `evaluateCase` returned,
 * possibly through JSON; with `evaluation`, what `evaluateCase` returned, with its `refused` and
 * `trace`), checked by its shape and the fields of its obligations, else an
 * {@link InvalidArgumentError} naming the door.
 *
 * @internal
 */
export function caseViewArgument<V extends CaseView>(value: unknown, fn: string, evaluation = false): V {
  if (isRecord(value)) {
    const { service, asOf, processes, obligations, allowed } = value;
    if (
      isRecord(service) && isString(service['name'])
      && isRecord(asOf) && isString(asOf['at']) && isDay(asOf['day'])
      && isString(value['headline'])
      && arrayOf(isRecord)(processes) && arrayOf(isRecord)(allowed) && arrayOf(isObligation)(obligations)
      && ((!evaluation && value['refused'] === undefined) || arrayOf(isRecord)(value['refused']))
      && ((!evaluation && value['trace'] === undefined) || arrayOf(isRecord)(value['trace']))
    ) return value as unknown as V;
  }
  throw new InvalidArgumentError('evaluation', value, `an evaluation (from evaluateCase${evaluation ? '' : ' or describeCase'}) as the first argument of ${fn}`);
}

/**
 * The provisions a case's answer applies, in the order of `PROVISION_RULES`: those the case's
 * facts decide apply, and those each instance's own facts do (an incident's recognition day
 * decides 13.1–13.7 and 18.2(6) for that incident).
 *
 * @internal
 */
export function appliedProvisions(state: CaseState, provisions: ProvisionsInForce): string[] {
  const applied = new Set<string>();
  const add = (p: ProvisionsInForce) => {
    for (const d of p.decisions) if (d.applies) applied.add(d.provision);
  };
  add(provisions);
  for (const ref of allRefs(state)) if (ref.def.instances !== undefined) add(provisionsFor(provisionFactsOf(state, ref, null)));
  return PROVISION_RULES.map((r) => r.provision).filter((p) => applied.has(p));
}

/**
 * The `asOf` of a door's options (`{ asOf }`), checked and read as a {@link Stamp}.
 *
 * @internal
 */
export function asOfOption(options: unknown, fn: string): Stamp {
  const { asOf } = readOptions(options, `options of ${fn}`, ['asOf']);
  return asOfStamp(asOf as string | Date);
}
