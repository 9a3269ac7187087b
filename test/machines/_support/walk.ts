/**
 * Random walks through a case: at each step, time moves on, and either an allowed event is
 * taken (with a valid payload) or a random event is tried (usually refused).
 */
import { fc } from '@fast-check/vitest';
import { EVENT_TYPES } from '../../../src/machines/events/catalogue.js';
import { applyEvent } from '../../../src/machines/case/step.js';
import { describeCase } from '../../../src/machines/case/view.js';
import { startCase, type CaseState } from '../../../src/machines/case/state.js';
import type { StepResult } from '../../../src/machines/case/types.js';
import { addDays } from '../../_support/days.js';
import { example } from './cases.js';
import { payloadFor } from './payloads.js';

/** Rarely taken: they end a procedure or the registration, or only record something. */
const RARE = new Set([
  'oso.requestedPriorApplicationInfo', 'oso.requestedApplicationInfo', 'oso.requestedReviewInfo', 'oso.interviewedRegistrant', 'applicant.submittedFurtherReport',
  'oso.declinedPriorApplication', 'oso.declinedApplication', 'applicant.appealedPriorApplication', 'applicant.appealedRegistration',
  'sc.deletedRegistration', 'applicant.submittedWithdrawal', 'time.passed', 'oso.requestedEligibilityInfo', 'oso.requestedIncidentInfo',
]);

/** Picks an allowed event, the main line of the procedure ten times likelier than the rest. */
function weighted<T extends { type: string }>(allowed: readonly T[], pick: number): T | undefined {
  const weights = allowed.map((a) => (RARE.has(a.type) ? 1 : a.type === 'applicant.submittedPriorApplication' ? 3 : 10));
  let n = pick % Math.max(1, weights.reduce((x, y) => x + y, 0));
  for (let i = 0; i < allowed.length; i++) {
    n -= weights[i] ?? 0;
    if (n < 0) return allowed[i];
  }
  return allowed[0];
}

export interface Choice {
  readonly gap: number;
  readonly pick: number;
  readonly noise: boolean;
}

/** A walk: up to `max` choices. */
export const choices = (max: number) =>
  fc.array(fc.record({ gap: fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 12 }), fc.nat({ max: 60 })), pick: fc.nat({ max: 100_000 }), noise: fc.nat({ max: 7 }).map((n) => n === 0) }), { minLength: 1, maxLength: max, size: 'max' });

export const SERVICE = { name: 'Walk SaaS' };

export interface Step {
  readonly before: CaseState;
  readonly event: Record<string, unknown>;
  readonly result: StepResult;
}

/** Where a walk starts: a new case, or a case already registered (Kintai Cloud, 2025-01-27). */
export type Start = 'new' | 'registered';

/** Picks where walks start. */
export const starts = fc.constantFrom<Start>('new', 'registered', 'registered');

const REGISTERED_EVENTS = example('kintai-cloud-registration.json').events;

/** Walks from `start`, calling `onStep` after each event tried (the start's own events included). */
export function walk(list: readonly Choice[], onStep?: (step: Step) => void, start: Start = 'new'): { state: CaseState; events: Record<string, unknown>[] } {
  let state = startCase(SERVICE);
  let day = '2024-01-08';
  const events: Record<string, unknown>[] = [];
  if (start === 'registered') {
    for (const event of REGISTERED_EVENTS) {
      const before = state;
      const result = applyEvent(state, event);
      if (result.ok) state = result.state;
      events.push(event);
      onStep?.({ before, event, result });
    }
    day = String(REGISTERED_EVENTS.at(-1)?.['at']);
  }
  list.forEach((c, i) => {
    day = addDays(day, c.gap);
    const fresh = `N${i}`;
    let event: Record<string, unknown>;
    if (c.noise) {
      const type = EVENT_TYPES[c.pick % EVENT_TYPES.length] ?? 'time.passed';
      event = { type, at: day, ...payloadFor(type, {}, null, day, fresh) };
    } else {
      const a = weighted(describeCase(state, { asOf: day }).allowed, c.pick);
      if (a === undefined) return;
      event = { type: a.type, at: day, ...payloadFor(a.type, a.variant, a.instance, day, fresh) };
    }
    const before = state;
    const result = applyEvent(state, event);
    if (result.ok) state = result.state;
    events.push(event);
    onStep?.({ before, event, result });
  });
  return { state, events };
}
