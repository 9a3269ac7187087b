/**
 * `ismap-liu evaluate` with incident and change ids named like `Object.prototype` members or
 * array indices: exit 0, every id in the report and in the JSON, in arrival order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluateCase } from '../../src/machines/index.js';
import { run } from '../../src/cli/run.js';
import { expectSuccess, expectUsageError, fakeIo } from './fakeIo.js';

const registered = JSON.parse(readFileSync(new URL('../../examples/kintai-cloud-registration.json', import.meta.url), 'utf8')) as { service: unknown; events: unknown[] };
const IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '2', '1'];

const events = [
  ...IDS.map((id) => ({ type: 'applicant.recognizedIncident', at: '2025-03-03T10:00+09:00', incidentId: id, seriousness: 'particularly-serious' })),
  ...IDS.map((id) => ({ type: 'applicant.submittedUrgentReport', at: '2025-03-04', incidentId: id })),
  ...IDS.map((id) => ({ type: 'sc.suspendedForSeriousIncident', at: '2025-03-05', incidentId: id })),
  ...IDS.map((id) => ({ type: 'oso.suspendedForUnnotifiedChange', at: '2025-03-07', changeId: id, kind: '14.1' })),
];
const caseFile = { service: registered.service, events: [...registered.events, ...events] };
const files = { 'case.json': JSON.stringify(caseFile), 'blank.json': JSON.stringify({ ...caseFile, events: [...registered.events, { type: 'oso.suspendedForUnnotifiedChange', at: '2025-03-07', changeId: ' ', kind: '14.1' }] }) };

/** The positions of `needles` in `text`, in order of the needles. */
const positions = (text: string, needles: readonly string[]) => needles.map((n) => text.indexOf(n));

describe('evaluate with odd ids', () => {
  test('the report lists every incident and change by id, in arrival order, with its obligations and announcements', () => {
    const out = expectSuccess(run(['evaluate', 'case.json', '--as-of', '2025-03-10'], fakeIo(files)));
    const incidents = positions(out, IDS.map((id) => `\n  incident ${id} `));
    const changes = positions(out, IDS.map((id) => `\n  change ${id} `));
    for (const p of [...incidents, ...changes]) expect(p).toBeGreaterThan(-1);
    expect(incidents).toEqual([...incidents].sort((a, b) => a - b));
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
    for (const id of IDS) {
      expect(out).toContain(`(incident ${id}) -- 13.3`);
      expect(out).toContain(`(change ${id}) -- 14.3`);
      expect(out).toContain(`incident ${JSON.stringify(id)} (13.7)`);
      expect(out).toContain(`change ${JSON.stringify(id)} not notified (14.3)`);
    }
    expect(Object.prototype.constructor).toBe(Object);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('--json prints what evaluateCase returns, ids included', () => {
    const out = expectSuccess(run(['evaluate', 'case.json', '--as-of', '2025-03-10', '--json'], fakeIo(files)));
    const json = JSON.parse(out) as { processes: { process: string; instance: string | null }[]; refused: unknown[] };
    expect(json).toEqual(JSON.parse(JSON.stringify(evaluateCase(caseFile, { asOf: '2025-03-10' }))));
    expect(json.refused).toEqual([]);
    expect(json.processes.filter((p) => p.process === 'incident').map((p) => p.instance)).toEqual(IDS);
    expect(json.processes.filter((p) => p.process === 'change').map((p) => p.instance)).toEqual(IDS);
  });

  test('a blank id: exit 2, the path of the field', () => {
    expectUsageError(run(['evaluate', 'blank.json', '--as-of', '2025-03-10'], fakeIo(files)), `$.events[${registered.events.length}].changeId`);
  });
});
