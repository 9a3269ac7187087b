/**
 * What may happen next: every case event whose transition is enabled from the current states,
 * probed with the payload values that select each transition.
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot, AnyStateNode } from 'xstate';
import { EVENT_CATALOGUE, type CaseEventType } from '../events/catalogue.js';
import type { Deadlines } from '../_lib/deadlines.js';
import type { TransitionMeta } from '../_lib/meta.js';
import type { CaseFacts } from '../_lib/routed.js';
import type { Stamp } from '../_lib/time.js';
import { PROCESSES, initialSnapshot } from './processes.js';
import { atomicNodes, evaluateGuard, nodeMeta } from './select.js';
import { allRefs, snapshotAt, type CaseState, type ProcessRef } from './state.js';
import type { AllowedEvent } from './view.js';

const probesOf = (meta: TransitionMeta): readonly Readonly<Record<string, unknown>>[] =>
  meta.probe === undefined ? [{}] : Array.isArray(meta.probe) ? meta.probe : [meta.probe as Readonly<Record<string, unknown>>];

function until(source: AnyStateNode, context: unknown): string | null {
  const deadlines = (context as { deadlines?: Deadlines }).deadlines;
  for (const o of nodeMeta(source).obligations ?? []) {
    if (o.period !== undefined && deadlines?.[o.period] !== undefined) return deadlines[o.period]?.lastDay ?? null;
    if (o.dueField !== undefined) {
      const v = (context as Record<string, unknown>)[o.dueField];
      if (typeof v === 'string') return v;
    }
  }
  return null;
}

function probe(ref: ProcessRef, snapshot: AnyMachineSnapshot, stamp: Stamp, facts: CaseFacts, out: AllowedEvent[], seen: Set<string>, newInstance: boolean): void {
  const spec = PROCESSES[ref.process];
  const ids = ref.key === null ? {} : ref.process === 'incident' ? { incidentId: ref.key } : { changeId: ref.key };
  for (const atomic of atomicNodes(snapshot)) {
    for (let n: AnyStateNode | undefined = atomic; n !== undefined; n = n.parent) {
      for (const [type, transitions] of n.transitions) {
        if (!(type in EVENT_CATALOGUE)) continue;
        for (const t of transitions) {
          const meta = t.meta as TransitionMeta;
          for (const variant of probesOf(meta)) {
            const event = { type, at: stamp.at, day: stamp.day, facts, ...ids, ...variant };
            if (typeof t.guard === 'string' && !evaluateGuard(spec, t.guard, snapshot.context, event).passed) continue;
            const key = `${type}|${ref.process}|${newInstance ? '' : (ref.key ?? '')}|${JSON.stringify(variant)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const info = EVENT_CATALOGUE[type as CaseEventType];
            out.push({
              type: type as CaseEventType,
              label: meta.label,
              actor: info.actor,
              process: ref.process,
              instance: newInstance ? null : ref.key,
              clauses: meta.clauses,
              forms: meta.forms ?? [],
              variant,
              until: until(t.source, snapshot.context),
            });
          }
        }
      }
    }
  }
}

/**
 * The events allowed in `state` at `stamp`, including those that would start a new incident
 * or a new change, and the clock tick.
 *
 * @internal
 */
export function allowedEvents(state: CaseState, stamp: Stamp, facts: CaseFacts): AllowedEvent[] {
  const out: AllowedEvent[] = [];
  const seen = new Set<string>();
  for (const ref of allRefs(state)) {
    const snapshot = snapshotAt(state, ref);
    if (snapshot !== undefined) probe(ref, snapshot, stamp, facts, out, seen, false);
  }
  probe({ process: 'incident', key: '(new incident)' }, initialSnapshot('incident'), stamp, facts, out, seen, true);
  probe({ process: 'change', key: '(new change)' }, initialSnapshot('change'), stamp, facts, out, seen, true);
  out.push({ type: 'time.passed', label: EVENT_CATALOGUE['time.passed'].label, actor: 'clock', process: 'clock', instance: null, clauses: EVENT_CATALOGUE['time.passed'].clauses, forms: [], variant: {}, until: null });
  return out;
}
