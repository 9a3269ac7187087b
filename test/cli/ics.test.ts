/**
 * `ismap-liu evaluate <case.json> --as-of <date|instant> --ics`: the iCalendar export on stdout.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { evaluateCase, toICalendar } from '../../src/machines/index.js';
import { run } from '../../src/cli/run.js';
import { expectSuccess, expectUsageError, fakeIo } from './fakeIo.js';

const incident = readFileSync(new URL('../../examples/tsuuchi-mail-incident-suspension.json', import.meta.url), 'utf8');
const files = { 'case.json': incident, 'wrong.json': JSON.stringify({ service: {}, events: [{ type: 'time.passed', at: '2024-02-30' }] }) };

describe('evaluate --ics', () => {
  test('prints exactly what toICalendar returns for the evaluation, and nothing else', () => {
    const out = expectSuccess(run(['evaluate', 'case.json', '--as-of', '2025-01-05T10:00+09:00', '--ics'], fakeIo(files)));
    expect(out).toBe(toICalendar(evaluateCase(JSON.parse(incident), { asOf: '2025-01-05T10:00+09:00' })));
    expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const events = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toContain('2025-01-08');
  });

  test('--ics may come before the file', () => {
    const out = expectSuccess(run(['evaluate', '--ics', 'case.json', '--as-of', '2025-02-01'], fakeIo(files)));
    expect(out).toBe(toICalendar(evaluateCase(JSON.parse(incident), { asOf: '2025-02-01' })));
  });

  test('--ics with --json: exit 2, one line', () => {
    expectUsageError(run(['evaluate', 'case.json', '--as-of', '2025-02-01', '--ics', '--json'], fakeIo(files)), '--json', '--ics');
  });

  test('--ics takes no value: a path after it is the case file, a second one is refused', () => {
    expectUsageError(run(['evaluate', 'case.json', '--as-of', '2025-02-01', '--ics', 'out.ics'], fakeIo(files)), '"out.ics"');
  });

  test('a bad --as-of or a bad case file is refused as without --ics', () => {
    expectUsageError(run(['evaluate', 'case.json', '--as-of', '2025-02-30', '--ics'], fakeIo(files)), '2025-02-30');
    const result = run(['evaluate', 'wrong.json', '--as-of', '2025-02-01', '--ics'], fakeIo(files));
    expect(result.code).toBe(2);
    expect(result.stdout ?? '').toBe('');
    expect(result.stderr).toContain('$.events[0].at');
  });
});
