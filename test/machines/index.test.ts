/**
 * The case index (reports counted, instances watched) against an oracle that scans every process
 * of the case, at every step of random walks: the facts guards read must be the same.
 */
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { allRefs, factsOf, get, type CaseState } from '../../src/machines/case/state.js';
import type { CaseFacts } from '../../src/machines/_lib/routed.js';
import { UNREGISTERED } from './_support/facts.js';
import { choices, starts, walk } from './_support/walk.js';

const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 30) };

/** The facts by scanning: every instance's tally and pending, every single process's share. */
function scannedFacts(state: CaseState, day: string): CaseFacts {
  const draft: { -readonly [K in keyof CaseFacts]: CaseFacts[K] } = { ...UNREGISTERED };
  const outstanding: string[] = [];
  const ended: string[] = [];
  const singles: { s: AnyMachineSnapshot; ref: ReturnType<typeof allRefs>[number] }[] = [];
  for (const ref of allRefs(state)) {
    const s = get(state, ref);
    if (s === undefined) continue;
    if (ref.def.instances === undefined) {
      ref.def.facts?.(s, draft);
      singles.push({ s, ref });
      continue;
    }
    draft.reportsOrNotices += ref.def.tally?.(s).reports ?? 0;
    const p = ref.def.pending?.(s, ref.id, day) ?? null;
    if (p !== null) {
      outstanding.push(...p.outstanding);
      ended.push(...p.ended);
    }
  }
  for (const { s, ref } of singles) {
    const p = ref.def.pending?.(s, null, day) ?? null;
    if (p !== null) {
      outstanding.push(...p.outstanding);
      ended.push(...p.ended);
    }
  }
  draft.outstandingRequests = outstanding;
  draft.resolutionYearEnded = ended;
  return draft;
}

describe('the case index', () => {
  test.prop([choices(40), starts], RUNS)('gives the same facts as a scan of every process, at every step, on the day of the step and a year later', (list, start) => {
    walk(list, ({ result, event }) => {
      const day = String(event['at']).slice(0, 10);
      const later = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
      for (const d of [day, later]) expect(factsOf(result.state, d)).toEqual(scannedFacts(result.state, d));
    }, start);
  }, 120_000);
});
