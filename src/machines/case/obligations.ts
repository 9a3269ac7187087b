/**
 * What is owed, from the active states' meta and the deadlines in their contexts.
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { DeadlineRecord, Deadlines } from '../_lib/deadlines.js';
import type { NodeMeta, ObligationSpec } from '../_lib/meta.js';
import { atomicNodes, nodeMeta } from './select.js';
import { allRefs, snapshotAt, type CaseState, type ProcessRef } from './state.js';
import type { Obligation, ProcessView } from './view.js';

/**
 * The active state nodes of a snapshot, atomic states first then their ancestors, each once.
 *
 * @internal
 */
export function activeMetas(snapshot: AnyMachineSnapshot): readonly NodeMeta[] {
  const out: NodeMeta[] = [];
  const seen = new Set<unknown>();
  for (const atomic of atomicNodes(snapshot)) {
    for (let n: typeof atomic | undefined = atomic; n !== undefined; n = n.parent) {
      if (seen.has(n)) continue;
      seen.add(n);
      out.push(nodeMeta(n));
    }
  }
  return out;
}

function obligation(ref: ProcessRef, spec: ObligationSpec, context: Record<string, unknown>, day: string): Obligation | null {
  const deadlines = context['deadlines'] as Deadlines | undefined;
  let record: DeadlineRecord | undefined;
  let lastDay: string | null = null;
  if (spec.period !== undefined) {
    record = deadlines?.[spec.period];
    if (record === undefined && spec.optional === true) return null;
    lastDay = record?.lastDay ?? null;
  } else if (spec.dueField !== undefined) {
    const value = context[spec.dueField];
    lastDay = typeof value === 'string' ? value : null;
  }
  const nature = spec.nature ?? 'act';
  return {
    process: ref.process,
    instance: ref.key,
    actor: spec.actor,
    act: spec.act,
    forms: spec.forms ?? record?.forms ?? [],
    clause: spec.clause,
    lastDay,
    lastDayIfExtended: record?.lastDayIfExtended ?? lastDay,
    overdue: nature === 'act' && lastDay !== null && day > lastDay,
    kind: record?.kind ?? (lastDay === null ? null : 'hard'),
    nature,
    consequence: record?.consequence ?? null,
    countedFrom: record?.from ?? null,
    provisional: record?.provisional ?? false,
  };
}

/**
 * Every obligation open in `state` as of `day`, with what each process shows.
 *
 * @internal
 */
export function viewProcesses(state: CaseState, day: string): { processes: ProcessView[]; obligations: Obligation[] } {
  const processes: ProcessView[] = [];
  const obligations: Obligation[] = [];
  for (const ref of allRefs(state)) {
    const snapshot = snapshotAt(state, ref);
    if (snapshot === undefined) continue;
    processes.push({
      process: ref.process,
      instance: ref.key,
      states: atomicNodes(snapshot).map((n) => {
        const m = nodeMeta(n);
        return { id: n.id, label: m.label, clauses: m.clauses, forms: m.forms ?? [] };
      }),
    });
    for (const meta of activeMetas(snapshot)) {
      for (const spec of meta.obligations ?? []) {
        const o = obligation(ref, spec, snapshot.context as Record<string, unknown>, day);
        if (o !== null) obligations.push(o);
      }
    }
  }
  return { processes, obligations };
}
