/**
 * Incident and change ids are data, never property names: ids that are also the names of
 * `Object.prototype` members (`constructor`, `__proto__`, `toString` …), ids that look like
 * array indices, and odd strings go through the case engine, its views and persistence like any
 * other id, in arrival order, without touching `Object.prototype`. Blank ids are refused by the
 * schema with a ValidationError.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyEvent,
  describeCase,
  evaluateCase,
  instancesOf,
  persistCase,
  restoreCase,
  startCase,
  type CaseState,
  type CaseView,
  type Evaluation,
} from '../../src/machines/index.js';
import { ValidationError } from '../../src/rules/schemas/index.js';
import { example } from './_support/cases.js';

/** Names of `Object.prototype` members and other ids a plain-object table would mishandle. */
const ODD_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype', 'length', '0', '-1', '1e3', 'a\u0000b', 'incident\u0000x', '"quoted"', 'ünïcødé 事故'] as const;

const registered = example('kintai-cloud-registration.json');
const AS_OF = '2025-03-10';

/** Every incident recognized, reported (13.2) and suspended by the SC (13.7); every change suspended unnotified (14.3). */
function oddEvents(ids: readonly string[]): Record<string, unknown>[] {
  return [
    ...ids.map((id) => ({ type: 'applicant.recognizedIncident', at: '2025-03-03T10:00+09:00', incidentId: id, seriousness: 'particularly-serious', description: `incident ${id}` })),
    ...ids.map((id) => ({ type: 'applicant.submittedUrgentReport', at: '2025-03-04', incidentId: id })),
    ...ids.map((id) => ({ type: 'sc.suspendedForSeriousIncident', at: '2025-03-05', incidentId: id })),
    ...ids.map((id) => ({ type: 'oso.suspendedForUnnotifiedChange', at: '2025-03-07', changeId: id, kind: '14.1' })),
  ];
}

const caseFile = (extra: Record<string, unknown>[]) => ({ service: registered.service, events: [...registered.events, ...extra] });

function applyAll(events: readonly Record<string, unknown>[]): CaseState {
  let state = startCase(registered.service);
  for (const e of events) {
    const r = applyEvent(state, e);
    if (!r.ok) throw new Error(`refused ${String(e['type'])}: ${r.refusal.message}`);
    state = r.state;
  }
  return state;
}

/** The parts of a view that name instances. */
const instancesIn = (view: CaseView, process: 'incident' | 'change') => ({
  processes: view.processes.filter((p) => p.process === process).map((p) => p.instance),
  obligations: [...new Set(view.obligations.filter((o) => o.process === process).map((o) => o.instance))],
  allowed: [...new Set(view.allowed.filter((a) => a.process === process && a.instance !== null).map((a) => a.instance))],
});

let prototypeNames: string[];
beforeAll(() => {
  prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
});

/** `Object.prototype` is as it was: same members, `constructor` still `Object`, nothing added. */
function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(Object.prototype.constructor).toBe(Object);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(({}).toString()).toBe('[object Object]');
  expect(Object.prototype.hasOwnProperty.call({ a: 1 }, 'a')).toBe(true);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['incident']).toBeUndefined();
  for (const id of ODD_IDS) if (!(id in Object.prototype)) expect(({} as Record<string, unknown>)[id]).toBeUndefined();
}

afterAll(() => {
  expectPrototypeUntouched();
});

describe('ids named like Object.prototype members', () => {
  const events = oddEvents(ODD_IDS);
  let evaluation: Evaluation;

  it('evaluateCase does not throw and refuses nothing', () => {
    evaluation = evaluateCase(caseFile(events), { asOf: AS_OF });
    expect(evaluation.refused).toEqual([]);
    expect(evaluation.applied).toBe(registered.events.length + events.length);
    expectPrototypeUntouched();
  });

  it('shows every incident and change by its id, in arrival order: processes, obligations, allowed events', () => {
    expect(instancesIn(evaluation, 'incident')).toEqual({ processes: ODD_IDS, obligations: ODD_IDS, allowed: ODD_IDS });
    expect(instancesIn(evaluation, 'change')).toEqual({ processes: ODD_IDS, obligations: ODD_IDS, allowed: ODD_IDS });
    for (const id of ODD_IDS) {
      expect(evaluation.processes).toContainEqual(expect.objectContaining({ process: 'incident', instance: id, states: expect.arrayContaining([expect.objectContaining({ id: 'incident.revised.scSuspension.inForce.conditionsPending' })]) }));
      expect(evaluation.obligations).toContainEqual(expect.objectContaining({ process: 'incident', instance: id, clause: '13.3', lastDay: '2025-04-02' }));
      expect(evaluation.obligations).toContainEqual(expect.objectContaining({ process: 'change', instance: id, clause: '14.3' }));
    }
  });

  it('announces every suspension on the list entry, with the id', () => {
    expect(evaluation.listEntry?.status).toBe('suspended');
    const announcements = evaluation.listEntry?.announcements ?? [];
    expect(announcements).toEqual([
      ...ODD_IDS.map((id) => ({ kind: 'suspended', clause: '13.12', since: '2025-03-05', source: `incident ${JSON.stringify(id)} (13.7)` })),
      ...ODD_IDS.map((id) => ({ kind: 'suspended', clause: '14.5', since: '2025-03-07', source: `change ${JSON.stringify(id)} not notified (14.3)` })),
    ]);
  });

  it('the trace names each instance', () => {
    const traced = evaluation.trace.flatMap((t) => t.steps).filter((s) => s.process === 'incident').map((s) => s.instance);
    expect([...new Set(traced)]).toEqual(ODD_IDS);
  });

  it('applyEvent, one event at a time, gives the same case', () => {
    const state = applyAll([...registered.events, ...events]);
    expect([...instancesOf(state, 'incident').keys()]).toEqual(ODD_IDS);
    expect([...instancesOf(state, 'change').keys()]).toEqual(ODD_IDS);
    for (const [id, snapshot] of instancesOf(state, 'incident')) {
      expect(snapshot.context.id).toBe(id);
      expect(snapshot.context.description).toBe(`incident ${id}`);
      expect(snapshot.context.scSuspension?.on).toBe('2025-03-05');
    }
    for (const [id, snapshot] of instancesOf(state, 'change')) expect(snapshot.context.id).toBe(id);
    const view = describeCase(state, { asOf: AS_OF });
    expect(view.processes).toEqual(evaluation.processes);
    expect(view.obligations).toEqual(evaluation.obligations);
    expect(view.allowed).toEqual(evaluation.allowed);
    expect(view.listEntry).toEqual(evaluation.listEntry);
    expectPrototypeUntouched();
  });

  it('the next event finds its instance by id, and an unknown id is refused, not created', () => {
    let state = applyAll([...registered.events, ...events]);
    for (const id of ODD_IDS) {
      const r = applyEvent(state, { type: 'sc.notifiedLiftingConditions', at: '2025-03-11', incidentId: id, conditions: [`fix ${id}`] });
      expect(r.ok, id).toBe(true);
      if (r.ok) state = r.state;
      expect(instancesOf(state, 'incident').get(id)?.context.scSuspension?.conditions).toEqual([`fix ${id}`]);
    }
    const unknown = applyEvent(state, { type: 'applicant.submittedConfirmedReport', at: '2025-03-12', incidentId: 'hasOwnProperty ' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.refusal.code).toBe('unknown_instance');
    expect(instancesOf(state, 'incident').size).toBe(ODD_IDS.length);
    expectPrototypeUntouched();
  });

  it('persists and restores, through JSON, with the same instances', () => {
    const state = applyAll([...registered.events, ...events]);
    const restored = restoreCase(JSON.parse(JSON.stringify(persistCase(state))) as unknown);
    expect([...instancesOf(restored, 'incident').keys()]).toEqual(ODD_IDS);
    expect([...instancesOf(restored, 'change').keys()]).toEqual(ODD_IDS);
    expect(describeCase(restored, { asOf: AS_OF })).toEqual(describeCase(state, { asOf: AS_OF }));
    expectPrototypeUntouched();
  });
});

describe('ids that look like array indices keep their arrival order', () => {
  const events = [
    { type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: '2', seriousness: 'serious' },
    { type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: '1', seriousness: 'serious' },
    { type: 'applicant.recognizedIncident', at: '2025-03-04', incidentId: '10', seriousness: 'serious' },
    { type: 'applicant.recognizedIncident', at: '2025-03-04', incidentId: '01', seriousness: 'serious' },
    { type: 'oso.suspendedForUnnotifiedChange', at: '2025-03-05', changeId: '2', kind: '14.2' },
    { type: 'oso.suspendedForUnnotifiedChange', at: '2025-03-05', changeId: '1', kind: '14.1' },
  ];
  const order = ['2', '1', '10', '01'];

  it('evaluateCase lists them in arrival order', () => {
    const r = evaluateCase(caseFile(events), { asOf: AS_OF });
    expect(r.refused).toEqual([]);
    expect(instancesIn(r, 'incident')).toEqual({ processes: order, obligations: order, allowed: order });
    expect(instancesIn(r, 'change').processes).toEqual(['2', '1']);
    expect(r.listEntry?.announcements.map((a) => a.source)).toEqual(['change "2" not notified (14.3)', 'change "1" not notified (14.3)']);
  });

  it('applyEvent and instancesOf keep arrival order', () => {
    const state = applyAll([...registered.events, ...events]);
    expect([...instancesOf(state, 'incident').keys()]).toEqual(order);
    expect([...instancesOf(state, 'change').keys()]).toEqual(['2', '1']);
  });

  it('two incidents "2" then "1": "2" first', () => {
    const r = evaluateCase(caseFile(events.slice(0, 2)), { asOf: AS_OF });
    expect(r.processes.filter((p) => p.process === 'incident').map((p) => p.instance)).toEqual(['2', '1']);
    expect(r.obligations.filter((o) => o.process === 'incident').map((o) => o.instance)).toEqual(['2', '2', '1', '1']);
  });
});

describe('blank ids are refused by the schema', () => {
  const blanks = ['', ' ', '\t\n'];

  it.each(blanks.map((id) => [JSON.stringify(id), id]))('incident id %s: evaluateCase throws a ValidationError naming the field', (_label, id) => {
    const bad = caseFile([{ type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: id, seriousness: 'serious' }]);
    expect(() => evaluateCase(bad, { asOf: AS_OF })).toThrow(ValidationError);
    try {
      evaluateCase(bad, { asOf: AS_OF });
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.pathText)).toEqual([`$.events[${registered.events.length}].incidentId`]);
    }
  });

  it.each(blanks.map((id) => [JSON.stringify(id), id]))('change id %s: applyEvent throws a ValidationError, the case is unchanged', (_label, id) => {
    const state = applyAll(registered.events);
    expect(() => applyEvent(state, { type: 'oso.suspendedForUnnotifiedChange', at: '2025-03-05', changeId: id, kind: '14.1' })).toThrow(ValidationError);
    expect(() => applyEvent(state, { type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: id, seriousness: 'serious' })).toThrow(ValidationError);
    expect(instancesOf(state, 'change').size).toBe(0);
    expect(instancesOf(state, 'incident').size).toBe(0);
  });

  it('a change notice without an id gets one; the ids given are kept apart from it', () => {
    const r = evaluateCase(caseFile([
      { type: 'applicant.notifiedSignificantControlChange', at: '2025-03-03', description: 'no id' },
      { type: 'applicant.notifiedSignificantControlChange', at: '2025-03-04', changeId: 'constructor' },
    ]), { asOf: AS_OF });
    expect(r.refused).toEqual([]);
    const changes = r.processes.filter((p) => p.process === 'change').map((p) => p.instance);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toBe('constructor');
    expect(changes[0]).not.toBe('constructor');
  });
});

describe('keys named __proto__ in the case file are refused, not merged', () => {
  it('an own "__proto__" key (as JSON.parse makes it) is an unknown key of the strict schemas', () => {
    const file = JSON.parse(
      JSON.stringify(caseFile([{ type: 'applicant.notifiedListedContentChange', at: '2025-03-03', changeId: 'c', listEntry: { name: 'X' } }])).replace('"listEntry":{', '"listEntry":{"__proto__":{"polluted":1},'),
    ) as unknown;
    expect(() => evaluateCase(file, { asOf: AS_OF })).toThrow(/unknown key "__proto__"/);
    expectPrototypeUntouched();
  });
});
