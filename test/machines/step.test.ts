/**
 * Step-by-step use: start, apply one event, ask what is allowed, persist and restore.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, describeCase, formatEvaluation, evaluateCase, isInvalidSnapshotError, persistCase, restoreCase, startCase, InvalidSnapshotError } from '../../src/machines/index.js';
import { ValidationError } from '../../src/rules/schemas/index.js';
import { example, priorApplication } from './_support/cases.js';

describe('step by step', () => {
  it('applies one event at a time and says what may come next', () => {
    let c = startCase({ name: 'Kintai Cloud' });
    expect(describeCase(c, { asOf: '2024-04-01' }).allowed.map((a) => a.type)).toContain('applicant.submittedPriorApplication');
    const r = applyEvent(c, priorApplication('2024-04-10', '2024-03-01'));
    expect(r.ok).toBe(true);
    if (r.ok) c = r.state;
    const next = describeCase(c, { asOf: '2024-04-11' });
    expect(next.allowed.filter((a) => a.process === 'procedure').map((a) => a.type)).toEqual(['oso.requestedPriorApplicationInfo', 'oso.acceptedPriorApplication', 'oso.declinedPriorApplication']);
    expect(next.obligations).toEqual([expect.objectContaining({ actor: 'OSO', clause: '4.3', lastDay: '2024-04-24', kind: 'target' })]);
  });

  it('refuses a malformed event with a ValidationError', () => {
    expect(() => applyEvent(startCase({ name: 'X' }), { type: 'oso.acceptedPriorApplication', at: '2024-04-15T10:00' })).toThrow(ValidationError);
  });

  it('an as-of before the last event is refused', () => {
    const r = applyEvent(startCase({ name: 'X' }), priorApplication('2024-04-10', '2024-03-01'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(() => describeCase(r.state, { asOf: '2024-04-09' })).toThrow(/on or after the last event/);
  });
});

describe('persistence', () => {
  const run = () => {
    let c = startCase(example('tsuuchi-mail-incident-suspension.json').service);
    for (const e of example('tsuuchi-mail-incident-suspension.json').events.slice(0, 16)) {
      const r = applyEvent(c, e);
      if (r.ok) c = r.state;
    }
    return c;
  };

  it('round-trips through JSON with schema version 1 when asked to write it', () => {
    const c = run();
    const json = JSON.parse(JSON.stringify(persistCase(c, { schemaVersion: 1 }))) as { schemaVersion: number };
    expect(json.schemaVersion).toBe(1);
    const back = restoreCase(json);
    expect(persistCase(back, { schemaVersion: 1 })).toEqual(persistCase(c, { schemaVersion: 1 }));
    expect(describeCase(back, { asOf: '2025-02-01' })).toEqual(describeCase(c, { asOf: '2025-02-01' }));
  });

  it('refuses a snapshot from a newer schema version with a clear error', () => {
    const json = { ...persistCase(run()), schemaVersion: 3 };
    expect(() => restoreCase(json)).toThrow(/schema version 3, newer than this library supports \(2\)/);
    try {
      restoreCase(json);
    } catch (error) {
      expect(isInvalidSnapshotError(error)).toBe(true);
      expect((error as InvalidSnapshotError).code).toBe('invalid_snapshot');
    }
  });

  it('refuses unknown versions, unknown states and bad contexts, with paths', () => {
    expect(() => restoreCase({})).toThrow(/Not a case snapshot of a known schema version/);
    expect(() => restoreCase({ ...persistCase(run()), schemaVersion: '1' })).toThrow(InvalidSnapshotError);
    const json = persistCase(run(), { schemaVersion: 1 }) as unknown as { machines: { procedure: { value: unknown; context: Record<string, unknown> } } };
    const badState = { ...json, machines: { ...json.machines, procedure: { ...json.machines.procedure, value: 'flying' } } };
    try {
      restoreCase(badState);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidSnapshotError).issues.map((i) => i.pathText)).toEqual(['$.machines.procedure.value']);
    }
    const badContext = { ...json, machines: { ...json.machines, procedure: { ...json.machines.procedure, context: { ...json.machines.procedure.context, round: -1 } } } };
    try {
      restoreCase(badContext);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidSnapshotError).issues[0]?.pathText).toBe('$.machines.procedure.context.round');
    }
  });
});

describe('formatEvaluation', () => {
  it('renders the status, obligations, list entry and what may happen next', () => {
    const text = formatEvaluation(evaluateCase(example('hyoka-forms-suspended-registration-rejected.json'), { asOf: '2024-12-01' }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Hyoka Forms -- as of 2024-12-01 (2024-12-01 in Japan)');
    expect(text).toContain('Submit the Letter of Intent in Regard to Suspended Registration -- 10.8, Form 2-20; by 2024-12-15 (2024-12-16 if extended past holidays)');
    expect(text).toContain('applicant.submittedLetterOfIntent {"requestsExamination":true}');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('flags overdue obligations and what expired at the as-of date', () => {
    const text = formatEvaluation(evaluateCase(example('kintai-cloud-registration.json'), { asOf: '2026-02-01' }));
    expect(text).toContain('Periods that ran out by 2026-02-01');
    expect(text).toContain('deleted on 2026-02-01, 18.2(1)');
  });
});
