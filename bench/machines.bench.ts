/**
 * Throughput of the lifecycle machines: cases evaluated per second for the sample files, events
 * (≈ machine transitions) applied per second, next to bare XState `transition` on a trivial
 * machine, the floor. Target: a 30-event case evaluated in under 1 ms on one core. And
 * `nextWakeUp` as a host calls it after each event, next to `describeCase` of the same states.
 *
 * `npm run bench` (or `npx vitest bench --run bench/machines.bench.ts`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { createMachine, initialTransition, transition } from 'xstate';
import { applyEvent, describeCase, evaluateCase, nextWakeUp, startCase, type CaseState } from '../src/machines/index.js';
import { replay } from '../src/machines/case/evaluate.js';
import type { ParsedEvent } from '../src/machines/events/catalogue.js';
import { checkApplicationAcceptance, checkApplicationAcceptanceTrusted } from '../src/rules/checks/applicationAcceptance.js';
import { application } from '../test/rules/checks/fixtures.js';

const load = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../examples/${name}`, import.meta.url)), 'utf8')) as { service: { name: string }; events: ParsedEvent[] };
const SAMPLES = [
  ['kintai-cloud-registration.json', '2025-03-01'],
  ['tsuuchi-mail-incident-suspension.json', '2025-03-31'],
  ['hyoka-forms-suspended-registration-rejected.json', '2025-03-01'],
  ['kintai-cloud-renewal.json', '2026-03-31'],
] as const;

const trivial = createMachine({ initial: 'a', states: { a: { on: { go: 'b' } }, b: { on: { go: 'a' } } } });
let snapshot = initialTransition(trivial)[0];

describe('floor and steps', () => {
  bench('floor: bare XState transition on a trivial machine', () => {
    [snapshot] = transition(trivial, snapshot, { type: 'go' });
  });

  const renewal = load('kintai-cloud-renewal.json');
  const states: CaseState[] = [];
  let s = startCase(renewal.service);
  for (const e of renewal.events) {
    states.push(s);
    const r = applyEvent(s, e);
    if (r.ok) s = r.state;
  }
  let i = 0;
  bench('applyEvent: one event of the renewal case (tick, transitions, follow-ups, trace)', () => {
    const k = i++ % renewal.events.length;
    applyEvent(states[k] as CaseState, renewal.events[k]);
  });
});

describe('cases evaluated', () => {
  for (const [name, asOf] of SAMPLES) {
    const file = load(name);
    bench(`evaluateCase ${name} (${file.events.length} events)`, () => {
      evaluateCase(file, { asOf });
    });
  }
  const renewal = load('kintai-cloud-renewal.json');
  bench(`replay without validation and view: kintai-cloud-renewal.json (${renewal.events.length} events)`, () => {
    replay(startCase(renewal.service), renewal.events, null);
  });
});

describe('a requirement check as the guards run it (validated vs trusted)', () => {
  bench('checkApplicationAcceptance (zod parse, then the check)', () => {
    checkApplicationAcceptance(application);
  });
  bench('checkApplicationAcceptanceTrusted (the check alone, as the procedure guards call it)', () => {
    checkApplicationAcceptanceTrusted(application);
  });
});

describe('wake-ups (nextWakeUp after each event of the renewal case)', () => {
  const renewal = load('kintai-cloud-renewal.json');
  const before: CaseState[] = [];
  const after: CaseState[] = [];
  let s = startCase(renewal.service);
  for (const e of renewal.events) {
    before.push(s);
    const r = applyEvent(s, e);
    if (r.ok) s = r.state;
    after.push(s);
  }
  const at = (k: number) => String(renewal.events[k]?.at);
  let i = 0;
  bench('describeCase as of the event (the reference: a host that shows the case)', () => {
    const k = i++ % renewal.events.length;
    describeCase(after[k] as CaseState, { asOf: at(k) });
  });
  bench('nextWakeUp as of the event (its states asked before: the answers that cannot change are kept)', () => {
    const k = i++ % renewal.events.length;
    nextWakeUp(after[k] as CaseState, at(k));
  });
  bench('applyEvent, then nextWakeUp on the new state (a host after each event; compare with applyEvent alone)', () => {
    const k = i++ % renewal.events.length;
    const r = applyEvent(before[k] as CaseState, renewal.events[k]);
    nextWakeUp(r.state, at(k));
  });
});
