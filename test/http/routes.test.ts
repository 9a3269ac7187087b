/**
 * The reference HTTP service on Node, called over HTTP: every route with hand-worked answers,
 * each answer valid under the service's own OpenAPI document (ajv) and equal to what the library
 * answers to the same call.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, openApiValidators, post, startService, type Service } from './_support/service.js';

const ROOT = new URL('../../', import.meta.url);
const kintai = JSON.parse(readFileSync(new URL('examples/kintai-cloud-registration.json', ROOT), 'utf8')) as { service: unknown; events: unknown[] };

let service: Service;
let lib: typeof import('ismap-liu');
let validate: ReturnType<typeof openApiValidators>;

beforeAll(async () => {
  service = await startService();
  lib = await import('ismap-liu');
  validate = openApiValidators((await call(service, '/openapi.json')).body);
}, 600_000);
afterAll(() => service?.close());

/** What the library's answer looks like as JSON (as the service sends it). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('POST /deadline', () => {
  it('13.2 from 2024-12-27T15:00+09:00: the urgent report is due 2025-01-08, over the year-end holidays', async () => {
    const request = { clause: '13.2', from: '2024-12-27T15:00+09:00' };
    const answer = await post(service, '/deadline', request);
    expect([answer.status, answer.type]).toEqual([200, 'application/json']);
    expect(answer.body).toMatchObject({ clause: '13.2', from: '2024-12-27', startDay: '2024-12-28', lastDay: '2025-01-08', lastDayIfExtended: '2025-01-08', owedBy: 'A', calendar: { id: 'official' } });
    // 民法 140: the day of the event is not counted; 12-28 … 01-05 are closed (weekends, 29 Dec – 3 Jan); business days 6, 7, 8 January.
    expect((answer.body['steps'] as { article: string }[]).map((s) => s.article)).toEqual(['13.2', '民法 140', '行政機関の休日に関する法律 1', '民法 141', '行政機関の休日に関する法律 1']);
    expect(validate.request('post', '/deadline', request)).toEqual({ valid: true, errors: [] });
    expect(validate.response('post', '/deadline', 200, answer.body)).toEqual({ valid: true, errors: [] });
    expect(answer.body).toEqual(asJson(lib.deadline('13.2', '2024-12-27T15:00+09:00')));
  });

  it('8.2 from 2024-02-29 with 2024-04-01 added as a holiday: the extended last day moves to Tuesday 2024-04-02', async () => {
    // One month from 29 February ends on 31 March (民法 143), a Sunday; the next business day would be Monday 1 April.
    const official = await post(service, '/deadline', { clause: '8.2', from: '2024-02-29' });
    expect(official.body).toMatchObject({ lastDay: '2024-03-31', lastDayIfExtended: '2024-04-01', calendar: { id: 'official' } });
    const request = { clause: '8.2', from: '2024-02-29', calendar: { addHolidays: ['2024-04-01'] } };
    const answer = await post(service, '/deadline', request);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ lastDay: '2024-03-31', lastDayIfExtended: '2024-04-02', calendar: { id: 'custom', addHolidays: ['2024-04-01'], removeHolidays: [] } });
    expect(validate.request('post', '/deadline', request).valid).toBe(true);
    expect(validate.response('post', '/deadline', 200, answer.body)).toEqual({ valid: true, errors: [] });
    expect(answer.body).toEqual(asJson(lib.deadline('8.2', '2024-02-29', { calendar: lib.createCalendar({ addHolidays: ['2024-04-01'] }) })));
  });
});

describe('POST /evaluate', () => {
  it('the Kintai Cloud registration as of 2025-03-01: registered since 2025-01-27, the internal audit and the renewal owed by the Registrant', async () => {
    const request = { caseFile: kintai, asOf: '2025-03-01' };
    const answer = await post(service, '/evaluate', request);
    expect([answer.status, answer.type]).toEqual([200, 'application/json']);
    expect(answer.body['headline']).toMatch(/^Registered since 2025-01-27 /);
    expect((answer.body['obligations'] as { clause: string; actor: string; lastDay: string; lastDayIfExtended: string }[]).map((o) => [o.clause, o.actor, o.lastDay, o.lastDayIfExtended])).toEqual([
      ['7.6(7)', 'A', '2027-09-15', '2027-09-15'],
      ['12.1', 'A', '2026-01-31', '2026-02-02'],
    ]);
    expect(validate.request('post', '/evaluate', request)).toEqual({ valid: true, errors: [] });
    expect(validate.response('post', '/evaluate', 200, answer.body)).toEqual({ valid: true, errors: [] });
    expect(answer.body).toEqual(asJson(lib.evaluateCase(kintai, { asOf: '2025-03-01' })));
  });

  it('honours the basis of a stored answer, and refuses one it cannot (basis_mismatch)', async () => {
    const stored = await post(service, '/evaluate', { caseFile: kintai, asOf: '2025-03-01' });
    const request = { caseFile: kintai, asOf: '2025-03-01', basis: stored.body['basis'] };
    expect(validate.request('post', '/evaluate', request).valid).toBe(true);
    const again = await post(service, '/evaluate', request);
    expect([again.status, again.body]).toEqual([200, stored.body]);
    const other = await post(service, '/evaluate', { caseFile: kintai, asOf: '2025-03-01', basis: { rules: { revision: '2022-11-01' } } });
    expect([other.status, other.type, other.body['code']]).toEqual([400, 'application/problem+json', 'basis_mismatch']);
  });
});

describe('POST /apply', () => {
  it('applies the Kintai Cloud events one by one, storing the case between steps, and ends where evaluateCase ends', async () => {
    let stored: unknown;
    for (const [i, event] of kintai.events.entries()) {
      const request = i === 0 ? { service: kintai.service, event } : { case: stored, event };
      expect(validate.request('post', '/apply', request).valid).toBe(true);
      const answer = await post(service, '/apply', request);
      expect([answer.status, answer.body['ok']], `event ${i}`).toEqual([200, true]);
      expect(validate.response('post', '/apply', 200, answer.body)).toEqual({ valid: true, errors: [] });
      stored = answer.body['case'];
    }
    expect(stored).toMatchObject({ schemaVersion: 2, kind: 'ismap-liu/case', applied: 17 });
    const replayed = kintai.events.reduce((state: ReturnType<typeof lib.startCase>, event) => {
      const step = lib.applyEvent(state, event as Parameters<typeof lib.applyEvent>[1]);
      if (!step.ok) throw new Error('refused');
      return step.state;
    }, lib.startCase(kintai.service as Parameters<typeof lib.startCase>[0]));
    expect(stored).toEqual(asJson(lib.persistCase(replayed)));
  });

  it('refuses an event dated before the last one (out_of_order): ok false, the case unchanged', async () => {
    const started = await post(service, '/apply', { service: kintai.service, event: kintai.events[0] });
    const request = { case: started.body['case'], event: { type: 'oso.acceptedPriorApplication', at: '2024-04-01' } };
    const answer = await post(service, '/apply', request);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, refusal: { code: 'out_of_order', type: 'oso.acceptedPriorApplication' } });
    expect(answer.body['case']).toEqual(started.body['case']);
    expect(validate.response('post', '/apply', 200, answer.body)).toEqual({ valid: true, errors: [] });
  });

  it('writes schema version 1 or a version 2 without its log on request, and restores the latter with verify: digest', async () => {
    const v1 = await post(service, '/apply', { service: kintai.service, event: kintai.events[0], persist: { schemaVersion: 1 } });
    expect(v1.body['case']).toMatchObject({ schemaVersion: 1, machines: { procedure: {} } });
    const bare = await post(service, '/apply', { service: kintai.service, event: kintai.events[0], persist: { log: false } });
    expect(bare.body['case']).toMatchObject({ schemaVersion: 2, log: null });
    const next = await post(service, '/apply', { case: bare.body['case'], event: kintai.events[1], verify: 'digest', persist: { log: false } });
    expect(next.body).toMatchObject({ ok: true, case: { applied: 2, log: null } });
    const refused = await post(service, '/apply', { case: bare.body['case'], event: kintai.events[1] });
    expect([refused.status, refused.body['code']]).toEqual([400, 'invalid_snapshot']);
  });
});

describe('GET /calendar/{year}', () => {
  it('2025: 124 closed days, from 元日 and 2–3 January to 29–31 December', async () => {
    const answer = await call<{ year: number; provisional: boolean; lastOfficialYear: number; holidays: { date: string; kind: string; kinds: string[]; name?: string; names: { ja: string; en: string } }[] }>(service, '/calendar/2025');
    expect([answer.status, answer.type]).toEqual([200, 'application/json']);
    expect(answer.body).toMatchObject({ year: 2025, provisional: false, lastOfficialYear: 2027, basis: { id: 'official', holidayData: { lastOfficialYear: 2027 } } });
    const { holidays } = answer.body;
    // 2025 has 52 Saturdays and 52 Sundays; 15 national or substitute holidays on weekdays (23 Feb, 3–4 May
    // and 23 Nov fall on weekends); 2, 3 and 29–31 December … January are weekdays closed by 1(1)(iii).
    expect(holidays).toHaveLength(104 + 15 + 5);
    expect(holidays.slice(0, 3).map((h) => [h.date, h.kind, h.kinds, h.names.ja])).toEqual([
      ['2025-01-01', 'national', ['national', 'year-end'], '元日'],
      ['2025-01-02', 'year-end', ['year-end'], '年末年始の休日'],
      ['2025-01-03', 'year-end', ['year-end'], '年末年始の休日'],
    ]);
    expect(holidays[0]?.name).toBe('元日');
    expect(holidays.slice(-3).map((h) => [h.date, h.kind, h.names.en])).toEqual([
      ['2025-12-29', 'year-end', 'Year-end and New Year holiday'],
      ['2025-12-30', 'year-end', 'Year-end and New Year holiday'],
      ['2025-12-31', 'year-end', 'Year-end and New Year holiday'],
    ]);
    expect(holidays.find((h) => h.date === '2025-02-24')).toMatchObject({ kind: 'substitute', name: '振替休日' });
    expect(validate.response('get', '/calendar/{year}', 200, answer.body)).toEqual({ valid: true, errors: [] });
    expect(holidays).toEqual(asJson(lib.governmentHolidaysBetween('2025-01-01', '2025-12-31')));
  });

  it('2028, after the last official year, is provisional', async () => {
    const answer = await call(service, '/calendar/2028');
    expect(answer.body).toMatchObject({ year: 2028, provisional: true });
    expect((answer.body['holidays'] as { provisional: boolean }[]).every((h) => h.provisional)).toBe(true);
  });
});
