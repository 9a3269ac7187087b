/**
 * `toICalendar`: the iCalendar export of a case's obligations, checked against a real parser
 * (ical.js) and the RFC 5545 rules for content lines.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { evaluateCase, type Evaluation } from '../../src/machines/case/evaluate.js';
import { toICalendar } from '../../src/machines/index.js';
import { addDays, arbIsoDate } from '../arbitraries/dates.js';
import { EXAMPLES, example } from './_support/cases.js';

/** The events of an .ics text, parsed by ical.js. */
function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

const text = (event: ICAL.Component, name: string): string => String(event.getFirstPropertyValue(name));

/** The day of an ical.js date value, `YYYY-MM-DD`. */
function dayOf(event: ICAL.Component, name: 'dtstart' | 'dtend'): { day: string; isDate: boolean } {
  const value = event.getFirstPropertyValue(name) as ICAL.Time;
  return { day: value.toString().slice(0, 10), isDate: value.isDate };
}

/** Content-line rules: CRLF only, every physical line at most 75 octets, ends with CRLF. */
function expectWellFormedLines(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    const controls = [...line].filter((c) => (c < ' ' && c !== '\t') || c === '\u007f' || c === '\ufffd');
    expect(controls, line).toEqual([]);
  }
}

const dated = (r: Evaluation) => r.obligations.filter((o) => o.lastDay !== null);

const SAMPLES: readonly [string, string][] = [
  ['kintai-cloud-registration.json', '2025-03-01'],
  ['tsuuchi-mail-incident-suspension.json', '2025-01-05T10:00+09:00'],
  ['tsuuchi-mail-incident-suspension.json', '2025-02-15'],
  ['hyoka-forms-suspended-registration-rejected.json', '2024-12-01'],
  ['kintai-cloud-renewal.json', '2026-02-15'],
];

describe('toICalendar', () => {
  it.each(SAMPLES)('%s as of %s: one all-day VEVENT per dated obligation, each as the obligation says', (name, asOf) => {
    const r = evaluateCase(example(name), { asOf });
    const ics = toICalendar(r);
    expectWellFormedLines(ics);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/ismap-liu/);
    expect(ics).toContain(`\r\nX-WR-CALNAME:ISMAP-LIU: ${r.service.name}\r\n`);

    const list = events(ics);
    const obligations = dated(r);
    expect(list).toHaveLength(obligations.length);
    expect(obligations.length).toBeGreaterThan(0);
    // Both branches below are exercised: some obligations carry a consequence, some do not.
    expect(obligations.some((o) => o.consequence !== null)).toBe(true);
    expect(new Set(list.map((e) => text(e, 'uid'))).size).toBe(list.length);
    obligations.forEach((o, i) => {
      const event = list[i] as ICAL.Component;
      expect(dayOf(event, 'dtstart')).toEqual({ day: o.lastDay, isDate: true });
      expect(dayOf(event, 'dtend')).toEqual({ day: addDays(o.lastDay as string, 1), isDate: true });
      const summary = text(event, 'summary');
      expect(summary).toContain(o.act);
      expect(summary).toContain(`${o.actor}: `);
      expect(summary).toContain(`[${o.clause}]`);
      expect(summary.startsWith('OVERDUE: ')).toBe(o.overdue);
      const description = text(event, 'description');
      expect(description).toContain(`Clause: ${o.clause} `);
      expect(description).toContain(`Form(s): ${o.forms.length === 0 ? 'none' : o.forms.join(', ')}\n`);
      expect(description).toContain(`(strict, I2): ${o.lastDay}\n`);
      expect(description).toContain(`Last day if extended past a government holiday: ${o.lastDayIfExtended ?? o.lastDay} `);
      expect(description).toContain(`Overdue as of ${r.asOf.day}: ${o.overdue ? 'yes' : 'no'}\n`);
      if (o.consequence !== null) expect(description).toContain(o.consequence);
      expect(text(event, 'uid')).toMatch(/^[0-9a-f]{16}@ismap-liu$/);
      expect(event.getFirstProperty('dtstamp')?.type).toBe('date-time');
    });
  });

  it('the Urgent Report over the year-end holidays (13.2) is an event on 2025-01-08', () => {
    const r = evaluateCase(example('tsuuchi-mail-incident-suspension.json'), { asOf: '2025-01-05T10:00+09:00' });
    const ics = toICalendar(r);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250108\r\nDTEND;VALUE=DATE:20250109\r\n');
    const urgent = events(ics).find((e) => text(e, 'summary').includes('[13.2]'));
    expect(text(urgent as ICAL.Component, 'summary')).toBe('A: Make the Urgent Report to OSO (Appendix 3) (incident INC-2024-01) [13.2]');
  });

  it('an overdue obligation says so in its summary and description', () => {
    const r = evaluateCase(example('tsuuchi-mail-incident-suspension.json'), { asOf: '2025-02-15' });
    expect(r.obligations.some((o) => o.overdue)).toBe(true);
    const overdue = events(toICalendar(r)).filter((e) => text(e, 'summary').startsWith('OVERDUE: '));
    expect(overdue).toHaveLength(r.obligations.filter((o) => o.overdue && o.lastDay !== null).length);
    for (const e of overdue) expect(text(e, 'description')).toContain('Overdue as of 2025-02-15: yes');
  });

  it('{ extended: true } puts the event on lastDayIfExtended (10.8: Sunday 15 → Monday 16 December)', () => {
    const r = evaluateCase(example('hyoka-forms-suspended-registration-rejected.json'), { asOf: '2024-12-01' });
    const strict = toICalendar(r);
    const extended = toICalendar(r, { extended: true });
    expect(strict).toContain('DTSTART;VALUE=DATE:20241215\r\nDTEND;VALUE=DATE:20241216\r\n');
    expect(extended).toContain('DTSTART;VALUE=DATE:20241216\r\nDTEND;VALUE=DATE:20241217\r\n');
    expect(text(events(extended)[0] as ICAL.Component, 'uid')).toBe(text(events(strict)[0] as ICAL.Component, 'uid'));
  });

  it('obligations the rules leave undated ("promptly") have no event', () => {
    const r = evaluateCase(example('tsuuchi-mail-incident-suspension.json'), { asOf: '2025-02-01' });
    const undated = r.obligations.filter((o) => o.lastDay === null);
    expect(undated.length).toBeGreaterThan(0);
    const summaries = events(toICalendar(r)).map((e) => text(e, 'summary'));
    for (const o of undated) expect(summaries.some((s) => s.includes(`[${o.clause}]`) && s.includes(o.act))).toBe(false);
  });

  it('is deterministic; DTSTAMP is the as-of instant in UTC (a date = 00:00 JST), never the clock', () => {
    const file = example('kintai-cloud-registration.json');
    const a = toICalendar(evaluateCase(file, { asOf: '2025-03-01' }));
    expect(toICalendar(evaluateCase(file, { asOf: '2025-03-01' }))).toBe(a);
    expect(a).toContain('DTSTAMP:20250228T150000Z\r\n');
    const instant = toICalendar(evaluateCase(file, { asOf: '2025-03-01T12:34:56.789+09:00' }));
    expect(instant).toContain('DTSTAMP:20250301T033456Z\r\n');
    expect(toICalendar(evaluateCase(file, { asOf: new Date('2025-03-01T00:00:00Z') }))).toContain('DTSTAMP:20250301T000000Z\r\n');
  });

  it('an obligation keeps its UID from one as-of date to another (re-importing updates it)', () => {
    const file = example('kintai-cloud-registration.json');
    const uidOf12_1 = (asOf: string) => {
      const e = events(toICalendar(evaluateCase(file, { asOf }))).find((x) => text(x, 'summary').includes('[12.1]'));
      return text(e as ICAL.Component, 'uid');
    };
    expect(uidOf12_1('2025-03-01')).toBe(uidOf12_1('2025-09-01'));
    const other = toICalendar(evaluateCase({ ...file, service: { ...file.service, name: 'Another Cloud' } }, { asOf: '2025-03-01' }));
    expect(events(other).map((e) => text(e, 'uid'))).not.toContain(uidOf12_1('2025-03-01'));
    expect(toICalendar(evaluateCase(file, { asOf: '2025-03-01' }), { uidDomain: 'example.jp' })).toMatch(/^UID:[0-9a-f]{16}@example\.jp\r$/m);
  });

  it('escapes , ; \\ and line breaks, and folds long and multi-byte text without splitting a character', () => {
    const name = 'Kintai; Cloud, "勤怠クラウド" \\ 東京\nsecond line — 🚀 '.repeat(3).trim();
    const file = example('kintai-cloud-registration.json');
    const ics = toICalendar(evaluateCase({ ...file, service: { ...file.service, name } }, { asOf: '2025-03-01' }));
    expectWellFormedLines(ics);
    expect(ics.replace(/\r\n /g, '')).toContain('X-WR-CALNAME:ISMAP-LIU: Kintai\\; Cloud\\, "勤怠クラウド" \\\\ 東京\\nsecond');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    // ical.js does not know X-WR-CALNAME's type, so it leaves it escaped; SUMMARY and DESCRIPTION are TEXT.
    for (const e of calendar.getAllSubcomponents('vevent')) expect(text(e, 'description')).toContain(`Case: ${name}; process `);
  });

  test.prop([fc.constantFrom(...EXAMPLES), arbIsoDate('2024-01-01', '2028-12-31'), fc.boolean()], { numRuns: 60 })(
    'any example at any as-of date gives parseable output with one VEVENT per dated obligation',
    (name, asOf, extended) => {
      const r = evaluateCase(example(name), { asOf });
      const ics = toICalendar(r, { extended });
      expectWellFormedLines(ics);
      const list = events(ics);
      const obligations = dated(r);
      expect(list).toHaveLength(obligations.length);
      expect(new Set(list.map((e) => text(e, 'uid'))).size).toBe(list.length);
      obligations.forEach((o, i) => {
        const day = extended ? (o.lastDayIfExtended ?? o.lastDay) : o.lastDay;
        expect(dayOf(list[i] as ICAL.Component, 'dtstart').day).toBe(day);
      });
    },
  );
});
