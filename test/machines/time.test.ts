/**
 * Time passes once, and a lapsed period's consequence is dated by the period, not by the clock
 * tick that notices it (12.1, 18.2(1); 民法 141: a period ends at 24:00 of its last day).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/machines/case/evaluate.js';
import { replay } from '../../src/machines/case/evaluate.js';
import { instancesOf, startCase } from '../../src/machines/case/state.js';
import type { ParsedEvent } from '../../src/machines/events/catalogue.js';
import { example } from './_support/cases.js';

const registered = example('kintai-cloud-registration.json');
const incidents = (n: number, at: string): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'applicant.recognizedIncident', at, incidentId: `INC-${i}`, seriousness: 'serious' }));

describe('12.1 / 18.2(1): "the registration is deleted" when no renewal is applied for by its expiration date', () => {
  it('the deletion takes effect the day after the last valid day, whatever the as-of date', () => {
    for (const asOf of ['2026-02-01', '2026-06-30', '2027-06-01']) {
      const r = evaluateCase(registered, { asOf });
      expect(r.listEntry?.fields.expirationDate).toBe('2026-01-31');
      expect(r.listEntry?.removal).toEqual({ ground: '18.2(1)', on: '2026-02-01' });
      expect(r.headline.startsWith('Registration ended on 2026-02-01 (18.2(1))')).toBe(true);
    }
  });

  it('the incidents the deletion closes are closed on the same day, not on the day of the next event', () => {
    const events = [...registered.events, ...incidents(3, '2025-03-01'), { type: 'applicant.submittedFurtherReport', at: '2026-05-10', incidentId: 'INC-0' }];
    const run = replay(startCase(registered.service), events as ParsedEvent[], null);
    expect(run.refused.map((x) => x.code)).toEqual(['not_allowed']);
    const closed = [...instancesOf(run.pending?.state ?? run.state, 'incident').values()].map((s) => (s.context as { closedOn: string | null }).closedOn);
    expect(closed).toEqual(['2026-02-01', '2026-02-01', '2026-02-01']);
  });
});

describe('time passes once: refused events after an expiry do not run it again', () => {
  const events = [
    ...registered.events,
    ...incidents(20, '2025-03-01'),
    ...Array.from({ length: 30 }, (_, i) => ({ type: 'applicant.submittedFurtherReport', at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`, incidentId: `INC-${i % 20}` })).sort((a, b) => a.at.localeCompare(b.at)),
    { type: 'applicant.submittedPriorApplication', at: '2026-04-01', submitted: ['form-1-1', 'form-1-2'], inJapanese: true, contentsComplete: true, onListOfTargetOperations: true, evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2026-03-20', result: 'low' }] },
  ];

  it('the expiry and its follow-ups appear once, in the entry of the next applied event', () => {
    const r = evaluateCase({ service: registered.service, events }, { asOf: '2026-04-02' });
    expect(r.refused).toHaveLength(30);
    const expiries = r.trace.flatMap((t) => t.steps.filter((s) => s.kind === 'expiry').map(() => t.index));
    expect(expiries).toEqual([events.length - 1]);
    const closes = r.trace.flatMap((t) => t.steps).filter((s) => s.process === 'incident' && s.kind === 'follow-up');
    expect(closes).toHaveLength(20);
    expect(r.listEntry?.removal).toEqual({ ground: '18.2(1)', on: '2026-02-01' });
  });

  it('a refused event in between gives the same evaluation as without it', () => {
    const withRefusal = evaluateCase({ service: registered.service, events }, { asOf: '2026-04-02' });
    const without = evaluateCase({ service: registered.service, events: events.filter((e) => e.type !== 'applicant.submittedFurtherReport' || String(e.at) < '2026-02-01') }, { asOf: '2026-04-02' });
    const strip = (r: typeof withRefusal) => ({ ...r, refused: [], trace: r.trace.map((t) => ({ ...t, index: null })) });
    expect(strip(withRefusal)).toEqual(strip(without));
  });
});
